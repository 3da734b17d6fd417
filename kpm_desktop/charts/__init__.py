"""Data preparation for charts: pure functions from domain values to plot-ready series."""
