"""The import wizard and the export actions."""
