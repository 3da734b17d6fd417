"""Importing and exporting CRM data and appraisal results."""
