"""Offline rater packets: export, import with a preview, status (docs/user-guide.md)."""
