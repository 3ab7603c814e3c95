"""A project's configuration: ``dossier.yaml`` at its root, validated with located errors.

Like MkDocs' ``mkdocs.yml``, one file says where a project's articles, fact
files and templates are, which spaCy pipeline reads them and which formats are
built. Every key is optional; a project without the file uses the defaults.
Precedence, highest first: the command line (and the Makefile's variables,
which it passes on), the environment (``DOSSIER_MODEL``), the file, the
defaults. Folders are relative to the project's root, the folder holding the
file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from extract import DEFAULT_MODEL

from .errors import DossierError
from .safeyaml import key_lines, load_yaml_text, read_yaml_text

CONFIG_NAME = "dossier.yaml"
FORMATS = ("html", "pdf")


@dataclass(frozen=True)
class Config:
    root: Path = field(default_factory=Path.cwd)
    seeds: Path = Path("seeds")
    reports: Path = Path("reports")
    templates: Path = Path("templates")
    stories: Path = Path("stories")
    model: str = DEFAULT_MODEL
    formats: tuple[str, ...] = FORMATS
    strict: bool = False
    jobs: int | None = None  # None: as many as help (both cores for larger batches)
    source: Path | None = None  # the file it was read from, if any

    def path(self, value: Path) -> Path:
        return value if value.is_absolute() else self.root / value

    @property
    def seeds_dir(self) -> Path:
        return self.path(self.seeds)

    @property
    def reports_dir(self) -> Path:
        return self.path(self.reports)

    @property
    def templates_dir(self) -> Path:
        return self.path(self.templates)

    @property
    def stories_dir(self) -> Path:
        return self.path(self.stories)

    def with_overrides(self, **values) -> Config:
        """Command-line values over the file's: ``None`` means not given."""
        given = {k: v for k, v in values.items() if v is not None}
        if "formats" in given:
            given["formats"] = parse_formats(given["formats"], None, None)
        if "jobs" in given:
            given["jobs"] = check_jobs(given["jobs"], None, None)
        return replace(self, **given)


# key -> (type check, what the value must be)
_FOLDER_KEYS = ("seeds", "reports", "templates", "stories")
_KEYS = {
    **{k: "a folder, relative to the project" for k in _FOLDER_KEYS},
    "model": "the name of an installed spaCy pipeline",
    "formats": "a list of html and pdf",
    "strict": "true or false",
    "jobs": "a whole number of processes from 1 to 64",
}


def find_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` holding a ``dossier.yaml``; else ``start`` itself."""
    start = (start or Path.cwd()).resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_NAME).is_file():
            return folder
    return start


def load_config(root: Path | None = None) -> Config:
    """The project's configuration, from ``ROOT/dossier.yaml`` if it exists, then the environment."""
    root = find_root(root)
    path = root / CONFIG_NAME
    cfg = Config(root=root)
    if path.is_file():
        cfg = _from_file(path, root)
    env_model = os.environ.get("DOSSIER_MODEL")
    if env_model:
        cfg = replace(cfg, model=env_model)
    return cfg


def _from_file(path: Path, root: Path) -> Config:
    text = read_yaml_text(path)
    data = load_yaml_text(text, path)
    if data is None:
        return Config(root=root, source=path)
    if not isinstance(data, dict):
        raise DossierError("E403", path, 1, "the configuration is not a mapping of keys to values",
                           "write it as `key: value` lines (see README: Configuration)")
    values: dict = {}
    lines = key_lines(text)  # the YAML composed once, for every key's line
    for key, value in data.items():
        line = lines.get(str(key))
        if key not in _KEYS:
            raise DossierError("E403", path, line, f"unknown key `{key}`",
                               f"use one of: {', '.join(_KEYS)} (or fix its spelling)")
        if key in _FOLDER_KEYS:
            if not isinstance(value, str) or not value.strip() or "\0" in value:
                raise DossierError("E403", path, line, f"`{key}` must be {_KEYS[key]}",
                                   f"write a folder name, e.g. `{key}: {key}`")
            values[key] = Path(value)
        elif key == "model":
            if not isinstance(value, str) or not value.strip():
                raise DossierError("E403", path, line, "`model` must be " + _KEYS[key],
                                   f"e.g. `model: {DEFAULT_MODEL}`")
            values[key] = value.strip()
        elif key == "formats":
            values[key] = parse_formats(value, path, line)
        elif key == "strict":
            if not isinstance(value, bool):
                raise DossierError("E403", path, line, "`strict` must be true or false", "write `strict: true`")
            values[key] = value
        elif key == "jobs":
            values[key] = check_jobs(value, path, line)
    return Config(root=root, source=path, **values)


def parse_formats(value, path, line) -> tuple[str, ...]:
    code = "E403" if path else "E402"
    items = value.split(",") if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)) or not all(isinstance(v, str) for v in items):
        raise DossierError(code, path, line, "formats must be a list of html and pdf", "e.g. `formats: [html, pdf]`")
    formats = tuple(dict.fromkeys(v.strip() for v in items if v.strip()))
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        what = f"unknown format `{bad[0]}`" if bad else "no format given"
        raise DossierError(code, path, line, what, "use html, pdf or both (html,pdf)")
    return formats


def check_jobs(value, path, line) -> int:
    code = "E403" if path else "E404"
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 64:
        raise DossierError(code, path, line, f"jobs must be {_KEYS['jobs']}, not {str(value)[:20]!r}",
                           "e.g. 2; leave it out to use what helps")
    return value
