"""``python -m lingassist``."""

from lingassist.cli import main

raise SystemExit(main())
