"""KPI figures, targets, the dashboard and their caches."""
