"""The baseline of `kpm kpi`: a plain Python script computing the same sales and service
figures of 2026Q3 per staff member with hand-written SQL through the sqlite3 module.

`python kpi_plain_script.py DATABASE` prints them as JSON (staff id -> the figures, in the
order of `SALES_FIGURES` and `SERVICE_FIGURES`). tests/benchmarks/test_kpi_bench.py runs
it beside `kpm kpi` and, in process, beside `KpiService`, and checks the figures agree.
The deal and ticket statements read covering indexes (migrations 0003 and 0020).
"""

from __future__ import annotations

import json
import sqlite3
import sys

PARAMETERS = {
    "start": "2026-07-01", "end": "2026-09-30",
    "start_at": "2026-07-01 00:00:00.000000", "end_before": "2026-10-01 00:00:00.000000",
}  # fmt: skip
SALES_FIGURES = ("revenue", "won", "lost", "items", "won_customers", "cycle_days", "new")
SERVICE_FIGURES = (
    "opened", "opened_customers", "complaints", "repeats", "responded", "response_seconds",
    "resolved", "first_contact", "resolution_seconds", "rated", "satisfaction",
)  # fmt: skip
RAW_SALES = """
SELECT owner_id,
       SUM(CASE WHEN status = 'won' THEN amount ELSE 0 END),
       SUM(status = 'won'), SUM(status = 'lost'),
       SUM(CASE WHEN status = 'won' THEN items ELSE 0 END),
       COUNT(DISTINCT CASE WHEN status = 'won' THEN customer_id END),
       SUM(CASE WHEN status = 'won' AND first_contact_on IS NOT NULL
                THEN CAST(ROUND(julianday(closed_on) - julianday(first_contact_on)) AS INTEGER)
                ELSE 0 END)
FROM deals
WHERE closed_on BETWEEN :start AND :end AND status IN ('won', 'lost')
GROUP BY owner_id
"""
RAW_NEW_CUSTOMERS = """
SELECT d.owner_id, COUNT(*) FROM deals d
WHERE d.status = 'won' AND d.closed_on BETWEEN :start AND :end
  AND NOT EXISTS (SELECT 1 FROM deals e WHERE e.customer_id = d.customer_id
                  AND e.status = 'won' AND e.closed_on IS NOT NULL
                  AND (e.closed_on < d.closed_on OR (e.closed_on = d.closed_on AND e.id < d.id)))
GROUP BY d.owner_id
"""
RAW_SERVICE = """
SELECT staff_id, COUNT(*), COUNT(DISTINCT customer_id), SUM(complaint), SUM(repeat_issue),
       SUM(first_response_at IS NOT NULL),
       SUM(CAST(ROUND((julianday(first_response_at) - julianday(opened_at)) * 86400)
                AS INTEGER))
FROM service_tickets
WHERE opened_at >= :start_at AND opened_at < :end_before
GROUP BY staff_id
"""
RAW_RESOLVED = """
SELECT staff_id, COUNT(*), SUM(resolved_first_contact),
       SUM(CAST(ROUND((julianday(resolved_at) - julianday(opened_at)) * 86400) AS INTEGER)),
       SUM(satisfaction IS NOT NULL), SUM(satisfaction)
FROM service_tickets
WHERE resolved_at >= :start_at AND resolved_at < :end_before
GROUP BY staff_id
"""


def figures(path: str) -> tuple[dict[int, tuple], dict[int, tuple]]:
    """staff id -> sales figures, staff id -> service figures, on a new connection."""
    connection = sqlite3.connect(path)
    try:
        sales = {row[0]: row[1:] for row in connection.execute(RAW_SALES, PARAMETERS)}
        new = dict(connection.execute(RAW_NEW_CUSTOMERS, PARAMETERS).fetchall())
        opened = {row[0]: row[1:] for row in connection.execute(RAW_SERVICE, PARAMETERS)}
        resolved = {row[0]: row[1:] for row in connection.execute(RAW_RESOLVED, PARAMETERS)}
    finally:
        connection.close()
    sales = {key: (*value, new.get(key, 0)) for key, value in sales.items()}
    unresolved = (0, 0, 0, 0, None)
    service = {key: (*value, *resolved.get(key, unresolved)) for key, value in opened.items()}
    return sales, service


if __name__ == "__main__":
    sales, service = figures(sys.argv[1])
    print(json.dumps({"sales": sales, "service": service}, indent=2))
