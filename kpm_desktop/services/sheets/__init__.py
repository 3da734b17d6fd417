"""Evaluation sheets: their data, PDFs, and the check of a printed sheet."""
