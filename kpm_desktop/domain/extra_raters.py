"""Raters a cycle adds on top of a template's (self-assessment, department head, peer).

The added raters keep the weights HR gives them; the template's own raters share what is left
of 100 in their template proportions, rounded to 2 decimals ROUND_HALF_UP, the rounding rest
going to the heaviest of them so the weights total exactly 100 (docs/formats.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from kpm_desktop.domain.errors import ValidationError
from kpm_desktop.domain.rubric import RaterRole, RaterWeight, rater_term

# The roles a cycle may add: the appraisee, the org chart's department head, and a peer
# with no fixed person (HR enters that sheet).
ADDABLE_ROLES = (RaterRole.SELF, RaterRole.DEPARTMENT_HEAD, RaterRole.PEER)
_HUNDRED = Decimal(100)
_CENT = Decimal("0.01")


def with_extra_raters(
    raters: Sequence[RaterWeight], extras: Sequence[RaterWeight]
) -> tuple[RaterWeight, ...]:
    """The template's raters rescaled to 100 - the extras' weights, then the extras."""
    check_extras(raters, extras)
    if not extras:
        return tuple(raters)
    left = _HUNDRED - sum((e.weight for e in extras), Decimal(0))
    base = sum((r.weight for r in raters), Decimal(0))
    scaled = [(left * r.weight / base).quantize(_CENT, rounding=ROUND_HALF_UP) for r in raters]
    heaviest = max(range(len(raters)), key=lambda i: raters[i].weight)
    scaled[heaviest] += left - sum(scaled, Decimal(0))
    rescaled = (RaterWeight(r.role, w) for r, w in zip(raters, scaled, strict=True))
    return (*rescaled, *extras)


def check_extras(raters: Sequence[RaterWeight], extras: Sequence[RaterWeight]) -> None:
    """Refuse roles that cannot be added or are there already, and weights outside 0-100."""
    if extras and not raters:
        raise ValidationError("A template without raters cannot share its weight")
    present = {r.role for r in raters}
    for extra in extras:
        if extra.role not in ADDABLE_ROLES:
            raise ValidationError(
                "A cycle can add a self, department head or peer rater, not {role}",
                role=rater_term(extra.role),
            )
        if extra.role in present:
            raise ValidationError(
                "The rater {role} is there already; add each rater once",
                role=rater_term(extra.role),
            )
        present.add(extra.role)
        if not Decimal(0) < extra.weight < _HUNDRED:
            raise ValidationError(
                "The weight of the added rater {role} is {weight}; give more than 0 and less "
                "than 100",
                role=rater_term(extra.role),
                weight=extra.weight,
            )
    added = sum((e.weight for e in extras), Decimal(0))
    if extras and added >= _HUNDRED:
        raise ValidationError(
            "The added raters weigh {weight} together; leave the template's raters some of 100",
            weight=added,
        )
