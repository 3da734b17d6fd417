"""Rater packets for a 1,000-staff cycle: export every packet, fill one level per sheet
with openpyxl, then check, preview and apply them all; time and peak memory of export
and import (`make bench`; `KPM_BENCH_PACKET_STAFF` changes the size,
`KPM_BENCH_PROFILE=1` prints a profile instead of the times)."""

from __future__ import annotations

import os
import resource
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

import openpyxl
from argon2 import PasswordHasher
from argon2.profiles import CHEAPEST

from kpm_desktop.domain.builtin_templates import supervisor_template
from kpm_desktop.domain.packets.packet_hash import HIDDEN_SHEET
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.admin.database_setup import open_database
from kpm_desktop.services.app_services import build_services
from kpm_desktop.services.appraisals.cycle_views import TemplateChoice
from kpm_desktop.services.audit_trail.audit import AuditTrail
from kpm_desktop.services.core_services import build_core_services
from kpm_desktop.services.demo.demo_data import DemoSize, generate_demo_data

STAFF = int(os.environ.get("KPM_BENCH_PACKET_STAFF", "1000"))
PERIOD = "2026Q3"


def _measured(work):  # type: ignore[no-untyped-def]
    if os.environ.get("KPM_BENCH_PROFILE"):
        import cProfile
        import pstats

        profile = cProfile.Profile()
        result = profile.runcall(work)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(35)
        return result, 0.0, 0
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    # The process's peak RSS so far (tracemalloc would slow openpyxl down several times).
    return result, seconds, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10


def _fill(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    for sheet in book.sheetnames[1:]:
        if sheet != HIDDEN_SHEET:
            book[sheet]["H5"] = "良"
            book[sheet]["I5"] = 85
    book.save(path)


def test_packets_of_a_thousand_staff_cycle(tmp_path: Path) -> None:
    database = open_database(tmp_path / "kpm.sqlite3").database
    size = DemoSize(staff=STAFF, customers=2000, deals=4000, tickets=1000, seed=5,
                    as_of=date(2026, 9, 30))  # fmt: skip
    generate_demo_data(database, size)
    auth = AuthService(
        database, AuditTrail(database), hasher=PasswordHasher.from_parameters(CHEAPEST)
    )
    services = build_services(database, core=replace(build_core_services(database), auth=auth))
    admin = auth.create_first_admin("admin-secret-1")
    template_id = services.templates.activate(
        admin, services.templates.save_draft(admin, supervisor_template()).id
    ).id
    services.cycles.create_cycle(admin, PERIOD, [TemplateChoice(template_id)])
    services.cycles.bulk_create(admin, PERIOD)
    folder = tmp_path / "packets"
    packets, export_s, export_mb = _measured(lambda: services.packets.export(admin, PERIOD, folder))
    sheets = sum(p.sheets for p in packets)
    for packet in packets:
        _fill(packet.path)
    files = [p.path for p in packets]

    def import_all() -> int:
        previews = services.packets.preview(admin, files, period=PERIOD)
        return sum(len(services.packets.apply(admin, p).applied) for p in previews)

    applied, import_s, import_mb = _measured(import_all)
    print(
        f"\n{STAFF} staff, {len(packets)} packets, {sheets} sheets: export {export_s:.1f} s "
        f"(peak RSS {export_mb} MB), check + preview + apply {import_s:.1f} s (peak RSS "
        f"{import_mb} MB), {applied} appraisals applied"
    )
    assert applied == sheets
    database.dispose()
