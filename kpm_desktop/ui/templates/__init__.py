"""The template list and the template editor."""
