"""Rubric templates: drafts, versions, summaries."""
