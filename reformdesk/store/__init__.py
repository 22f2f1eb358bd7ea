"""Plan files: SQLite via SQLAlchemy, format version, atomic save, lock, recovery."""
