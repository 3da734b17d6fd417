"""Header matching: a file's columns no field reads are named, with the field meant."""

from kpm_desktop.domain.import_columns import ignored_columns
from kpm_desktop.domain.import_kinds import IMPORT_KINDS


def test_ignored_columns_suggest_the_field_meant() -> None:
    columns = IMPORT_KINDS["deals"].columns
    headers = ["订单编号", "closed", "成交日", "备注说明", "  "]
    ignored = ignored_columns(columns, headers, {"code": 0})
    assert [(c.header, c.did_you_mean and c.did_you_mean.field) for c in ignored] == [
        ("closed", "closed_on"),
        ("成交日", "closed_on"),
        ("备注说明", None),
    ]
