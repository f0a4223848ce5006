"""The app side of team sync: pushing local changes to the team server and pulling the
team's changes (docs/sync.md)."""
