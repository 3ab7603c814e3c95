"""`dossier new FOLDER`: a working project, as `mkdocs new` makes one.

The skeleton (``dossier/skeleton/``) ships with the package: a configuration
file, a Makefile, a folder of articles with one example, an empty folder for
fact files and memos, and a ``templates/`` folder for overriding single files
of the default theme.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .errors import DossierError

SKELETON = Path(__file__).resolve().parent / "skeleton"
_RENAMES = {"gitignore": ".gitignore"}  # a package cannot ship a dotfile reliably


def new_project(folder: Path) -> Path:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise DossierError("E404", folder, None, "the folder exists and is not empty",
                           "name a new folder, or an empty one")
    folder.mkdir(parents=True, exist_ok=True)
    for src in sorted(SKELETON.rglob("*")):
        rel = src.relative_to(SKELETON)
        dst = folder / Path(*[_RENAMES.get(p, p) for p in rel.parts])
        if src.is_dir():
            dst.mkdir(exist_ok=True)
        elif src.name != ".keep":
            shutil.copyfile(src, dst)
    (folder / "reports").mkdir(exist_ok=True)
    return folder
