"""Users, sign-in, permissions, settings, backups and database set-up."""
