"""Story files and the actor register: what an editor writes, read with located errors.

A story file (``stories/NAME.yaml``) says which articles a briefing covers and
holds the fields only an editor writes: the bottom line, the key points and the
handling marking. Articles are named by their file name or stem, or by a
shell-style pattern (``2019-09-*-prorogation-*``) matched against the names of
the project's fact files. The register (``actors.yaml`` beside the stories
folder) names people and bodies the same way in every memo: a canonical name,
aliases, a type and optional identifiers such as a Wikidata id.

Both are user input: every way they can be wrong ends in one line naming the
file and the line (E601-E604), never a traceback.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DossierError
from .safeyaml import key_lines, load_yaml_text, read_yaml_text

STORY_KEYS = {
    "title": "the story's title, text",
    "question": "the question the memo answers, text",
    "articles": "a list of article names or patterns",
    "bottom_line": "the editor's bottom line, text (Markdown allowed)",
    "key_points": "a list of the editor's key points, each text",
    "handling": "the handling marking, e.g. OFFICIAL",
}
REQUIRED = ("title", "articles")
MAX_TEXT = 5_000  # a title, a bottom line: a paragraph, not a book
MAX_ITEMS = 200
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
ACTOR_TYPES = ("person", "org", "country", "place", "group", "topic")  # topic: not an actor
REGISTER_NAME = "actors.yaml"


@dataclass(frozen=True)
class Story:
    name: str  # the file's stem: names the outputs
    path: Path
    title: str
    articles: tuple[str, ...]
    question: str | None = None
    bottom_line: str | None = None
    key_points: tuple[str, ...] = ()
    handling: str | None = None
    lines: dict = field(default_factory=dict, compare=False)  # key -> line, for later located errors

    def matches(self, stems: list[str]) -> list[str]:
        """The stems this story covers, in the order given; each pattern must match at least one."""
        found: list[str] = []
        for i, pattern in enumerate(self.articles):
            p = re.sub(r"\.(md|txt)$", "", pattern)
            hits = [s for s in stems if fnmatch.fnmatchcase(s, p)]
            if not hits:
                raise DossierError("E602", self.path, self.lines.get(("articles", i)),
                                   f"`{pattern}` matches no extracted article",
                                   "check the name against the fact files (reports/NAME.yaml), or extract the "
                                   "article first")
            found += [h for h in sorted(hits) if h not in found]
        return found


def find_stories(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.yaml") if p.is_file() and not p.name.startswith("."))


def _text(value, path, line, key, required=False) -> str | None:
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise DossierError("E601", path, line, f"`{key}` must be {STORY_KEYS.get(key, 'text')}",
                           f"write it as text, e.g. `{key}: ...`" + ("" if required else ", or leave it out"))
    if len(value) > MAX_TEXT:
        raise DossierError("E601", path, line, f"`{key}` is {len(value):,} characters, over {MAX_TEXT:,}",
                           "shorten it")
    return value.strip()


def parse_story(text: str, path: Path) -> Story:
    """A story from its YAML text; one located E601 for anything wrong."""
    data = load_yaml_text(text, path, code="E601")
    lines = key_lines(text)
    if not isinstance(data, dict):
        raise DossierError("E601", path, 1, "a story file is a mapping: title, articles, and the editor's fields",
                           "start from the example in README: Stories")
    for key in data:
        if key not in STORY_KEYS:
            raise DossierError("E601", path, lines.get(str(key)), f"unknown key `{str(key)[:40]}`",
                               f"use one of: {', '.join(STORY_KEYS)} (or fix its spelling)")
    for key in REQUIRED:
        if key not in data:
            raise DossierError("E601", path, 1, f"`{key}` is missing", f"add `{key}:` ({STORY_KEYS[key]})")
    title = _text(data["title"], path, lines.get("title"), "title", required=True)
    arts = data["articles"]
    if not isinstance(arts, list) or not arts:
        raise DossierError("E601", path, lines.get("articles"), "`articles` must be a non-empty list of article "
                           "names or patterns", "write one `- name` line per article")
    if len(arts) > MAX_ITEMS:
        raise DossierError("E601", path, lines.get("articles"), f"{len(arts)} articles, over {MAX_ITEMS}",
                           "split the story")
    for i, a in enumerate(arts):
        if not isinstance(a, str) or not a.strip() or "/" in a or "\\" in a or a.strip() in (".", ".."):
            raise DossierError("E601", path, lines.get(("articles", i), lines.get("articles")),
                               f"article {i + 1} must be a file name or a pattern, not {str(a)[:40]!r}",
                               "write the article's file name (no folder), e.g. `2019-09-11-uk-*`")
    points = data.get("key_points") or []
    if not isinstance(points, list):
        raise DossierError("E601", path, lines.get("key_points"), "`key_points` must be a list of text",
                           "write one `- point` line per key point")
    for i, p in enumerate(points):
        _text(p, path, lines.get(("key_points", i), lines.get("key_points")), "key_points", required=True)
    return Story(name=path.stem, path=path, title=title, articles=tuple(a.strip() for a in arts),
                 question=_text(data.get("question"), path, lines.get("question"), "question"),
                 bottom_line=_text(data.get("bottom_line"), path, lines.get("bottom_line"), "bottom_line"),
                 key_points=tuple(p.strip() for p in points),
                 handling=_text(data.get("handling"), path, lines.get("handling"), "handling"), lines=lines)


def read_story(path: Path) -> Story:
    if not NAME.match(path.stem):
        raise DossierError("E601", path, None, "a story's file name must be letters, digits, `.`, `_` or `-`",
                           "rename it, e.g. `stories/prorogation.yaml`")
    return parse_story(read_yaml_text(path), path)


# -- the register ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None


REGISTER_KEYS = ("id", "name", "type", "aliases", "wikidata", "note")
WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def parse_register(text: str, path: Path) -> list[Entry]:
    data = load_yaml_text(text, path, code="E603")
    lines = key_lines(text)
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) != {"actors"} or not isinstance(data["actors"], list):
        raise DossierError("E603", path, 1, "the register is a mapping with one key, `actors`, a list",
                           "write `actors:` then one `- name: ...` entry per person or body")
    entries: list[Entry] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(data["actors"]):
        line = lines.get(("actors", i))
        if not isinstance(item, dict):
            raise DossierError("E603", path, line, f"entry {i + 1} is not a mapping", "write `- name: ...`")
        for k in item:
            if k not in REGISTER_KEYS:
                raise DossierError("E603", path, lines.get(("actors", i, k), line), f"unknown key `{str(k)[:40]}`",
                                   f"use one of: {', '.join(REGISTER_KEYS)}")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise DossierError("E603", path, line, f"entry {i + 1} has no `name`", "give its canonical name")
        typ = item.get("type", "person")
        if typ not in ACTOR_TYPES:
            raise DossierError("E603", path, lines.get(("actors", i, "type"), line),
                               f"type `{str(typ)[:20]}` is not one of {', '.join(ACTOR_TYPES)}", "fix the type")
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise DossierError("E603", path, lines.get(("actors", i, "aliases"), line),
                               "`aliases` must be a list of names", "e.g. `aliases: [Johnson, the Prime Minister]`")
        wd = item.get("wikidata")
        if wd is not None and (not isinstance(wd, str) or not WIKIDATA.match(wd)):
            raise DossierError("E603", path, lines.get(("actors", i, "wikidata"), line),
                               f"`wikidata` must be an item id like Q180589, not {str(wd)[:20]!r}",
                               "copy the Q-number from the person's Wikidata page")
        eid = item.get("id") or slug(name)
        if not isinstance(eid, str) or not ID.match(eid):
            raise DossierError("E603", path, lines.get(("actors", i, "id"), line),
                               f"id `{str(eid)[:40]}` must be lower-case letters, digits and `-`", "fix the id")
        for n in (name, *aliases):
            key = fold(n)
            if key in seen and seen[key] != i:
                raise DossierError("E604", path, line, f"`{n}` names two entries ({seen[key] + 1} and {i + 1})",
                                   "keep the name on one entry; people who share a surname need full names")
            seen[key] = i
        entries.append(Entry(id=eid, name=name.strip(), type=typ, aliases=tuple(a.strip() for a in aliases),
                             wikidata=wd))
    return entries


def read_register(path: Path) -> list[Entry]:
    if not path.is_file():
        return []
    return parse_register(read_yaml_text(path), path)


def fold(name: str) -> str:
    """A name folded for comparison: accents, case, punctuation and `the` do not count."""
    import unicodedata

    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^\w\s]", " ", s)
    words = s.split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def slug(name: str) -> str:
    return re.sub(r"-+", "-", re.sub(r"[^a-z0-9]+", "-", fold(name))).strip("-") or "actor"
