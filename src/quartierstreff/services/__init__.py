"""Use cases. Each function takes the session first, never commits, returns frozen views.

No Qt here: the GUI, the CLI and the tests drive the same functions.
"""
