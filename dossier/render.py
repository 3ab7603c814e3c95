"""Render a fact file and its article into a memo's HTML, with Jinja in its sandbox.

Templates are the editors' to restyle, so every way they can break ends in one
located line: a syntax error, an undefined variable (Jinja names no template
line by itself: it is read from the traceback's template frames here), a
missing include. Article text is autoescaped: an article's `<script>` is shown,
never run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import traceback
from collections import OrderedDict
from pathlib import Path

from .errors import DossierError
from .facts import SPLIT

THEME = Path(__file__).resolve().parent / "theme"  # the default theme, shipped with the package
TEMPLATES = THEME  # kept for callers that name the default folder
MEMO_TEMPLATE = "memo.html.j2"
TYPE_LABEL = {"person": "Person", "org": "Organisation", "country": "Country", "place": "Place",
              "group": "Group", "unnamed": "Unnamed source",
              "document": "Document"}


def search_path(folder: Path | None = None) -> list[Path]:
    """Where templates are looked up: a project's folder first, file by file, then the default theme.

    A project overrides single files (``templates/partials/header.html.j2``) without copying the theme."""
    if folder is None or folder.resolve() == THEME.resolve():
        return [THEME]
    return [folder, THEME]


def templates_hash(folder: Path | None = None) -> str:
    h = hashlib.sha256()
    for layer, root in enumerate(search_path(folder)):
        if not root.is_dir():
            continue
        for p in sorted(root.rglob("*")):
            if p.is_file():
                h.update(f"{layer}:".encode() + p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def environment(folder: Path | None = None):
    from jinja2 import FileSystemLoader, StrictUndefined, select_autoescape
    from jinja2.sandbox import SandboxedEnvironment

    loader = FileSystemLoader([str(p) for p in search_path(folder)])
    env = SandboxedEnvironment(loader=loader, undefined=StrictUndefined,
                               autoescape=select_autoescape(["html", "j2", "xml"], default_for_string=True),
                               trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    return env


def _markdown(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).render(text or "")


def _short(text: str, limit: int = 150) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def build_date(epoch: int) -> str:
    return dt.datetime.fromtimestamp(epoch, tz=dt.timezone.utc).strftime("%Y-%m-%d")


def context(facts: dict, paragraphs: list[str], build: dict, target: str) -> dict:
    """Everything a memo template reads, computed once here so templates stay simple."""
    actors = {a["id"]: a for a in facts["actors"]}
    quotes = [q for q in facts["quotes"] if q.get("status") != "rejected"]
    notes = []  # citations, numbered in reading order
    groups: OrderedDict[str, dict] = OrderedDict()
    for q in quotes:
        key = q["speaker"] or "_unknown"
        if key not in groups:
            a = actors.get(q["speaker"]) if q["speaker"] else None
            groups[key] = {"id": key, "name": a["name"] if a else "Speaker not identified",
                           "title": _role(a) if a else "", "quotes": []}
        notes.append({"n": len(notes) + 1, "paragraph": q["paragraph"], "quote": q["id"]})
        parts = [display_part(p) for p in q["text"].split(SPLIT)]
        groups[key]["quotes"].append({"id": q["id"], "kind": q["kind"], "parts": parts, "cue": q.get("cue"),
                                      "label": reported_label(q.get("cue")),
                                      "paragraph": q["paragraph"], "note": len(notes),
                                      "status": q.get("status") or "machine", "origin": q.get("origin") or "machine",
                                      "notes": q.get("note") or ""})
    said = {}
    for q in quotes:
        said.setdefault(q["speaker"], q)
    rows = []
    for a in facts["actors"]:
        n_quotes = sum(1 for q in quotes if q["speaker"] == a["id"])
        mentions = len(a.get("paragraphs") or [])
        if a["type"] in ("country", "place", "org") and not n_quotes:
            continue
        if a["type"] == "unnamed" and not n_quotes:
            continue
        first = said.get(a["id"])
        summary = a.get("summary") or (_short(first["text"].replace(SPLIT, " … ")) if first else "")
        rows.append({"id": a["id"], "name": a["name"], "type": TYPE_LABEL.get(a["type"], a["type"]),
                     "role": _role(a), "mentions": mentions, "quotes": n_quotes, "said": summary,
                     "said_kind": first["kind"] if first else None})
    rows.sort(key=lambda r: (-r["quotes"], -r["mentions"]))
    places = [a["name"] for a in facts["actors"] if a["type"] in ("country", "place")]
    quoted_ids = {q["speaker"] for q in quotes}
    orgs = [a["name"] for a in facts["actors"] if a["type"] == "org" and a["id"] not in quoted_ids]
    lead = next((t for t in paragraphs if len(t.split()) >= 12), paragraphs[0] if paragraphs else "")
    review = {"checked": sum(1 for q in quotes if q.get("status") == "checked"),
              "rejected": sum(1 for q in facts["quotes"] if q.get("status") == "rejected"),
              "added": sum(1 for q in quotes if q.get("origin") == "editor")
              + sum(1 for a in facts["actors"] if a.get("origin") == "editor"),
              "key_points": bool(facts.get("key_points"))}
    review["reviewed"] = any(review.values())
    src = {k: None for k in ("title", "date", "outlet", "url", "licence", "license", "author", "path")}
    src.update(facts["source"])
    src["licence"] = src["licence"] or src["license"]
    src["title"] = src["title"] or src["file"]
    return {
        "target": target,
        "title": src["title"],
        "source": src,
        "reference": "DOS-" + src["sha256"][:8].upper(),
        "date": src.get("date") or "undated",
        "summary_html": _markdown(facts.get("summary") or lead),
        "summary_is_lead": not facts.get("summary") or " ".join(facts["summary"].split()) == " ".join(lead.split()),
        "key_points_html": [_inline_markdown(k) for k in facts.get("key_points") or []],
        "review": review,
        "actors": rows,
        "places": places,
        "orgs": orgs,
        "groups": list(groups.values()),
        "notes": notes,
        "n_quotes": len(quotes),
        "n_direct": sum(1 for q in quotes if q["kind"] == "direct"),
        "n_people": sum(1 for a in facts["actors"] if a["type"] == "person"),
        "annex": annex(paragraphs, quotes),
        "build": build,
        "keywords": ", ".join(r["name"] for r in rows[:8]),
    }


def display_part(text: str) -> str:
    """A quoted part as shown: the comma of `"We are ready," she said` belongs to the sentence around
    the quote, not to the words quoted (the fact file keeps them verbatim, comma and all)."""
    text = text.strip()
    return text[:-1].rstrip() if text.endswith(",") else text


REPORT_CUES = {"report", "reports", "reported", "reporting"}


def reported_label(cue: str | None) -> str:
    """The label of reported speech: "Reported", with its cue unless the cue says the same."""
    if not cue or cue.strip().lower() in REPORT_CUES:
        return "Reported"
    return f"Reported · {cue.strip()}"


def _inline_markdown(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).renderInline(text or "")


def _role(a: dict) -> str:
    parts = [p for p in (a.get("title"), a.get("affiliation")) if p]
    if len(parts) == 2 and parts[1].lower() in parts[0].lower():
        parts = parts[:1]
    return ", ".join(parts)


def annex(paragraphs: list[str], quotes: list[dict]) -> list[dict]:
    """Numbered paragraphs split into segments, quoted passages marked with their quote id."""
    marks: dict[int, list[tuple[int, int, str, str]]] = {}
    for q in quotes:
        n = q["paragraph"]
        if n > len(paragraphs):
            continue
        text = paragraphs[n - 1]
        for part in q["text"].split(SPLIT):
            part = part.strip()
            at = text.find(part) if part else -1
            if at >= 0:
                marks.setdefault(n, []).append((at, at + len(part), q["id"], q["kind"]))
    out = []
    for i, text in enumerate(paragraphs, start=1):
        segs, pos = [], 0
        for a, b, qid, kind in sorted(marks.get(i, [])):
            if a < pos:
                continue
            if a > pos:
                segs.append({"text": text[pos:a], "quote": None})
            segs.append({"text": text[a:b], "quote": qid, "kind": kind})
            pos = b
        if pos < len(text):
            segs.append({"text": text[pos:], "quote": None})
        out.append({"n": i, "segments": segs})
    return out


def render_html(facts: dict, paragraphs: list[str], build: dict, target: str = "html",
                folder: Path | None = None) -> str:
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError, UndefinedError
    from jinja2.sandbox import SecurityError

    env = environment(folder)
    try:
        template = env.get_template(MEMO_TEMPLATE)
        return template.render(**context(facts, paragraphs, build, target))
    except TemplateSyntaxError as exc:
        raise DossierError("E301", _tpl(folder, exc.filename or exc.name), exc.lineno,
                           f"template syntax: {exc.message}", "fix the template at that line") from None
    except TemplateNotFound as exc:
        path, line = _template_frame(exc, folder)
        raise DossierError("E302", path, line, f"template `{exc.name}` not found",
                           f"create it under {search_path(folder)[0]}/ or fix the name in the include") from None
    except UndefinedError as exc:
        path, line = _template_frame(exc, folder)
        raise DossierError("E303", path, line, f"undefined in template: {exc.message}",
                           "use a variable the memo provides (see dossier/render.py: context)") from None
    except SecurityError as exc:
        path, line = _template_frame(exc, folder)
        raise DossierError("E304", path, line, f"not allowed in a template: {exc}",
                           "templates run sandboxed: remove the unsafe expression") from None
    except TemplateError as exc:
        path, line = _template_frame(exc, folder)
        raise DossierError("E305", path, line, f"template error: {exc}", "fix the template") from None


def _tpl(folder: Path | None, name: str | None) -> str:
    """The template file a Jinja error names: Jinja gives the loader's path, already joined to its folder."""
    if not name:
        return str(folder or THEME)
    if Path(name).is_file():
        return name
    for root in search_path(folder):
        if (root / name).is_file():
            return str(root / name)
    return str(Path(search_path(folder)[0]) / name)


def _template_frame(exc: BaseException, folder: Path | None) -> tuple[str, int | None]:
    """The innermost template file and line in an exception's traceback."""
    frames = traceback.extract_tb(exc.__traceback__)
    roots = [str(r.resolve()) for r in search_path(folder)] + [str(r) for r in search_path(folder)]
    for fr in reversed(frames):
        if fr.filename.startswith(tuple(roots)) or fr.filename.endswith((".j2", ".html", ".css")):
            return fr.filename, fr.lineno
    return _tpl(folder, MEMO_TEMPLATE), None
