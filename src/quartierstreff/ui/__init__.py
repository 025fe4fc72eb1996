"""The Qt shell: widgets, dialogs and pages over the services. Nothing outside ``ui/`` and
``app.py`` imports from here."""
