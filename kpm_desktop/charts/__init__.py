"""Pure data preparation for the dashboard plots (domain values in, arrays out)."""
