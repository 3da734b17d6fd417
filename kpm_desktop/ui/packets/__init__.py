"""Offline rater packets on the cycles page: export, import with a preview, status."""
