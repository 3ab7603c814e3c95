"""Render a fact file and its article into a memo's HTML, with Jinja in its sandbox.

Templates are the editors' to restyle, so every way they can break ends in one
located line: a syntax error, an undefined variable (Jinja names no template
line by itself: it is read from the traceback's template frames here), a
missing include. Article text is autoescaped: an article's `<script>` is shown,
never run.

Templates come from anyone on the team, so rendering is bounded: a template
file must stay inside the template folders (no symlink out, E109) and be UTF-8
(E307); sizes given to `range`, to `*` and `**`, to any call or filter, the
rendered output, the wall-clock time and the recursion depth are capped (E306).
Links in a memo are `http`, `https`, `mailto` or the memo's own anchors, and
nothing in it loads a remote resource: links from an article or a summary that
are not are shown as text, and a template that writes one is refused (E304).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import traceback
from collections import OrderedDict
from html.parser import HTMLParser
from pathlib import Path

from . import confine
from .errors import DossierError, decode_utf8
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


# Rendering limits (E306). A memo of the largest article (2 MB) is about 5 MB of HTML.
MAX_OUTPUT = 32_000_000  # characters of rendered HTML
MAX_SIZE = 1_000_000  # an int given to a call or filter, or the length `*` would make
MAX_EXPONENT = 1_000
RENDER_SECONDS = 20.0
SAFE_SCHEMES = ("http", "https", "mailto")


class RenderLimit(Exception):
    """A template went over one of the rendering limits."""


def templates_hash(folder: Path | None = None) -> str:
    h = hashlib.sha256()
    layers = search_path(folder)
    roots = confine.resolved(layers)
    for layer, root in enumerate(layers):
        if not root.is_dir():
            continue
        for p in sorted(root.rglob("*")):
            if p.is_symlink():  # a linked folder too: rglob does not enter it, the loader would
                confine.check(p, roots, "template")
            if p.is_file():
                h.update(f"{layer}:".encode() + p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def _check_size(args, kwargs) -> None:
    for v in (*args, *kwargs.values()):
        if isinstance(v, int) and not isinstance(v, bool) and abs(v) > MAX_SIZE:
            raise RenderLimit(f"a size of {str(v)[:12]}{'…' if len(str(v)) > 12 else ''} (the limit is {MAX_SIZE:,})")


_WIDE_FORMAT = re.compile(r"%[^a-zA-Z%]*\d{7,}|\{[^{}]*\d{7,}[^{}]*\}")


def _check_format(fmt) -> None:
    """A format string asking for a field millions of characters wide (`%0999999999d`, `{:>999999999}`)."""
    if isinstance(fmt, str) and _WIDE_FORMAT.search(fmt):
        raise RenderLimit(f"a format field wider than {MAX_SIZE:,} characters")


_SIZED_FILTERS = ("center", "indent", "wordwrap", "truncate", "batch", "slice", "format", "random")


def _capped(f):
    import functools

    @functools.wraps(f)  # keeps Jinja's pass_context / pass_environment marks
    def capped(*args, **kwargs):
        _check_size(args, kwargs)
        for a in args[:2]:
            _check_format(a)
        return f(*args, **kwargs)

    return capped


def _loader_class():
    import posixpath

    from jinja2 import FileSystemLoader, TemplateNotFound
    from jinja2.loaders import split_template_path

    class ConfinedLoader(FileSystemLoader):
        """Template files from the search path only: no symlink out (E109), UTF-8 or a located E307."""

        def __init__(self, roots: list[Path]):
            super().__init__([str(Path(r).absolute()) for r in roots])
            self.allowed = confine.resolved(roots)

        def _first(self, pieces: list[str]) -> str | None:
            """The template's file in the first folder of the search path that has it."""
            return next((f for f in (posixpath.join(r, *pieces) for r in self.searchpath) if os.path.isfile(f)), None)

        def get_source(self, environment, template):
            pieces = split_template_path(template)
            filename = self._first(pieces)
            if filename is None:
                raise TemplateNotFound(template)
            confine.check(Path(filename), self.allowed, "template")
            with open(filename, "rb") as f:
                data = f.read()
            text = decode_utf8(data, filename, "E307")

            def uptodate() -> bool:  # the same file found first, confined, with the same bytes
                try:
                    if self._first(pieces) != filename:
                        return False
                    confine.check(Path(filename), self.allowed, "template")
                    with open(filename, "rb") as f:
                        return f.read() == data
                except (OSError, DossierError):
                    return False

            return text, os.path.normpath(filename), uptodate

    return ConfinedLoader


_ENVIRONMENTS: dict[tuple[str, ...], object] = {}


def environment(folder: Path | None = None):
    """The sandboxed environment of a template folder, one per process: its compiled templates are kept.

    A kept template is used again only while its file is still the one found first on the search path,
    confined, with the same bytes (the loader's ``uptodate``): an edited or newly shadowed template is
    compiled again, so the preview and a build see every change, and a build of many memos compiles each
    template once instead of once per memo."""
    key = tuple(str(Path(r).absolute()) for r in search_path(folder))
    env = _ENVIRONMENTS.get(key)
    if env is None:
        env = _ENVIRONMENTS[key] = _new_environment(folder)
    return env


def _new_environment(folder: Path | None = None):
    from jinja2 import StrictUndefined, select_autoescape
    from jinja2.sandbox import SandboxedEnvironment

    class BoundedEnvironment(SandboxedEnvironment):
        intercepted_binops = frozenset(["*", "**", "%"])  # intercepted: never folded at compile time

        def call_binop(self, context, operator, left, right):
            if operator == "*":
                for seq, n in ((left, right), (right, left)):
                    if isinstance(seq, (str, list, tuple)) and isinstance(n, int) and len(seq) * n > MAX_SIZE:
                        raise RenderLimit(f"`*` would make {len(seq) * n:,} items (the limit is {MAX_SIZE:,})")
            if operator == "**" and isinstance(right, (int, float)) and abs(right) > MAX_EXPONENT:
                raise RenderLimit(f"an exponent of {str(right)[:12]} (the limit is {MAX_EXPONENT})")
            if operator == "%":
                _check_format(left)
            return super().call_binop(context, operator, left, right)

        def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 - Jinja's own signature
            _check_size(args, kwargs)
            if getattr(__obj, "__name__", "") in ("format", "format_map"):
                _check_format(getattr(getattr(__obj, "__wrapped__", __obj), "__self__", None))
            return super().call(__context, __obj, *args, **kwargs)

    env = BoundedEnvironment(loader=_loader_class()(search_path(folder)), undefined=StrictUndefined,
                             autoescape=select_autoescape(["html", "j2", "xml"], default_for_string=True),
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    for name in _SIZED_FILTERS:  # the filters whose arguments are sizes
        if name in env.filters:
            env.filters[name] = _capped(env.filters[name])
    return env


def safe_url(url) -> str | None:
    """``url`` if a memo may link to it (http, https, mailto), else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    scheme = re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", url)
    return url if scheme and scheme.group(1).lower() in SAFE_SCHEMES and "\n" not in url else None


def _markdown(text: str) -> str:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False})
    md.validateLink = lambda url: safe_url(url) is not None  # other links stay text
    # an image would be fetched by every reader's browser: its alt text is shown instead
    md.add_render_rule("image", lambda self, tokens, idx, options, env: self.renderInline(
        tokens[idx].children or [], options, env))
    return md.render(text or "")


def _short(text: str, limit: int = 150) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def build_date(epoch: int) -> str:
    return dt.datetime.fromtimestamp(epoch, tz=dt.UTC).strftime("%Y-%m-%d")


def context(facts: dict, paragraphs: list[str], build: dict, target: str, register=None) -> dict:
    """Everything a memo template reads, computed once here so templates stay simple.

    ``register``: the entries of ``actors.yaml``; people it knows are shown under its canonical names."""
    if register:
        from .story_facts import canonical_names

        facts = canonical_names(facts, register)
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
                     "role": _role(a), "earlier": _other_roles(a, "before"), "also": _other_roles(a, None),
                     "mentions": mentions, "quotes": n_quotes, "said": summary,
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
    src["url"] = safe_url(src["url"])  # `javascript:` and the like are not linked (README: Articles)
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


def _other_roles(a: dict, when: str | None) -> list[dict]:
    """A person's other roles the article gives (README: Editing facts): those it places before the main one
    (``when`` "before"), or the rest; each with the paragraph it is cited to."""
    return [{"role": _role(r), "paragraph": r["paragraph"]} for r in a.get("roles") or []
            if isinstance(r, dict) and (r.get("when") == "before") == (when == "before") and _role(r)]


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
                folder: Path | None = None, *, template_name: str = MEMO_TEMPLATE, ctx: dict | None = None,
                register=None) -> str:
    """A memo's HTML; a story memo passes its own template and context (dossier/story_render.py)."""
    from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError, UndefinedError
    from jinja2.sandbox import SecurityError

    env = environment(folder)
    ctx = context(facts, paragraphs, build, target, register) if ctx is None else ctx
    try:
        with _time_limit(RENDER_SECONDS):
            template = env.get_template(template_name)
            out, size = [], 0
            for chunk in template.generate(**ctx):
                size += len(chunk)
                if size > MAX_OUTPUT:
                    raise RenderLimit(f"the memo is over {MAX_OUTPUT:,} characters")
                out.append(chunk)
        html = "".join(out)
    except DossierError:
        raise
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
    except (RenderLimit, RecursionError, MemoryError, OverflowError) as exc:
        path, line = _template_frame(exc, folder)
        what = {RecursionError: "recursion too deep (does a template include itself?)",
                MemoryError: "out of memory"}.get(type(exc), str(exc))
        raise DossierError("E306", path, line, f"rendering limit: {what}",
                           "make the template do less (sizes, loops, includes)") from None
    except Exception as exc:  # {{ 1/0 }}, a filter given the wrong type: the template's error, located
        path, line = _template_frame(exc, folder)
        raise DossierError("E305", path, line, f"template error: {type(exc).__name__}: {exc}",
                           "fix the template") from None
    bad, needle = _refused_markup(html, target)
    if bad:
        path, line = _find_in_templates(folder, needle)
        raise DossierError("E304", path, line, f"the memo would hold {bad}",
                           "memos link only to http, https and mailto, and load nothing from outside") from None
    return html


class _time_limit:
    """A wall-clock limit on the main thread (SIGALRM); elsewhere, none."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.old = None

    def _expired(self, signum, frame):
        raise RenderLimit(f"rendering took more than {self.seconds:g} s")

    def __enter__(self):
        import signal
        import threading

        if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
            self.old = signal.signal(signal.SIGALRM, self._expired)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        import signal

        if self.old is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)
        return False


_RESOURCE_ATTRS = {"src", "srcset", "poster", "data", "background", "action", "formaction", "xlink:href",
                   "ping", "manifest", "codebase", "archive", "lowsrc", "dynsrc"}
_CSS_URL = re.compile(r"url\(\s*['\"]?\s*(?!data:|#)([^'\")\s]*)|@import", re.I)


class _MarkupCheck(HTMLParser):
    def __init__(self, target: str):
        super().__init__(convert_charrefs=True)
        self.target = target
        self.bad: str | None = None
        self.needle: str | None = None  # the text to look for in the templates
        self._in = None

    def _refuse(self, what: str, needle: str):
        if self.bad is None:
            self.bad, self.needle = what[:120], needle

    def handle_starttag(self, tag, attrs):
        self._in = tag
        if tag in ("script", "iframe", "object", "embed", "base", "meta") and not (
                tag == "meta" and not any(k == "http-equiv" for k, _ in attrs)):
            self._refuse(f"a <{tag}> element", f"<{tag}")
        for k, v in attrs:
            v = (v or "").strip()
            if k.startswith("on"):
                self._refuse(f"a script attribute `{k}`", k)
            elif k in _RESOURCE_ATTRS and v and not v.lower().startswith("data:"):
                self._refuse(f"a resource loaded from `{v}`", v)
            elif k == "href" and v and not v.startswith("#"):
                if tag not in ("a", "area") or safe_url(v) is None:
                    self._refuse(f"a link to `{v}`", v)
            elif k == "style":
                self._css(v)

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "style":
            self._css(data)

    def _css(self, css: str):
        m = _CSS_URL.search(css)
        if m and (self.target != "pdf" or m.group(0).lower() == "@import" or ":" in (m.group(1) or "")):
            self._refuse("a stylesheet that loads `" + m.group(0) + "`", m.group(1) or m.group(0))


def _find_in_templates(folder: Path | None, needle: str | None) -> tuple[str, int | None]:
    """The template file and line that wrote ``needle`` literally, if one did; else the memo template."""
    if needle:
        for root in search_path(folder):
            for p in sorted(root.rglob("*")) if root.is_dir() else ():
                if p.suffix in (".j2", ".css", ".html") and p.is_file():
                    text = p.read_bytes().decode("utf-8", "replace")
                    at = text.find(needle)
                    if at >= 0:
                        return str(p), text.count("\n", 0, at) + 1
    return _tpl(folder, MEMO_TEMPLATE), None


def _refused_markup(html: str, target: str) -> tuple[str | None, str | None]:
    """What in a rendered memo would run script, load a resource or link to a refused scheme, if anything.

    For the PDF, relative `url()`s are the shipped fonts, which the offline fetcher alone serves."""
    check = _MarkupCheck(target)
    check.feed(html)
    check.close()
    return check.bad, check.needle


def _tpl(folder: Path | None, name: str | None) -> str:
    """The template file a Jinja error names: Jinja gives the loader's path, already joined to its folder."""
    if not name:
        return str(folder or THEME)
    if Path(name).is_absolute() or Path(name).is_file():
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
