"""The tests' own layout: a test module never imports another test module.

What several test modules share lives in helper modules named for what they hold
(tests/appraisal_steps.py, tests/ui/languages.py, ...) and fixtures in conftest.py files;
importing a test_*.py module instead hides where a fixture comes from and ties one test
module's edits to another's.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def imported_modules(source: str, package: tuple[str, ...]) -> Iterator[tuple[int, str]]:
    """(line, dotted name) of every module the source of a module of `package` imports,
    relative imports resolved; `from p import name` yields both p and p.name."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else ()
            module = ".".join((*base, node.module or "")).strip(".")
            yield node.lineno, module
            yield from ((node.lineno, f"{module}.{alias.name}") for alias in node.names)


def is_test_module(dotted: str) -> bool:
    parts = dotted.split(".")
    return parts[0] == "tests" and parts[-1].startswith("test_")


def test_no_module_of_the_tests_imports_a_test_module() -> None:
    found = []
    for path in sorted(TESTS.rglob("*.py")):
        name = path.relative_to(TESTS.parent)
        package = name.with_suffix("").parts[:-1]
        for line, module in imported_modules(path.read_text(encoding="utf-8"), package):
            if is_test_module(module):
                found.append(f"{name}:{line} imports {module}")
    assert found == [], "move what they share into a helper module or a conftest.py"


def test_the_check_sees_every_way_of_importing_a_test_module() -> None:
    sources = {
        "from tests.services.test_a import helper": True,
        "from tests.ui import test_b": True,
        "import tests.cli.test_c": True,
        "from .test_d import fixture": True,
        "from . import test_e": True,
        "from ..services.test_f import helper": True,
        "from tests.appraisal_steps import target_id": False,
        "from .languages import ZH_TS": False,
    }
    seen = {
        source: any(is_test_module(m) for _, m in imported_modules(source, ("tests", "ui")))
        for source in sources
    }
    assert seen == sources
