"""Use cases of the app, in plain Python: what the UI, the CLI and tests call.

Each public function takes the open Database first, does its work in one unit of work, and
raises WorkbenchError subclasses with messages meant for the user. No Qt imports here.
"""
