"""An audit entry's record type and action as the UI names them.

The log stores identifiers ("user", "set_password", "submit_superior"); the audit page and
the integrity check (its broken-chain line names them as `domain.audit.audit_term`) show
the same words, translated in the context `domain.audit.AUDIT_CONTEXT`. A word not listed
here (a new action before its translation) is shown as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Audit", text)


def audit_word(word: str) -> str:
    """The translated record type or action; the stored word when there is none."""
    return _vocabulary().get(word, word)


def _vocabulary() -> dict[str, str]:
    # Translated on each call: the language can change while the app runs.
    return {
        # record types
        "user": _tr("user"),
        "appraisal": _tr("appraisal"),
        "cycle": _tr("cycle"),
        "template": _tr("template"),
        "target": _tr("target"),
        "setting": _tr("setting"),
        "sign_in": _tr("sign_in"),
        "marketing_source": _tr("marketing_source"),
        "import_profile": _tr("import_profile"),
        "rater_packet": _tr("rater_packet"),
        # actions
        "create": _tr("create"),
        "update": _tr("update"),
        "delete": _tr("delete"),
        "import": _tr("import"),
        "set": _tr("set"),
        "open": _tr("open"),
        "close": _tr("close"),
        "deactivate": _tr("deactivate"),
        "link_staff": _tr("link_staff"),
        "set_password": _tr("set_password"),
        "unlock": _tr("unlock"),
        "remove_demo": _tr("remove_demo"),
        "seal": _tr("seal"),
        "unseal": _tr("unseal"),
        "rate": _tr("rate"),
        "feedback": _tr("feedback"),
        "refresh_kpis": _tr("refresh_kpis"),
        "submit": _tr("submit"),
        "review": _tr("review"),
        "finalize": _tr("finalize"),
        "acknowledge": _tr("acknowledge"),
        "amend": _tr("amend"),
        "supersede": _tr("supersede"),
        "activate": _tr("activate"),
        "retire": _tr("retire"),
        "create_version": _tr("create_version"),
        "install_builtin": _tr("install_builtin"),
        "mark_in_use": _tr("mark_in_use"),
        "submit_self": _tr("submit_self"),
        "submit_superior": _tr("submit_superior"),
        "submit_department_head": _tr("submit_department_head"),
        "submit_hr": _tr("submit_hr"),
        "submit_peer": _tr("submit_peer"),
        "submit_customer": _tr("submit_customer"),
        "submit_panel": _tr("submit_panel"),
        "export": _tr("export"),
        "apply": _tr("apply"),
    }
