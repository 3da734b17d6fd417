"""One declarative definition per CRM table: its fields, business key and record rules.

The definitions (domain/crm_tables/) are the single source of a table's shape: the import
reads files by them, the add / edit form parses and checks by them, the table pages take
their columns from them, and docs/formats.md lists them (a test keeps it in step, and
another checks them against the SQLAlchemy records).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from kpm_desktop.domain.crm_rules import Problem, RecordRule
from kpm_desktop.domain.errors import Term
from kpm_desktop.domain.import_columns import Column, Parsed


@dataclass(frozen=True)
class TableDefinition:
    name: str  # the import kind: "deals"
    title: str  # its Chinese name: "商机/订单"
    table: str  # the database table: "deals"
    columns: tuple[Column, ...]
    # Fields whose values identify a record; a re-import updates the record they name.
    # The first is never empty: storage looks existing records up by it.
    key: tuple[str, ...]
    rules: tuple[RecordRule, ...] = ()

    def column(self, name: str) -> Column:
        return next(column for column in self.columns if column.field == name)

    def term_of(self, name: str) -> Term:
        return self.column(name).term

    @property
    def self_reference(self) -> Column | None:
        """The column naming a record of this same table (a supervisor), if any: the
        references it makes must not form a loop."""
        return next(
            (c for c in self.columns if c.reference and c.reference.kind == self.name), None
        )

    def rules_for(self, provided: Collection[str]) -> tuple[RecordRule, ...]:
        """The rules a record with the fields `provided` can be checked by."""
        return tuple(rule for rule in self.rules if all(f in provided for f in rule.fields))

    def problems(
        self, values: Mapping[str, Parsed], rules: tuple[RecordRule, ...] | None = None
    ) -> list[Problem]:
        """Every broken rule of one record (all of them, or the `rules` given)."""
        term_of = self.term_of
        return [
            problem
            for rule in (self.rules if rules is None else rules)
            for problem in rule.check(values, term_of)
        ]
