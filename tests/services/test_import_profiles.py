"""Import profiles: Salesforce- and HubSpot-style files imported through the built-in
starting points, value maps, names and e-mails for numbers, file settings, JSON."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import select
from sqlalchemy import text as sql_text

from kpm_desktop.config import RESOURCES_DIR
from kpm_desktop.domain.builtin_import_profiles import (
    BUILT_IN_PROFILES,
    HUBSPOT_DEALS,
    SALESFORCE_OPPORTUNITIES,
)
from kpm_desktop.domain.errors import ConflictError, ValidationError
from kpm_desktop.domain.import_profile_json import profile_to_json, read_profile
from kpm_desktop.domain.import_profiles import (
    ColumnRule,
    FileSettings,
    ImportProfile,
    ReferenceMode,
    Unmapped,
    ValueMap,
)
from kpm_desktop.services.imports.import_service import ImportRejected, ImportService
from kpm_desktop.storage.database import Database
from kpm_desktop.storage.records import DealRecord, DepartmentRecord, ServiceTicketRecord
from tests.access_helpers import ADMIN_PASSWORD, HR_ADMIN, auth_and_audit
from tests.services.crm_export_files import hubspot_deals, names, salesforce_deals
from tests.services.import_helpers import write_csv, write_xlsx


def _deals(database: Database, prefix: str) -> dict[str, tuple[object, ...]]:
    with database.unit_of_work() as uow:
        records = uow.session.scalars(select(DealRecord).where(DealRecord.code.like(f"{prefix}%")))
        return {
            d.code: (d.stage, d.status, d.amount, d.created_on, d.closed_on, d.owner_id)
            for d in records
        }


def test_a_salesforce_report_imports_through_the_starting_point(
    demo_database: Database, tmp_path: Path
) -> None:
    who = names(demo_database)
    path = salesforce_deals(tmp_path / "report.csv", who)
    service = ImportService(demo_database)
    report = service.import_file(HR_ADMIN, path, "deals", profile=SALESFORCE_OPPORTUNITIES)
    assert (report.inserted, report.error_count) == (3, 0)
    # Listed even though the map's default took care of it.
    [open_stage] = report.unmapped
    assert (open_stage.field, open_stage.value, open_stage.outcome) == (
        "status", "Negotiation/Review", Unmapped.DEFAULT)  # fmt: skip
    deals = _deals(demo_database, "SF-")
    assert deals["SF-Alpha"][:5] == ("赢单", "won", Decimal("12500.00"), date(2026, 7, 1),
                                     date(2026, 9, 15))  # fmt: skip
    # An open opportunity's expected close date is not a close date.
    assert deals["SF-Beta"][:2] == ("商务谈判", "open") and deals["SF-Beta"][4] is None
    assert deals["SF-Gamma"][:2] == ("输单", "lost")
    assert ("Stage", "stage") in report.columns_used and ("Stage", "status") in report.columns_used


def test_without_a_profile_the_file_is_refused_naming_the_missing_columns(
    demo_database: Database, tmp_path: Path
) -> None:
    path = salesforce_deals(tmp_path / "report.csv", names(demo_database))
    with pytest.raises(ValidationError) as caught:
        ImportService(demo_database).import_file(HR_ADMIN, path, "deals")
    message = str(caught.value)
    assert message.startswith("report.csv: The file has no column for: ")
    for missing in ("订单编号 (deal_code)", "客户编号 (customer_code)", "负责人工号", "状态"):
        assert missing in message
    assert _deals(demo_database, "SF-") == {}


def test_an_unmapped_stage_is_reported_not_dropped(demo_database: Database, tmp_path: Path) -> None:
    who = names(demo_database)
    path = salesforce_deals(tmp_path / "report.csv", who, stage="Verbal Commit")
    service = ImportService(demo_database)
    report = service.check(HR_ADMIN, path, "deals", profile=SALESFORCE_OPPORTUNITIES)
    [unmapped] = [value for value in report.unmapped if value.field == "stage"]
    assert (unmapped.field, unmapped.header, unmapped.value, unmapped.rows, unmapped.first_row) == (
        "stage", "Stage", "Verbal Commit", 1, 3)  # fmt: skip
    assert unmapped.outcome is Unmapped.REFUSE
    [error] = report.errors
    assert str(error) == (
        "row 3, column Stage, value 'Verbal Commit': not in the value map of profile "
        "'Salesforce opportunities report'"
    )
    with pytest.raises(ImportRejected):
        service.import_file(HR_ADMIN, path, "deals", profile=SALESFORCE_OPPORTUNITIES)
    assert _deals(demo_database, "SF-") == {}
    mapped = SALESFORCE_OPPORTUNITIES.with_values("stage", {"Verbal Commit": "商务谈判"})
    report = service.import_file(HR_ADMIN, path, "deals", profile=mapped)
    assert report.inserted == 3
    assert [value.field for value in report.unmapped] == ["status"]  # the default: open


def test_a_hubspot_export_imports_with_its_date_format(
    demo_database: Database, tmp_path: Path
) -> None:
    who = names(demo_database)
    path = hubspot_deals(tmp_path / "hubspot-deals.csv", who)
    service = ImportService(demo_database)
    assert service.inspect(path, "deals").profile == HUBSPOT_DEALS  # picked by its headers
    report = service.import_file(HR_ADMIN, path, "deals", profile=HUBSPOT_DEALS)
    assert report.inserted == 2
    deals = _deals(demo_database, "9000")
    assert deals["90001"][:5] == ("赢单", "won", Decimal("5000.00"), date(2026, 7, 2),
                                  date(2026, 9, 1))  # fmt: skip
    assert deals["90002"][:2] == ("商务谈判", "open") and deals["90002"][4] is None
    assert report.ignored_columns == []  # Deal Name and Pipeline are ignored on purpose


def _own_words(encoding: str | None) -> ImportProfile:
    """A company's own Chinese stage words, its export in GB18030 or UTF-8 with a BOM."""
    stages = {"已成交": "赢单", "已丢单": "输单", "谈判中": "商务谈判"}
    return ImportProfile(
        name="本公司商机导出",
        kind="deals",
        columns=(
            ColumnRule("商机号", ("code",)),
            ColumnRule("客户", ("customer_code",)),
            ColumnRule("销售邮箱", ("owner_no",)),
            ColumnRule("进展", ("stage", "status")),
            ColumnRule("金额(元)", ("amount",)),
            ColumnRule("立项", ("created_on",)),
            ColumnRule("结单", ("closed_on",)),
        ),
        values={
            "stage": ValueMap(stages),
            "status": ValueMap({"已成交": "won", "已丢单": "lost"}, Unmapped.DEFAULT, "open"),
        },
        date_format="%d.%m.%Y",
        file=FileSettings(encoding=encoding, delimiter=";"),
        staff_by=ReferenceMode.EMAIL,
    )


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_own_words_in_chinese_encodings_by_e_mail(
    demo_database: Database, tmp_path: Path, encoding: str
) -> None:
    who = names(demo_database)
    rows = [
        ["商机号", "客户", "销售邮箱", "进展", "金额(元)", "立项", "结单"],
        ["CN-1", who.customer_code, who.owner_email.upper(), "已成交", "¥1,000", "01.07.2026",
         "02.08.2026"],
        ["CN-2", who.customer_code, who.owner_email, "谈判中", "500", "03.07.2026", ""],
    ]  # fmt: skip
    path = write_csv(tmp_path / "own.csv", rows, encoding, delimiter=";")
    report = ImportService(demo_database).import_file(
        HR_ADMIN, path, "deals", profile=_own_words(encoding)
    )
    assert report.inserted == 2
    deals = _deals(demo_database, "CN-")
    assert deals["CN-1"][:2] == ("赢单", "won") and deals["CN-1"][4] == date(2026, 8, 2)
    assert deals["CN-2"][:2] == ("商务谈判", "open")


def test_unknown_and_ambiguous_names_are_errors_naming_row_and_value(
    demo_database: Database, tmp_path: Path
) -> None:
    who = names(demo_database)
    service = ImportService(demo_database)
    twin = write_csv(
        tmp_path / "twin.csv",
        [["员工编号", "姓名", "部门编号"], ["T0001", who.owner, _department_code(demo_database)]],
    )
    service.import_file(HR_ADMIN, twin, "staff")
    rows = [
        ["Opportunity Name", "Account Name", "Amount", "Close Date", "Stage", "Created Date",
         "Opportunity Owner"],
        ["SF-1", who.customer, "1", "", "Prospecting", "7/1/2026", who.owner],
        ["SF-2", "无此客户", "1", "", "Prospecting", "7/1/2026", "Nobody Here"],
    ]  # fmt: skip
    path = write_csv(tmp_path / "names.csv", rows)
    report = service.check(HR_ADMIN, path, "deals", profile=SALESFORCE_OPPORTUNITIES)
    assert [str(error) for error in report.errors] == [
        f"row 2, column Opportunity Owner, value '{who.owner}': ambiguous: it matches "
        f"{who.owner_no}, T0001",
        "row 3, column Account Name, value '无此客户': no customer has this name",
        "row 3, column Opportunity Owner, value 'Nobody Here': no staff member has this name",
    ]


def _department_code(database: Database) -> str:
    with database.unit_of_work() as uow:
        return str(uow.session.scalars(select(DepartmentRecord.code)).first())


def test_a_profile_that_no_longer_fits_names_the_column_and_the_profile(
    demo_database: Database, tmp_path: Path
) -> None:
    who = names(demo_database)
    path = salesforce_deals(tmp_path / "report.csv", who)
    renamed = path.read_text().replace("Opportunity Owner", "Owner Full Name")
    path.write_text(renamed)
    with pytest.raises(ValidationError) as caught:
        ImportService(demo_database).check(
            HR_ADMIN, path, "deals", profile=SALESFORCE_OPPORTUNITIES
        )
    assert str(caught.value) == (
        "report.csv: the profile 'Salesforce opportunities report' no longer fits this file: "
        "it has no column 'Opportunity Owner'"
    )


def test_xlsx_sheet_and_header_row(demo_database: Database, tmp_path: Path) -> None:
    who = names(demo_database)
    header = ["Opportunity Name", "Account Name", "Amount", "Close Date", "Stage",
              "Created Date", "Opportunity Owner"]  # fmt: skip
    rows: list[list[object]] = [
        ["Opportunities report"],
        ["As of 9/30/2026"],
        header,
        ["SF-X1", who.customer, 700, datetime(2026, 9, 2), "Closed Won", "7/1/2026", who.owner],
    ]
    path = write_xlsx(tmp_path / "report.xlsx", {"Summary": [["nothing"]], "Details": rows})
    profile = replace(
        SALESFORCE_OPPORTUNITIES.renamed("SF xlsx"),
        file=FileSettings(sheet="Details", header_row=3),
    )
    report = ImportService(demo_database).import_file(HR_ADMIN, path, "deals", profile=profile)
    assert report.inserted == 1 and report.errors == []
    assert _deals(demo_database, "SF-X")["SF-X1"][4] == date(2026, 9, 2)


def test_clock_times_are_read_in_the_profile_zone(demo_database: Database, tmp_path: Path) -> None:
    who = names(demo_database)
    profile = ImportProfile(
        name="helpdesk",
        kind="tickets",
        columns=(
            ColumnRule("Ticket", ("code",)),
            ColumnRule("Customer", ("customer_code",)),
            ColumnRule("Agent", ("staff_no",)),
            ColumnRule("Opened", ("opened_at",)),
        ),
        datetime_format="%m/%d/%Y %I:%M %p",
        time_zone="Asia/Shanghai",
        staff_by=ReferenceMode.NAME,
    )
    rows = [["Ticket", "Customer", "Agent", "Opened"],
            ["HD-1", who.customer_code, who.owner, "09/30/2026 08:15 AM"]]  # fmt: skip
    path = write_csv(tmp_path / "tickets.csv", rows)
    ImportService(demo_database).import_file(HR_ADMIN, path, "tickets", profile=profile)
    with demo_database.unit_of_work() as uow:
        opened = uow.session.scalar(
            select(ServiceTicketRecord.opened_at).where(ServiceTicketRecord.code == "HD-1")
        )
    assert opened == datetime(2026, 9, 30, 0, 15)  # stored as UTC


def test_profiles_survive_export_and_import_as_json(demo_database: Database) -> None:
    profiles = ImportService(demo_database).profiles
    copy = profiles.copy(HR_ADMIN, "HubSpot deals export", "Our HubSpot")
    assert not copy.built_in and profiles.get("Our HubSpot") == copy
    text = profiles.export_text("Our HubSpot")
    profiles.remove(HR_ADMIN, "Our HubSpot")
    assert [p.name for p in profiles.profiles("deals") if not p.built_in] == []
    assert profiles.import_text(HR_ADMIN, text, "our.json") == copy
    assert profiles.get("Our HubSpot") == copy
    with pytest.raises(ConflictError):
        profiles.import_text(HR_ADMIN, text, "our.json")
    assert profiles.import_text(HR_ADMIN, text, "our.json", replace=True) == copy
    with pytest.raises(ConflictError):
        profiles.remove(HR_ADMIN, "HubSpot deals export")


def test_the_users_copy_is_matched_before_the_starting_point(
    demo_database: Database, tmp_path: Path
) -> None:
    path = salesforce_deals(tmp_path / "report.csv", names(demo_database))
    service = ImportService(demo_database)
    assert service.inspect(path, "deals").profile == SALESFORCE_OPPORTUNITIES
    service.profiles.copy(HR_ADMIN, SALESFORCE_OPPORTUNITIES.name, "Ours")
    preview = service.inspect(path, "deals")
    assert preview.profile is not None and preview.profile.name == "Ours"
    assert preview.mapping["status"] == preview.mapping["stage"] == 4
    assert service.inspect(path, "customers").profile is None


def test_the_schema_validates_every_built_in_profile() -> None:
    schema_path = RESOURCES_DIR / "schemas" / "import-profile.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for profile in BUILT_IN_PROFILES:
        document = profile_to_json(profile)
        jsonschema.validate(document, schema)
        again = read_profile(json.dumps(document), "built-in", built_in=True)
        assert again == profile


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"kind": "widgets"}, "unknown kind of data 'widgets'"),
        ({"columns": {"A": "nope"}}, "'nope' is not a field of deals"),
        ({"columns": {"A": "code", "B": ["code"]}}, "the field 'code' is fed by two columns"),
        ({"values": {"status": {"map": {"x": "maybe"}}}}, "'maybe' is not a value of status"),
        ({"dates": {"time_zone": "Mars/Base"}}, "'Mars/Base' is not a time zone"),
        ({"file": {"header_row": 0}}, "rows count from 1"),
    ],
)
def test_a_bad_profile_is_refused_saying_what(change: dict[str, object], problem: str) -> None:
    document = {**profile_to_json(SALESFORCE_OPPORTUNITIES), **change}
    with pytest.raises(ValidationError) as caught:
        read_profile(json.dumps(document), "bad.json")
    assert problem in str(caught.value) and "bad.json" in str(caught.value)


def test_the_formats_doc_shows_a_valid_profile_and_the_schema() -> None:
    text = (RESOURCES_DIR.parent / "docs" / "formats.md").read_text(encoding="utf-8")
    section = text.split("## Import profiles (JSON)", 1)[1].split("\n## ", 1)[0]
    example, schema = [block.split("\n```", 1)[0] for block in section.split("```json\n")[1:]]
    profile = read_profile(example, "formats.md")
    assert profile.columns[3].fields == ("stage", "status") and profile.columns[-1].ignored
    published = (RESOURCES_DIR / "schemas" / "import-profile.schema.json").read_text("utf-8")
    assert json.loads(schema) == json.loads(published)
    jsonschema.validate(json.loads(example), json.loads(published))


def test_saving_and_removing_profiles_is_audited(database: Database) -> None:
    auth, audit = auth_and_audit(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    profiles = ImportService(database, audit=audit).profiles
    profiles.copy(admin, "HubSpot deals export", "ours")
    text = profiles.export_text("ours")
    profiles.import_text(admin, text, "ours.json", replace=True)  # unchanged: nothing logged
    changed = text.replace('"Pipeline": "ignore"', '"Pipeline": "ignore", "Owner ID": "ignore"')
    profiles.import_text(admin, changed, "ours.json", replace=True)
    profiles.remove(admin, "ours")
    with database.engine.connect() as connection:
        rows = connection.execute(
            sql_text(
                "SELECT entity_id, action, username FROM audit_log "
                "WHERE entity_type = 'import_profile' ORDER BY id"
            )
        ).all()
    assert [tuple(row) for row in rows] == [
        ("ours", "create", "admin"),
        ("ours", "update", "admin"),
        ("ours", "delete", "admin"),
    ]
    assert audit.verify().ok
