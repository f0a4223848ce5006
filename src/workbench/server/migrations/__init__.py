"""The sync server's own Alembic history (separate from the app's: the server's tables are not
the laptop's). Run by workbench.server.db.migrate."""
