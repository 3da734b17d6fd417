"""Grouped SQL for the KPI families: each family is one statement over all groups at once.

Queries only add and count (so results are the same on SQLite and PostgreSQL); each
returns its family's checked `Figures` (`kpm_desktop.domain.kpi_figures`), and the
divisions and n/a rules are in `kpm_desktop.domain.kpi_formulas`. `reader.KpiReader` is
what `KpiService` reads through.
"""
