"""Team sync in the window: the controller that runs it, the status bar's words and
badge, and the Team sync dialog (sign-in, conflicts, refused changes)."""
