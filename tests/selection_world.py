"""The worked selection example (docs/user-guide.md, "Selections"), for the service, CLI
and report tests.

The built-in 选型评分 template; bidders 甲公司 (bid 1,200,000), 乙公司 and 丙公司 (both
980,000: they share the lowest price); panel wangfang 60 % and liqiang 40 %. Every method of
the template is used: met full / partial / none, provided yes / no, N/A with a reason (V2 of
丙公司 by wangfang), the price ranked. Worked by hand:

- P1 (40 %): 乙 and 丙 share place 1 (5 of 5 points, 40.00), 甲 is last (3 points, 24.00).
- wangfang: 甲 43.50 + 24.00 = 67.50; 乙 60.00 + 40.00 = 100.00; 丙 with V2 N/A: the
  other weights are re-normalised over 97 (met 7.73, S2 and S4 3.10, S5 and V1 3.09, P1
  41.24), so 丙 = 4 x 7.73 + 2 x 4.64 + 3.10 + 0 + 3.09 + 3.09 + 41.24 = 90.72.
- liqiang: 甲 60.00 + 24.00 = 84.00; 乙 43.50 + 40.00 = 83.50; 丙 100.00.
- Weighted (60 / 40): 甲 40.50 + 33.60 = 74.10; 乙 60.00 + 33.40 = 93.40;
  丙 54.432 + 40.00 = 94.43. Ranks: 丙 1, 乙 2, 甲 3. Spread: 16.50, 16.50, 9.28.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from kpm_desktop.domain.access import Actor, Role
from kpm_desktop.domain.rating import IndicatorRating, MetLevel
from kpm_desktop.services.admin.auth import AuthService
from kpm_desktop.services.app_services import AppServices, build_services
from kpm_desktop.services.core_services import build_core_services
from kpm_desktop.storage.database import Database
from tests.access_helpers import ADMIN_PASSWORD, auth_and_audit

D = Decimal
NAME = "CRM选型2026"
PASSWORD = "secret-pass-1"
BIDS = {"甲公司": D(1200000), "乙公司": D(980000), "丙公司": D(980000)}
CONTACTS = {"甲公司": "赵经理", "乙公司": "钱经理", "丙公司": "孙经理"}
WEIGHTS = {"wangfang": D(60), "liqiang": D(40)}
EXPECTED_TOTALS = {"甲公司": D("74.10"), "乙公司": D("93.40"), "丙公司": D("94.43")}
EXPECTED_RANKS = {"甲公司": 3, "乙公司": 2, "丙公司": 1}
EXPECTED_MEMBER_TOTALS = {
    "wangfang": {"甲公司": D("67.50"), "乙公司": D("100.00"), "丙公司": D("90.72")},
    "liqiang": {"甲公司": D("84.00"), "乙公司": D("83.50"), "丙公司": D("100.00")},
}
NA_REASON = "未提供SLA文本"

F, P, N = MetLevel.FULL, MetLevel.PARTIAL, MetLevel.NONE
MET_CODES = ("F1", "F2", "F3", "F4", "S1", "S3")
PROVIDED_CODES = ("S2", "S4", "S5", "V1", "V2")


def sheet(
    met: tuple[MetLevel, ...], provided: tuple[bool | None, ...]
) -> dict[str, IndicatorRating]:
    """Ratings in the order of MET_CODES and PROVIDED_CODES; provided None is N/A."""
    ratings = {code: IndicatorRating(met=level) for code, level in zip(MET_CODES, met, strict=True)}
    for code, given in zip(PROVIDED_CODES, provided, strict=True):
        ratings[code] = (
            IndicatorRating(not_applicable=True, comment=NA_REASON)
            if given is None
            else IndicatorRating(provided=given)
        )
    return ratings


ALL_MET = (F, F, F, F, F, F)
ALL_PROVIDED = (True, True, True, True, True)
SHEETS = {
    "wangfang": {
        "甲公司": sheet((F, F, P, N, F, P), (True, True, False, True, True)),
        "乙公司": sheet(ALL_MET, ALL_PROVIDED),
        "丙公司": sheet((F, P, F, F, P, F), (True, False, True, True, None)),
    },
    "liqiang": {
        "甲公司": sheet(ALL_MET, ALL_PROVIDED),
        "乙公司": sheet((P, P, F, F, F, N), (True, True, True, False, True)),
        "丙公司": sheet(ALL_MET, ALL_PROVIDED),
    },
}


@dataclass(frozen=True)
class SelectionWorld:
    database: Database
    services: AppServices
    admin: Actor
    members: dict[str, Actor]
    outsider: Actor  # a panel-role user not on this panel
    viewer: Actor


def _services(database: Database) -> tuple[AppServices, AuthService]:
    auth, _ = auth_and_audit(database)
    return build_services(database, core=replace(build_core_services(database), auth=auth)), auth


def selection_world_on(built: SelectionWorld, database: Database) -> SelectionWorld:
    """The world `built` elsewhere, on `database`, a copy of its database: new services."""
    return replace(built, database=database, services=_services(database)[0])


def build_selection_world(database: Database) -> SelectionWorld:
    """Accounts, the built-in templates, and the selection set up with its bidders and
    panel, still a draft."""
    services, auth = _services(database)
    admin = auth.create_first_admin(ADMIN_PASSWORD)
    services.templates.install_builtins(admin)
    members = {
        name: auth.create_user(admin, name, PASSWORD, Role.PANEL, display_name=name.upper())
        for name in WEIGHTS
    }
    outsider = auth.create_user(admin, "zhouyi", PASSWORD, Role.PANEL)
    viewer = auth.create_user(admin, "viewer", PASSWORD, Role.VIEWER)
    selections = services.selections
    selections.create(admin, NAME)
    for bidder, bid in BIDS.items():
        selections.add_bidder(admin, NAME, bidder, CONTACTS[bidder], {"P1": bid}, ["投标书.pdf"])
    for name, weight in WEIGHTS.items():
        selections.add_member(admin, NAME, name, weight)
    return SelectionWorld(database, services, admin, members, outsider, viewer)


def score_everything(world: SelectionWorld) -> None:
    for name, by_bidder in SHEETS.items():
        for bidder, ratings in by_bidder.items():
            world.services.selections.score(world.members[name], NAME, bidder, ratings)
