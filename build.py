#!/usr/bin/env python3
"""This repository's entry point behind the Makefile: the installed `dossier` command, run from the checkout."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

try:
    from dossier.cli import run
except ImportError as exc:  # a Python without the dependencies: say how to get them, in one line
    sys.exit(f"dossier: [E401] {exc.name or 'a dependency'} is not installed for {sys.executable}; "
             "run `make setup` and use .venv/bin/python (or `make report`), or `pip install .`")

if __name__ == "__main__":
    run()
