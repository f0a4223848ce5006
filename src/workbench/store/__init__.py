"""Storage: the engine and sessions, the unit of work (stamps and outbox), migrations and
backups. No Qt here."""
