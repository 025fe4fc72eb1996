"""``python -m quartierstreff`` runs the command line (no command opens the GUI)."""

from quartierstreff.cli import main

raise SystemExit(main())
