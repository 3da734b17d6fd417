"""Printing, exporting and checking evaluation sheets."""
