"""What the sync client and server share: protocol constants and the row codec. No Qt, no
network code."""
