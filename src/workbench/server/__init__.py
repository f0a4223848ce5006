"""The team sync server (docs/server.md): an ASGI app over PostgreSQL that merges what the
laptops push and serves each person the rows they may see."""
