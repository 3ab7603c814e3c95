#!/usr/bin/env python3
"""This repository's entry point behind the Makefile: the installed `dossier` command, run from the checkout."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dossier.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
