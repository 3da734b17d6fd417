"""The KPI page, targets, marketing sources and the dashboard with its charts."""
