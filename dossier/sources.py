"""Read an article (``.txt`` or ``.md``) into a title, metadata and numbered paragraphs.

Body paragraphs are numbered from 1, title and front matter excluded: that
number is the citation unit everywhere (fact files, memo footnotes, annex).
Every check a user's file can fail is made here, before any model is loaded,
so a bad article costs nothing and says exactly what is wrong with it.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DossierError, decode_utf8, line_of
from .safeyaml import load_yaml_text

MAX_ARTICLE_BYTES = 2_000_000  # about 300,000 words: no news article comes near it
ARTICLE_SUFFIXES = (".txt", ".md")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_SPACES = re.compile(r"[ \t\r\f\v]+")


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based, the citation unit
    text: str
    line: int  # first line of the paragraph in the source file


@dataclass
class Article:
    path: Path
    title: str
    paragraphs: list[Paragraph]
    sha256: str
    meta: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def stem(self) -> str:
        return self.path.stem

    @property
    def words(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)


def find_articles(folder: Path) -> list[Path]:
    """Articles in a folder, sorted; README files are documentation, not articles."""
    if not folder.is_dir():
        raise DossierError("E101", folder, None, "no such folder of articles",
                           "create it or point SEEDS= at the folder that holds the articles")
    return sorted(p for p in folder.iterdir()
                  if p.suffix in ARTICLE_SUFFIXES and p.is_file() and p.stem.upper() != "README")


def read_article(path: Path, roots: tuple[Path, ...] | None = None) -> Article:
    """An article; with ``roots`` (resolved folders), one that a link leads outside them is refused (E109)."""
    if roots is not None:
        from .confine import check

        check(path, roots, "article")
    data = path.read_bytes()
    return parse_article(path, data)


def parse_article(path: Path, data: bytes) -> Article:
    if len(data) > MAX_ARTICLE_BYTES:
        raise DossierError("E102", path, None, f"the article is {len(data):,} bytes, over the "
                           f"{MAX_ARTICLE_BYTES:,}-byte limit", "split it or remove what is not the article's text")
    if b"\x00" in data:
        raise DossierError("E103", path, None, "this is a binary file, not an article",
                           "save the article as UTF-8 text (.txt or .md)")
    text = decode_utf8(data, path, "E104")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DossierError("E105", path, None, "the article is empty",
                           "put the title on the first line, then paragraphs separated by blank lines")
    if path.suffix == ".md":
        title, meta, paragraphs = _parse_markdown(path, text)
    else:
        title, meta, paragraphs = _parse_text(text)
    if not paragraphs:
        raise DossierError("E106", path, 1, "the article has a title but no paragraphs",
                           "add the body below the title, paragraphs separated by blank lines")
    return Article(path=path, title=title, paragraphs=paragraphs,
                   sha256=hashlib.sha256(data).hexdigest(), meta=meta)


def _clean(block: str) -> str:
    return _SPACES.sub(" ", block.replace("\n", " ")).strip()


def _parse_text(text: str) -> tuple[str, dict, list[Paragraph]]:
    paragraphs: list[Paragraph] = []
    title = ""
    pos = 0
    for block in _BLANK_LINES.split(text):
        start = text.index(block, pos) if block else pos
        pos = start + len(block)
        if not block.strip():
            continue
        if not title:
            # the first non-empty line is the title; any lines after it in the block are body
            lead = len(block) - len(block.lstrip())
            first, _, rest = block.strip().partition("\n")
            title = _clean(first)
            if rest.strip():
                offset = start + lead + len(first) + 1
                paragraphs.append(Paragraph(len(paragraphs) + 1, _clean(rest), line_of(text, offset)))
            continue
        lead = len(block) - len(block.lstrip())
        paragraphs.append(Paragraph(len(paragraphs) + 1, _clean(block), line_of(text, start + lead)))
    return title, {}, paragraphs


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(\n|\Z)", re.S)


def _parse_markdown(path: Path, text: str) -> tuple[str, dict, list[Paragraph]]:
    from markdown_it import MarkdownIt

    meta: dict = {}
    body_line = 0
    m = _FRONT_MATTER.match(text)
    if m:
        meta = load_yaml_text(m.group(1) or "", path, first_line=2, code="E107")
        if not isinstance(meta, dict):
            raise DossierError("E107", path, 2, "the front matter is not a mapping of keys to values",
                               "write it as `key: value` lines between the two `---` lines")
        meta = _front_matter(meta, m.group(1) or "", path)
        body_line = text.count("\n", 0, m.end())
        text = "\n" * body_line + text[m.end():]  # keep line numbers true to the file
    # Raw HTML stays text: an article's <script> is shown, never run or dropped.
    md = MarkdownIt("commonmark", {"html": False})
    tokens = md.parse(text)
    title = str(meta.get("title") or "").strip()
    paragraphs: list[Paragraph] = []
    for i, tok in enumerate(tokens):
        if tok.type != "inline":
            continue
        plain = _clean(_inline_text(tok))
        if not plain:
            continue
        line = (tok.map[0] + 1) if tok.map else body_line + 1
        if not title and i > 0 and tokens[i - 1].type == "heading_open":
            title = plain
            continue
        paragraphs.append(Paragraph(len(paragraphs) + 1, plain, line))
    if not title and paragraphs:
        first = paragraphs.pop(0)
        title = first.text
        paragraphs = [Paragraph(p.number - 1, p.text, p.line) for p in paragraphs]
    return title, meta, paragraphs


def _inline_text(tok) -> str:
    out = []
    for child in tok.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "image":
            out.append(child.content)
    return "".join(out)


# Front-matter keys that reach the fact file's `source` (and the memo): each one line of text.
SOURCE_KEYS = ("title", "date", "source", "outlet", "url", "licence", "license", "author")


def _front_matter(meta: dict, text: str, path: Path) -> dict:
    """Front matter as plain data; the keys a memo shows as text (`date: 2024` becomes "2024")."""
    out = {str(k): _plain(v) for k, v in meta.items()}
    for key in SOURCE_KEYS:
        value = out.get(key)
        if value is None or isinstance(value, str):
            continue
        if isinstance(value, (bool, int, float)):
            out[key] = str(value).lower() if isinstance(value, bool) else str(value)
            continue
        raise DossierError("E107", path, _key_line(text, key), f"`{key}` must be one line of text, "
                           f"not a {'list' if isinstance(value, list) else 'mapping'}",
                           f"write it as `{key}: text` (quote it if it holds a colon)")
    return out


def _key_line(text: str, key: str) -> int | None:
    """Line in the file of a top-level front-matter key (the front matter starts on line 2)."""
    for i, line in enumerate(text.split("\n")):
        if line.split(":", 1)[0].strip().strip("'\"") == key:
            return i + 2
    return None


def _plain(value):
    """Front-matter values as YAML-safe plain data (dates become ISO strings)."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value
