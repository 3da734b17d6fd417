"""Extract the UI's strings into resources/translations/kpm_zh_CN.ts and kpm_en.ts.

`make translations-update` runs this after UI strings changed; translate what it reports as
unfinished (Qt Linguist, `pyside6-linguist`, or by hand), then `make` compiles the .qm files.

pyside6-lupdate finds `self.tr("...")` and `QCoreApplication.translate("Ctx", "...")`, but
not the module helpers of the form

    def _tr(text: str) -> str:
        return QCoreApplication.translate("Ctx", text)

so their calls `_tr("...")` are written out as `translate("Ctx", "...")` calls into a
generated file that lupdate reads together with the package.

The messages of the lower layers are English templates (kpm_desktop/domain/errors.py):
`raise NotFoundError("There is no cycle for {period}", period=text)`. Every call of the
error family (`KpmUserError` and its subclasses, `CellValueError`, a JSON reader's `error`)
and of `UserText` whose first argument is a string constant, anywhere in the package, is
written into the same file under the context "UserError", where the GUI translates it.

Chart texts are templates too (kpm_desktop/charts/texts.py): every `ChartText("...")` call
with a string constant is written under the context "Charts". The Chinese of the ones the
printed chart page shows is kept in that module's `PRINTED_ZH`; it is written into
kpm_zh_CN.ts as their translation, so the printed page and the Chinese UI cannot differ:
change the Chinese there, not in the catalogue.

Messages that vanish from the code are dropped from the catalogues (-no-obsolete): git
keeps their history.

The English catalogue mirrors the sources: new messages get their source text as the
translation, finished; plural messages get "%n"-forms filled the same way and must be given
a proper singular by hand.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kpm_desktop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")
# kpm_desktop.domain.errors.MESSAGE_CONTEXT (the script does not import the package).
MESSAGE_CONTEXT = "UserError"
MESSAGE_ROOT = "KpmUserError"
# Calls that take a message template first, besides KpmUserError and its subclasses.
MESSAGE_CALLS = frozenset({"UserText", "CellValueError", "error"})
# Calls that take a template first, translated in their own context:
# kpm_desktop.charts.texts.ChartText.context.
CONTEXT_CALLS = {"ChartText": "Charts"}
# The module holding the Chinese of the printed chart texts, and the dict's name.
PRINTED_TEXTS = PACKAGE / "charts" / "texts.py"
PRINTED_ZH = "PRINTED_ZH"


def _constant_strings(tree: ast.Module) -> dict[str, str]:
    """Module-level `NAME = "text"` assignments (a helper may name its context so)."""
    constants: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            constants[node.targets[0].id] = node.value.value
    return constants


def _helper_context(function: ast.FunctionDef, constants: dict[str, str]) -> str | None:
    """The context when `function` is `return <x>.translate(CONTEXT, <its first argument>)`."""
    if not function.args.args or len(function.body) != 1:
        return None
    statement = function.body[0]
    if not isinstance(statement, ast.Return) or not isinstance(statement.value, ast.Call):
        return None
    call = statement.value
    if not (
        isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and len(call.args) >= 2
        and isinstance(call.args[1], ast.Name)
        and call.args[1].id == function.args.args[0].arg
    ):
        return None
    context = call.args[0]
    if isinstance(context, ast.Constant) and isinstance(context.value, str):
        return context.value
    if isinstance(context, ast.Name):
        return constants.get(context.id)
    return None


def helper_contexts(tree: ast.Module) -> dict[str, str]:
    """The module's translate helpers: function name -> context."""
    constants = _constant_strings(tree)
    return {
        node.name: context
        for node in tree.body
        if isinstance(node, ast.FunctionDef)
        and (context := _helper_context(node, constants)) is not None
    }


def helper_calls(source: str) -> list[tuple[str, str, int]]:
    """(context, text, line) of every literal call of a translate helper in `source`."""
    tree = ast.parse(source)
    helpers = helper_contexts(tree)
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in helpers
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((helpers[node.func.id], node.args[0].value, node.lineno))
    return sorted(found, key=lambda call: call[2])


# Loggers' methods share names with message helpers (`error`); what is logged is never shown.
LOGGER_NAMES = frozenset({"_log", "log", "logger", "_logger", "logging"})


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        owner = call.func.value
        if isinstance(owner, ast.Name) and owner.id in LOGGER_NAMES:
            return None
        return call.func.attr
    return None


def message_callables(trees: list[ast.Module]) -> frozenset[str]:
    """KpmUserError, every class deriving from it (by name, across modules), MESSAGE_CALLS."""
    bases = {
        node.name: {_base_name(base) for base in node.bases}
        for tree in trees
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
    }
    family = {MESSAGE_ROOT}
    grown = True
    while grown:
        new = {name for name, parents in bases.items() if parents & family} - family
        family |= new
        grown = bool(new)
    return frozenset(family | MESSAGE_CALLS)


def _base_name(base: ast.expr) -> str:
    if isinstance(base, ast.Attribute):
        return base.attr
    return base.id if isinstance(base, ast.Name) else ""


def message_templates(tree: ast.Module, callables: frozenset[str]) -> list[tuple[str, int]]:
    """(template, line) of every message call with a literal template in `tree`."""
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and _called_name(node) in callables
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.args[0].value, node.lineno))
    return sorted(found, key=lambda template: template[1])


def context_templates(tree: ast.Module) -> list[tuple[str, str, int]]:
    """(context, template, line) of every `CONTEXT_CALLS` call with a literal template."""
    return sorted(
        (
            (context, template, line)
            for name, context in CONTEXT_CALLS.items()
            for template, line in message_templates(tree, frozenset({name}))
        ),
        key=lambda template: template[2],
    )


def printed_chinese(path: Path = PRINTED_TEXTS) -> dict[str, str]:
    """The dict `PRINTED_ZH` of kpm_desktop/charts/texts.py, read without importing it."""
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.AnnAssign | ast.Assign)
            and node.value is not None
            and PRINTED_ZH in {target.id for target in _targets(node)}
        ):
            texts = ast.literal_eval(node.value)
            assert isinstance(texts, dict), f"{path}: {PRINTED_ZH} is not a dict"
            return texts
    raise LookupError(f"{path} has no {PRINTED_ZH}")


def _targets(node: ast.AnnAssign | ast.Assign) -> list[ast.Name]:
    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
    return [target for target in targets if isinstance(target, ast.Name)]


def package_trees() -> dict[Path, ast.Module]:
    return {
        path: ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def _translate_line(context: str, text: str) -> str:
    # JSON string syntax is also valid Python string syntax and always double-quoted.
    return (
        f"QCoreApplication.translate({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})"
    )


def write_helper_file(destination: Path) -> None:
    lines = ["# Generated by scripts/update_translations.py for lupdate; do not edit.", ""]
    trees = package_trees()
    callables = message_callables(list(trees.values()))
    for path, tree in trees.items():
        for context, text, line in helper_calls(path.read_text(encoding="utf-8")):
            lines.append(f"# {path.relative_to(ROOT)}:{line}")
            lines.append(_translate_line(context, text))
        for text, line in message_templates(tree, callables):
            lines.append(f"# {path.relative_to(ROOT)}:{line}")
            lines.append(_translate_line(MESSAGE_CONTEXT, text))
        for context, text, line in context_templates(tree):
            lines.append(f"# {path.relative_to(ROOT)}:{line}")
            lines.append(_translate_line(context, text))
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text("\n".join(lines) + "\n", encoding="utf-8")


def run_lupdate(ts_file: Path, helper_file: Path, lupdate: Path) -> None:
    language = ts_file.stem.removeprefix("kpm_")
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-extensions",
            "py",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            str(PACKAGE),
            str(helper_file),
            "-ts",
            str(ts_file),
        ],
        check=True,
    )


def mirror_sources(ts_file: Path) -> int:
    """Give each unfinished message of the English catalogue its source text; returns how many."""
    tree = ET.parse(ts_file)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source", "")
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            while len(forms) < 2:
                forms.append(ET.SubElement(translation, "numerusform"))
            for form in forms:
                form.text = form.text or source
        else:
            translation.text = translation.text or source
        del translation.attrib["type"]
        filled += 1
    if filled:
        _write_ts(tree, ts_file)
    return filled


def write_printed_chinese(ts_file: Path, chinese: dict[str, str], context: str) -> int:
    """Give the chart texts of the printed page their Chinese (`PRINTED_ZH`), finished;
    returns how many changed."""
    tree = ET.parse(ts_file)
    changed = 0
    for element in tree.iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            text = chinese.get(message.findtext("source", ""))
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            if translation.text != text or translation.get("type") is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                changed += 1
    if changed:
        _write_ts(tree, ts_file)
    return changed


def _write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def unfinished(ts_file: Path) -> list[str]:
    found = []
    for context in ET.parse(ts_file).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                found.append(f"{context.findtext('name')}: {message.findtext('source')}")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts-dir", type=Path, default=TRANSLATIONS)
    parser.add_argument("--work-dir", type=Path, default=ROOT / "build" / "i18n")
    args = parser.parse_args(argv)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    helper_file = args.work_dir / "helper_calls.py"
    write_helper_file(helper_file)
    args.ts_dir.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = args.ts_dir / f"kpm_{language}.ts"
        run_lupdate(ts_file, helper_file, lupdate)
        if language == "en":
            changed = mirror_sources(ts_file)
        else:
            changed = write_printed_chinese(ts_file, printed_chinese(), CONTEXT_CALLS["ChartText"])
        if changed:
            # lupdate writes the file again in its own layout, so a later run that finds
            # nothing new leaves the file as it is.
            run_lupdate(ts_file, helper_file, lupdate)
        missing = unfinished(ts_file)
        print(f"{ts_file.relative_to(ROOT) if ts_file.is_relative_to(ROOT) else ts_file}: "
              f"{len(missing)} unfinished")  # fmt: skip
        for line in missing:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
