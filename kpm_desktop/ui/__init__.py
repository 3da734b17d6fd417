"""PySide6 user interface. Talks to services only, never to storage."""
