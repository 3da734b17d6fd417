"""Evaluation sheets rendered to PDF bytes with reportlab."""
