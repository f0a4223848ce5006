"""The server fixtures live in tests/server_fixtures.py (a plugin of the root conftest),
so the sync tests share them; the names tests import are re-exported here."""

from tests.server_fixtures import PASSWORD, Accounts, FakeClock, ServerDb

__all__ = ["PASSWORD", "Accounts", "FakeClock", "ServerDb"]
