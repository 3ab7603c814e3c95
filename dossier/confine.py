"""What dossier may read: the project's folders and the configured seeds, never what a symlink points to elsewhere.

Memos are published, so a symlink in ``seeds/`` or ``templates/`` to
``/etc/passwd`` (or to a colleague's home folder) must not put that file's
contents in a memo. Every article, fact file and template is resolved, links
and ``..`` followed, and refused with E109 unless it lands inside one of the
allowed folders.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .errors import DossierError


def resolved(roots: Iterable[Path | None]) -> tuple[Path, ...]:
    out = []
    for r in roots:
        if r is not None:
            try:
                out.append(Path(r).resolve())
            except (OSError, RuntimeError):  # a symlink loop: nothing inside it is allowed
                continue
    return tuple(dict.fromkeys(out))


def inside(path: Path, roots: Iterable[Path]) -> bool:
    """True if ``path``, every link followed, is one of ``roots`` or lies under one (roots already resolved)."""
    try:
        real = Path(path).resolve()
    except (OSError, RuntimeError):
        return False
    return any(real == r or real.is_relative_to(r) for r in roots)


def check(path: Path, roots: Iterable[Path], what: str = "file") -> Path:
    """``path`` if it stays inside ``roots``; else one E109 line."""
    if not inside(path, roots):
        raise DossierError("E109", path, None, f"the {what} is a link that leads outside the project's folders",
                           "copy the file into the project instead of linking to it")
    return path
