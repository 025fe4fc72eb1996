"""Dialogs; layouts come from Qt Designer files in ``/forms``."""
