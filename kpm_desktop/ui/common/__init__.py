"""Widgets, models and helpers shared by every page: jobs, labels, messages, editors."""
