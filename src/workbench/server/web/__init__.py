"""The manager reports as web pages served by the sync server (docs/server.md, "In a
browser"): read-only, over the reporting replica (server/reporting.py)."""
