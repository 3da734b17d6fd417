"""Vendor selection (选型评分): a panel scores bidders on a template, quoted figures ranked.

A selection evaluation's template has panel raters only. Each panel member fills one sheet
per bidder; a rank indicator (the price) is never entered by a member: every bidder's
quoted figure for it is placed among all bidders' figures (`domain/methods/rank.py`, ties
sharing the better place), so changing a bid re-ranks everyone. A member's sheet is scored
by the same engine as an appraisal rater's (`domain/scoring.py`); a bidder's weighted total
is the sum of the members' totals times their weights / 100, rounded to 2 decimals, and the
bidders are ranked by it, highest first, ties sharing the better place
(docs/formats.md, "Selection evaluations").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from kpm_desktop.domain.decimals import fmt, round_to
from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.methods.rank import RankOrder, rank_place
from kpm_desktop.domain.rating import IndicatorRating, IndicatorScore
from kpm_desktop.domain.rubric import Indicator, RaterRole, RubricTemplate
from kpm_desktop.domain.scoring import ScoringInputs, scale_total, score_sheet

HUNDRED = Decimal(100)
ZERO = Decimal(0)


class SelectionState(StrEnum):
    """draft (bidders and panel set up) -> scoring -> closed (results sealed) -> signed."""

    DRAFT = "draft"
    SCORING = "scoring"
    CLOSED = "closed"
    SIGNED = "signed"


SELECTION_STATE_ORDER = tuple(SelectionState)


@dataclass(frozen=True)
class Bidder:
    """A bidder (投标人): `figures` are its quoted figures by rank indicator code."""

    id: int
    name: str
    contact: str = ""
    figures: Mapping[str, Decimal] = field(default_factory=dict)
    documents: tuple[str, ...] = ()


@dataclass(frozen=True)
class PanelMember:
    """`name` is the user name (how commands refer to the member); `shown` what is
    printed: the user's display name, or the user name when there is none."""

    id: int
    user_id: int
    name: str
    weight: Decimal
    display_name: str = ""

    @property
    def shown(self) -> str:
        return self.display_name.strip() or self.name

    @property
    def label(self) -> str:
        """The printed name with the user name, e.g. "王芳 (wangfang)", for lists."""
        return self.name if self.shown == self.name else f"{self.shown} ({self.name})"


@dataclass(frozen=True)
class MemberSheet:
    """One member's ratings of one bidder; an N/A rating's comment is its reason."""

    member_id: int
    bidder_id: int
    ratings: Mapping[str, IndicatorRating]
    comment: str = ""


def rank_indicators(template: RubricTemplate) -> tuple[Indicator, ...]:
    return tuple(i for i in template.indicators() if i.method.ranks_a_cohort)


def rated_indicators(template: RubricTemplate) -> tuple[Indicator, ...]:
    """The indicators a panel member rates: all but the ranked ones."""
    return tuple(i for i in template.indicators() if not i.method.ranks_a_cohort)


def check_panel_template(template: RubricTemplate) -> None:
    roles = {rater.role for rater in template.raters}
    if roles != {RaterRole.PANEL}:
        raise ValidationError(
            "Template {template} cannot be used for a selection: its raters must be the "
            "panel only (it has {roles})",
            template=template.label(),
            roles=", ".join(sorted(role.value for role in roles)),
        )


def check_member_weights(members: Sequence[PanelMember]) -> None:
    if not members:
        raise ValidationError("The selection has no panel members")
    total = sum((m.weight for m in members), ZERO)
    if total != HUNDRED:
        raise ValidationError("The panel members' weights total {total}, not 100", total=fmt(total))


def figure_cohorts(
    template: RubricTemplate, bidders: Sequence[Bidder]
) -> dict[str, tuple[Decimal, ...]]:
    """Every bidder's figure for each rank indicator; a bidder without one is refused."""
    cohorts: dict[str, tuple[Decimal, ...]] = {}
    for indicator in rank_indicators(template):
        missing = [b.name for b in bidders if indicator.code not in b.figures]
        if missing:
            raise ValidationError(
                "Bidders {bidders} have no quoted figure for {code} ({name})",
                bidders=", ".join(missing),
                code=indicator.code,
                name=indicator.name,
            )
        cohorts[indicator.code] = tuple(b.figures[indicator.code] for b in bidders)
    return cohorts


def check_sheet(template: RubricTemplate, ratings: Mapping[str, IndicatorRating]) -> None:
    """A complete sheet: every rated indicator rated or N/A with a reason, nothing else."""
    ranked = {i.code for i in rank_indicators(template)}
    known = {i.code for i in template.indicators()}
    given_ranked = sorted(code for code in ratings if code in ranked)
    if given_ranked:
        raise ValidationError(
            "{codes} are ranked from the bidders' quoted figures, not rated",
            codes=", ".join(given_ranked),
        )
    unknown = sorted(code for code in ratings if code not in known)
    if unknown:
        raise ValidationError(
            "Template {template} has no indicators {codes}",
            template=template.label(),
            codes=", ".join(unknown),
        )
    missing = [i.code for i in rated_indicators(template) if i.code not in ratings]
    if missing:
        raise ValidationError("The sheet has no rating for {codes}", codes=", ".join(missing))
    no_reason = sorted(
        code for code, r in ratings.items() if r.not_applicable and not r.comment.strip()
    )
    if no_reason:
        raise ValidationError(
            "{codes}: N/A needs a reason in the comment", codes=", ".join(no_reason)
        )


@dataclass(frozen=True)
class SheetScore:
    """A member's sheet of a bidder scored: its lines and total on the template's scale."""

    member_id: int
    bidder_id: int
    lines: tuple[IndicatorScore, ...]
    total: Decimal


def score_member_sheet(
    template: RubricTemplate,
    bidder: Bidder,
    sheet: MemberSheet,
    cohorts: Mapping[str, Sequence[Decimal]],
) -> SheetScore:
    ratings = dict(sheet.ratings)
    for indicator in rank_indicators(template):
        ratings[indicator.code] = IndicatorRating(value=bidder.figures[indicator.code])
    lines, earned_sum = score_sheet(template, ratings, ScoringInputs(cohorts=cohorts))
    return SheetScore(sheet.member_id, bidder.id, lines, scale_total(template, earned_sum))


@dataclass(frozen=True)
class BidderResult:
    """A bidder's row of the comparison. `sheets` by member id (absent: not scored yet);
    `weighted_total`, `rank` and `spread` are None until every member has scored it."""

    bidder: Bidder
    sheets: Mapping[int, SheetScore]
    weighted_total: Decimal | None
    rank: int | None
    spread: Decimal | None

    def weighted_earned(self, code: str, members: Sequence[PanelMember]) -> Decimal | None:
        """An indicator's earned score over the panel, each member's times their weight."""
        if not members or len(self.sheets) != len(members):
            return None
        earned = ZERO
        for member in members:
            line = next(x for x in self.sheets[member.id].lines if x.code == code)
            earned += line.earned * member.weight / HUNDRED
        return round_to(earned)


@dataclass(frozen=True)
class Comparison:
    template: RubricTemplate
    members: tuple[PanelMember, ...]
    results: tuple[BidderResult, ...]
    missing: tuple[tuple[PanelMember, Bidder], ...]

    @property
    def complete(self) -> bool:
        return not self.missing and bool(self.results)


def compare(
    template: RubricTemplate,
    bidders: Sequence[Bidder],
    members: Sequence[PanelMember],
    sheets: Sequence[MemberSheet],
) -> Comparison:
    """Every bidder scored by every member who has filled its sheet, weighted and ranked."""
    cohorts = figure_cohorts(template, bidders) if bidders else {}
    by_key = {(s.member_id, s.bidder_id): s for s in sheets}
    missing = tuple(
        (member, bidder)
        for bidder in bidders
        for member in members
        if (member.id, bidder.id) not in by_key
    )
    scored = []
    for bidder in bidders:
        own = {
            member.id: score_member_sheet(template, bidder, by_key[(member.id, bidder.id)], cohorts)
            for member in members
            if (member.id, bidder.id) in by_key
        }
        scored.append((bidder, own))
    totals = {
        bidder.id: _weighted(own, members)
        for bidder, own in scored
        if members and len(own) == len(members)
    }
    results = tuple(
        BidderResult(
            bidder,
            own,
            totals.get(bidder.id),
            _rank(totals[bidder.id], totals) if bidder.id in totals else None,
            _spread(own) if bidder.id in totals else None,
        )
        for bidder, own in scored
    )
    return Comparison(template, tuple(members), results, missing)


def _weighted(sheets: Mapping[int, SheetScore], members: Sequence[PanelMember]) -> Decimal:
    return round_to(sum((sheets[m.id].total * m.weight / HUNDRED for m in members), ZERO))


def _rank(total: Decimal, totals: Mapping[int, Decimal]) -> int:
    return rank_place(total, list(totals.values()), RankOrder.HIGHEST_FIRST).position


def _spread(sheets: Mapping[int, SheetScore]) -> Decimal:
    totals = [s.total for s in sheets.values()]
    return max(totals) - min(totals)


def missing_sheets_text(missing: Sequence[tuple[PanelMember, Bidder]]) -> str:
    """'张三: 甲公司, 乙公司; 李四: 丙公司': whose sheets of which bidders are missing."""
    by_member: dict[str, list[str]] = {}
    for member, bidder in missing:
        by_member.setdefault(member.name, []).append(bidder.name)
    return "; ".join(f"{name}: {', '.join(names)}" for name, names in by_member.items())
