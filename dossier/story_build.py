"""Building story memos after the articles' memos, deciding what to redo by content.

For each story file, two hashes: the *facts* hash (the story's article fact
files, the register, dossier's version) says when the story's facts must be
computed again; the *memo* hash (the story's fact file, the story file, the
article fact files, the templates, the build date) says when the memo must be
rendered again. Both are kept in ``OUT/.build/story-NAME.json``; a no-op build
reads a few files and hashes them, nothing more.

Outputs: ``OUT/stories/NAME.yaml`` (the story's facts: review and commit it),
``OUT/stories/.machine/NAME.yaml`` (the last machine output, for the
three-way merge), ``OUT/stories/NAME.html`` and ``.pdf``, and
``OUT/stories/actors.proposed.yaml`` (register entries extraction proposes).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from . import __version__, confine
from .errors import DossierError, as_problem
from .facts import write_atomic
from .stories import REGISTER_NAME, Story, find_stories, read_register, read_story

SEEDS_RECORD = "seeds.json"


def register_path(stories_dir: Path) -> Path:
    """The register lives beside the stories folder: ``actors.yaml`` at a project's root."""
    return stories_dir.parent / REGISTER_NAME


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(hashlib.sha256(p).digest())
    return h.hexdigest()


def record_seeds(out: Path, seeds: Path) -> list[Path]:
    """The folders this output folder's articles were read from: a story reads its articles only from them."""
    path = out / ".build" / SEEDS_RECORD
    try:
        known = json.loads(path.read_text())
        known = [k for k in known if isinstance(k, str)] if isinstance(known, list) else []
    except (OSError, ValueError):
        known = []
    me = str(seeds.resolve())
    if me not in known:
        known = sorted({*known, me})
        write_atomic(path, json.dumps(known))
    return [Path(k) for k in known]


def build_stories(stories_dir: Path | None, seeds: Path, out: Path, root: Path, dates,
                  formats: tuple[str, ...], templates: Path | None, force: bool, outcome,
                  jobs: int | None = None) -> None:
    """Every story of ``stories_dir``: facts computed where their inputs changed, memos rendered likewise.

    ``dates.of(*paths)`` dates a memo by its own inputs (the story file, its articles' fact files, the
    register, the story's facts, the project's templates), as article memos are; each format is
    stamped apart, so an HTML preview never makes the PDF stale. With more than one process, the PDFs
    are written by a forked process started as soon as one is due (``pdf.Renderer``): it loads WeasyPrint
    and the fonts while this one computes the story's facts and HTML."""
    paths = find_stories(stories_dir)
    if not paths:
        return
    pdfs = _Pdfs(templates, fork=(jobs or os.cpu_count() or 1) > 1)
    try:
        _build_stories(paths, stories_dir, seeds, out, root, dates, formats, templates, force, outcome, pdfs)
    finally:
        pdfs.close()


class _Pdfs:
    """Writes the stories' PDFs: in a forked ``pdf.Renderer`` once ``start`` is called (with ``fork``), else here."""

    def __init__(self, templates: Path | None, fork: bool):
        self.templates, self.fork, self.renderer = templates, fork, None

    def start(self) -> None:
        if self.fork and self.renderer is None:
            from .pdf import Renderer

            self.renderer = Renderer(self.templates)

    def submit(self, html: str, attachment: tuple[str, bytes] | None, epoch: int):
        """A function giving the PDF's bytes: written meanwhile by the renderer if started, else here, now."""
        if self.renderer is not None:
            return self.renderer.submit(html, self.templates, attachment=attachment, epoch=epoch)
        from .pdf import write_pdf

        pdf = write_pdf(html, self.templates, attachment=attachment, epoch=epoch)
        return lambda: pdf

    def close(self) -> None:
        if self.renderer is not None:
            self.renderer.close()
            self.renderer = None


def _build_stories(paths, stories_dir, seeds, out, root, dates, formats, templates, force, outcome, pdfs) -> None:
    from .render import templates_hash

    seed_roots = confine.resolved([root, out, *record_seeds(out, seeds)])
    reg_path = register_path(stories_dir)
    reg_bytes = reg_path.read_bytes() if reg_path.is_file() else b""
    register = None
    digest = templates_hash(templates)
    stems = sorted(p.stem for p in out.glob("*.yaml"))
    failed = {e.path for e in outcome.failures}
    for path in paths:
        try:
            story = read_story(path)
            members = story.matches(stems)
            fact_paths = [out / f"{s}.yaml" for s in members]
            if any(str(p) in failed for p in fact_paths):
                continue
            fact_bytes = [p.read_bytes() for p in fact_paths]
            facts_hash = _digest(reg_bytes, __version__.encode(), *[s.encode() for s in members], *fact_bytes)
            folder = out / "stories"
            sfacts_path = folder / f"{story.name}.yaml"
            stamp_path = out / ".build" / f"story-{story.name}.json"
            stamp = _read_stamp(stamp_path)
            wanted = [folder / f"{story.name}.{f}" for f in formats]
            own = [path, *fact_paths, *(p for p in (reg_path, sfacts_path) if p.is_file()),
                   *([templates] if templates else [])]
            epoch = dates.of(*own)
            fresh_facts = not force and stamp.get("facts") == facts_hash and sfacts_path.is_file()
            stale = formats
            if fresh_facts:
                memo_hash = _digest(sfacts_path.read_bytes(), path.read_bytes(), digest.encode(), str(epoch).encode(),
                                    __version__.encode(), *fact_bytes)
                stale = tuple(f for f, p in zip(formats, wanted, strict=True)
                              if stamp.get(f) != memo_hash or not p.is_file())
                if not stale:
                    continue
            if "pdf" in stale:
                pdfs.start()  # WeasyPrint loads in its own process while the facts and the HTML are made here
            if register is None:
                register = read_register(reg_path)
            articles = _load_articles(fact_paths, members, fact_bytes, root, seed_roots, out / ".build" / "facts")
            sfacts = None
            if not fresh_facts:
                sfacts = _update_facts(story, sfacts_path, articles, register, epoch, outcome)
                _propose(folder, articles, register)
            if sfacts is None:  # an editor's file (or one built before): read back and checked
                from .story_facts import load_story_facts

                sfacts = load_story_facts(sfacts_path)
            _render(story, sfacts, articles, folder, epoch, stale, templates, sfacts_path, pdfs)
            memo_hash = _digest(sfacts_path.read_bytes(), path.read_bytes(), digest.encode(), str(epoch).encode(),
                                __version__.encode(), *fact_bytes)
            kept = {f: h for f, h in stamp.items() if f in ("html", "pdf") and fresh_facts}
            write_atomic(stamp_path, json.dumps({**kept, "facts": facts_hash, **dict.fromkeys(stale, memo_hash)}))
            outcome.rendered.append(f"stories/{story.name}")
        except (DossierError, OSError) as exc:
            outcome.failures.append(as_problem(exc))


def _read_stamp(path: Path) -> dict:
    try:
        data = json.loads(path.read_text())
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def _load_articles(fact_paths: list[Path], stems: list[str], fact_bytes: list[bytes], root: Path,
                   roots, cache: Path | None = None) -> dict[str, dict]:
    """Each article's reviewed facts (checked, every quote verified) and its paragraphs' text.

    A fact file checked once is kept in ``cache`` as JSON under the hash of its bytes: parsing YAML is most
    of a story's load time, and a story is rebuilt with the same articles whenever one of them changes."""
    from .facts import read_facts, verified
    from .sources import read_article

    out = {}
    for path, stem, data in zip(fact_paths, stems, fact_bytes):
        facts, fresh = read_facts(path, data, cache)
        src = facts["source"].get("path") or facts["source"]["file"]
        article_path = Path(src) if Path(src).is_absolute() else root / src
        article = read_article(confine.check(article_path, roots, "article"), roots)
        problems = verified(facts, fresh, path, data, article, cache)
        if problems:
            raise problems[0]
        out[stem] = {"facts": facts, "paragraphs": [p.text for p in article.paragraphs],
                     "facts_sha256": hashlib.sha256(data).hexdigest()}
    return out


def _update_facts(story: Story, sfacts_path: Path, articles: dict, register, epoch: int, outcome) -> dict | None:
    """Compute the story's facts, merge them with the editor's file, and note what changed since the last ones."""
    from .render import build_date
    from .story_facts import changes, compute, dump, ensure_schema_copy, load_story_facts, merge, plain_yaml

    new = compute(story, [{"stem": s, **a} for s, a in articles.items()], register)
    base_path = sfacts_path.parent / ".machine" / sfacts_path.name
    previous = load_story_facts(sfacts_path) if sfacts_path.is_file() else None
    current = sfacts_path.read_text(encoding="utf-8") if previous is not None else None
    base = load_story_facts(base_path) if base_path.is_file() else None
    untouched = previous is None or (base is not None and previous == base)
    if untouched:  # no editor has been here: the new facts as they are, no round-trip YAML needed
        current = None
    merged = new if current is None else plain_yaml(merge(current, base, new)[0])
    core = ("articles", "actors", "events", "quotes")
    if previous is None or any(previous.get(k) != merged.get(k) for k in core):
        new["built"] = build_date(epoch)
        new["changes"] = changes(previous, merged, previous.get("built") if previous else None)
    else:  # nothing new: what changed last time still stands
        new["built"] = previous.get("built")
        new["changes"] = previous.get("changes") or changes(None, merged, None)
    text, notes = merge(current, base, new)
    outcome.notes += [f"{sfacts_path}: {n}" for n in notes]
    ensure_schema_copy(sfacts_path.parent)
    machine = dump(new)
    write_atomic(base_path, machine)
    write_atomic(sfacts_path, text)
    # no editor's file merged in: the facts just written are ``new`` itself, no need to read them back
    return new if text == machine else None


def _propose(folder: Path, articles: dict, register) -> None:
    """Register entries for the people the story's articles name and the register does not: editors confirm them."""
    from .stories import fold

    known = {fold(n) for e in register for n in (e.name, *e.aliases)}
    proposed: dict[str, dict] = {}
    for a in articles.values():
        for actor in a["facts"]["actors"]:
            if actor["type"] != "person" or len(actor["name"].split()) < 2 or fold(actor["name"]) in known:
                continue
            entry = proposed.setdefault(fold(actor["name"]), {"name": actor["name"], "type": "person",
                                                              "aliases": []})
            for al in actor.get("aliases") or []:
                if al not in entry["aliases"] and fold(al) not in known:
                    entry["aliases"].append(al)
    path = folder / "actors.proposed.yaml"
    old = {}
    if path.is_file():
        import yaml

        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            old = {fold(e["name"]): e for e in data.get("actors") or [] if isinstance(e, dict) and "name" in e}
        except (yaml.YAMLError, AttributeError, TypeError):
            old = {}
    merged = {**old, **proposed}
    merged = {k: v for k, v in merged.items() if k not in known}
    if not merged:
        return
    import yaml

    text = ("# People the stories' articles name that actors.yaml does not: copy the right ones into actors.yaml\n"
            "# (add a wikidata id if you know it); dossier rewrites this file, never actors.yaml.\n"
            + yaml.safe_dump({"actors": [merged[k] for k in sorted(merged)]}, sort_keys=False, allow_unicode=True))
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        write_atomic(path, text)


def _render(story: Story, sfacts: dict, articles: dict, folder: Path, epoch: int, formats: tuple[str, ...],
            templates: Path | None, sfacts_path: Path | None = None, pdfs: _Pdfs | None = None) -> None:
    from .build import write_together
    from .render import build_date
    from .story_render import context, render_story_html

    build = {"dossier": __version__, "date": build_date(epoch), "date_iso": build_date(epoch) + "T00:00:00Z"}
    outputs: dict[Path, bytes] = {}
    ctx = context(story, sfacts, articles, build, "html")  # one context serves both: only `target` differs
    pdf = None
    if "pdf" in formats:  # first: a forked renderer lays it out while the HTML is made here
        pdfs = pdfs or _Pdfs(templates, fork=False)
        attachment = (sfacts_path.name, sfacts_path.read_bytes()) if sfacts_path and sfacts_path.is_file() else None
        pdf = pdfs.submit(render_story_html({**ctx, "target": "pdf"}, templates), attachment, epoch)
    if "html" in formats:
        outputs[folder / f"{story.name}.html"] = render_story_html(ctx, templates).encode()
    if pdf is not None:
        outputs[folder / f"{story.name}.pdf"] = pdf()
    write_together(outputs)
