"""SQLite store: schema, opening and migrating, the change log (the only write path), queries."""
