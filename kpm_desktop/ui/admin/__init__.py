"""Sign-in, first start, connection, accounts, backups, integrity, audit log, settings."""
