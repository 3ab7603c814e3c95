"""The build: which articles to extract, which memos to render, decided by content.

A fact file records its source's sha256 and the extractor's version; a memo's
stamp (``OUT/.build/NAME.json``) records the hash of everything it was made
from (fact file, article, templates, dossier version, build date). File times
are never consulted: a fresh clone has arbitrary ones, and a reviewed fact file
must not be re-extracted because git happened to write it first. The no-op
path reads a few small files and imports neither spaCy nor WeasyPrint.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .errors import DossierError
from .facts import dump, ensure_schema_copy, load_facts, machine_path, merge, verify_quotes, write_atomic
from .sources import Article, find_articles, read_article

log = logging.getLogger("dossier")


@dataclass
class Outcome:
    extracted: list[str] = field(default_factory=list)
    rendered: list[str] = field(default_factory=list)
    failures: list[DossierError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def build_epoch(root: Path | None = None) -> int:
    """The build date: SOURCE_DATE_EPOCH, else the last commit, never the clock."""
    env = os.environ.get("SOURCE_DATE_EPOCH")
    if env and env.strip().isdigit():
        return int(env)
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root or Path.cwd(), capture_output=True, text=True,
                             timeout=5)
        if out.returncode == 0 and out.stdout.strip().isdigit():
            return int(out.stdout.strip())
    except (OSError, subprocess.SubprocessError):
        pass
    return 0


def _quick_yaml(path: Path):
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(path.read_bytes(), Loader=loader)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError):
        return None


def fact_path_for(article: Article, out: Path) -> Path:
    return out / f"{article.stem}.yaml"


def needs_extraction(article: Article, fact_path: Path, model: str) -> bool:
    from extract import EXTRACTOR_VERSION

    if not fact_path.exists():
        return True
    data = _quick_yaml(fact_path)
    if not isinstance(data, dict):
        load_facts(fact_path)  # a broken file is the editor's to fix: say where, touch nothing
        return False
    src = data.get("source") or {}
    by = data.get("extracted_by") or {}
    return (src.get("sha256") != article.sha256 or by.get("extractor") != EXTRACTOR_VERSION
            or (by.get("model") not in (None, model)))


def save_facts(fact_path: Path, new: dict, source_path: str) -> list[str]:
    """Write a new extraction, merged with whatever an editor has made of the last one."""
    base_path = machine_path(fact_path)
    fresh = dump(new, fact_path, source_path)
    notes: list[str] = []
    if fact_path.exists():
        current = load_facts(fact_path)  # a broken fact file is reported and left as it is
        base = load_facts(base_path) if base_path.exists() else None
        if base is None or current != base:  # an editor has been here: merge, keeping their work
            fresh, notes = merge(fact_path.read_text(encoding="utf-8"), base, new)
    ensure_schema_copy(fact_path)
    write_atomic(base_path, dump(new))
    write_atomic(fact_path, fresh)
    return [f"{fact_path}: {n}" for n in notes]


def memo_inputs_hash(fact_path: Path, article: Article, templates_digest: str, epoch: int) -> str:
    h = hashlib.sha256()
    for part in (fact_path.read_bytes(), article.sha256.encode(), templates_digest.encode(),
                 __version__.encode(), str(epoch).encode()):
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


def check_one(fact_path: Path, article: Article) -> dict:
    facts = load_facts(fact_path)
    if facts["source"]["sha256"] != article.sha256:
        log.warning("%s: the article changed since extraction; run `make report` to re-extract", fact_path)
    problems = verify_quotes(facts, [p.text for p in article.paragraphs], fact_path)
    if problems:
        if len(problems) > 1:
            for p in problems[1:]:
                log.error("%s", p)
        raise problems[0]
    return facts


def render_one(facts: dict, article: Article, out: Path, epoch: int, formats: tuple[str, ...],
               templates: Path | None = None) -> None:
    from .render import build_date, render_html

    by = facts.get("extracted_by") or {}
    build = {"dossier": __version__, "date": build_date(epoch),
             "date_iso": build_date(epoch) + "T00:00:00Z", "model": by.get("model", "unknown"),
             "model_version": by.get("model_version", ""), "extractor": by.get("extractor", "")}
    paragraphs = [p.text for p in article.paragraphs]
    outputs: dict[Path, bytes] = {}
    if "html" in formats:
        outputs[out / f"{article.stem}.html"] = render_html(facts, paragraphs, build, "html", templates).encode()
    if "pdf" in formats:
        from .pdf import write_pdf

        os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
        outputs[out / f"{article.stem}.pdf"] = write_pdf(render_html(facts, paragraphs, build, "pdf", templates), templates)
    for path, data in outputs.items():  # written only once every format rendered
        write_atomic(path, data)


def _progress(items, desc: str, quiet: bool, total: int | None = None):
    import sys

    if quiet or os.environ.get("CI") or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="article", leave=False, total=total)


def run(seeds: Path, out: Path, *, do_extract: bool = True, do_render: bool = True,
        formats: tuple[str, ...] = ("html", "pdf"), force: bool = False, model: str | None = None,
        jobs: int | None = None, quiet: bool = False, templates: Path | None = None,
        strict: bool = False, root: Path | None = None) -> Outcome:
    from extract.runner import model_name

    model = model_name(model)
    root = root or Path.cwd()
    outcome = Outcome()
    articles: list[Article] = []
    for path in find_articles(seeds):
        try:
            articles.append(read_article(path))
        except DossierError as exc:
            outcome.failures.append(exc)
    if do_extract:
        stale = []
        for a in articles:
            try:
                if force or needs_extraction(a, fact_path_for(a, out), model):
                    stale.append(a)
            except DossierError as exc:
                outcome.failures.append(exc)
        if stale:
            _extract(stale, out, model, jobs, quiet, outcome, strict, root)
    if not do_render:
        return outcome
    from .render import templates_hash

    epoch = build_epoch(root)
    digest = templates_hash(templates)
    failed = {e.path for e in outcome.failures}
    todo = []
    for article in articles:
        fact_path = fact_path_for(article, out)
        if not fact_path.exists() or str(fact_path) in failed:
            continue
        stamp = out / ".build" / f"{article.stem}.json"
        inputs = memo_inputs_hash(fact_path, article, digest, epoch)
        wanted = [out / f"{article.stem}.{f}" for f in formats]
        if not force and stamp.exists() and all(p.exists() for p in wanted):
            try:
                if json.loads(stamp.read_text()).get(",".join(formats)) == inputs:
                    continue
            except (OSError, ValueError):
                pass
        todo.append((article, fact_path, stamp, inputs))
    jobs = min(jobs or os.cpu_count() or 1, len(todo))
    if todo:
        log.info("rendering %d memo(s) on %d process(es)", len(todo), jobs)
    for (article, _, stamp, inputs), error in _progress(_render_all(todo, out, epoch, formats, templates, jobs),
                                                       "render", quiet, total=len(todo)):
        if error is not None:
            outcome.failures.append(error)
            continue
        write_atomic(stamp, json.dumps({",".join(formats): inputs}))
        outcome.rendered.append(article.stem)
    return outcome


def _render_job(job, out, epoch, formats, templates):
    article, fact_path, _, _ = job
    try:
        render_one(check_one(fact_path, article), article, out, epoch, formats, templates)
    except DossierError as exc:  # pickled back from a worker
        return job, exc
    return job, None


def _render_all(todo, out, epoch, formats, templates, processes):
    """(job, error or None) for every memo, in order: on every core, as extraction does.

    Forked workers each keep one WeasyPrint font configuration for all their memos; a memo's bytes do
    not depend on which process made it."""
    from functools import partial

    work = partial(_render_job, out=out, epoch=epoch, formats=formats, templates=templates)
    if processes <= 1:
        yield from map(work, todo)
        return
    import multiprocessing as mp

    if "pdf" in formats:
        from .pdf import import_weasyprint

        import_weasyprint()  # once, before the fork, not in every worker
    with mp.get_context("fork").Pool(processes) as pool:
        yield from pool.imap(work, todo)


def _extract(stale: list[Article], out: Path, model: str, jobs: int | None, quiet: bool, outcome: Outcome,
             strict: bool = False, root: Path | None = None):
    from extract.marks import unbalanced
    from extract.runner import extract_all, load_model

    clean = []
    for article in stale:
        problems = [DossierError("E108" if strict else "W101", article.path, article.paragraphs[k].line,
                                 f"paragraph {article.paragraphs[k].number} has a quotation mark that never closes",
                                 "close it in the article, or remove it if it is stray"
                                 + ("" if strict else " (ignored for now)"))
                    for k in unbalanced([p.text for p in article.paragraphs])]
        if problems and strict:
            outcome.failures.append(problems[0])
            continue
        for w in problems:
            log.warning("%s", w)
        clean.append(article)
    stale = clean
    if not stale:
        return
    t0 = time.perf_counter()
    nlp = load_model(model)
    log.info("loaded %s in %.1f s", model, time.perf_counter() - t0)
    if jobs is None:
        jobs = min(os.cpu_count() or 1, 2) if len(stale) >= 16 else 1
    results = extract_all(stale, nlp, processes=jobs)
    for article, facts in _progress(results, "extract", quiet):
        fact_path = fact_path_for(article, out)
        facts["source"]["path"] = _display_path(article.path, root or Path.cwd())
        try:
            outcome.notes += save_facts(fact_path, facts, facts["source"]["path"])
        except DossierError as exc:
            outcome.failures.append(exc)
            continue
        outcome.extracted.append(article.stem)
    log.info("extracted %d article(s) in %.1f s", len(outcome.extracted), time.perf_counter() - t0)


def _display_path(path: Path, root: Path) -> str:
    """The article's path as the fact file records it: relative to the project, the same on every machine."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(os.path.relpath(path.resolve(), root.resolve())).as_posix()


def check(seeds: Path, out: Path) -> Outcome:
    """Validate every fact file and verify every quote, rendering nothing."""
    outcome = Outcome()
    by_stem = {}
    for path in find_articles(seeds):
        try:
            a = read_article(path)
            by_stem[a.stem] = a
        except DossierError as exc:
            outcome.failures.append(exc)
    for fact_path in sorted(out.glob("*.yaml")):
        article = by_stem.get(fact_path.stem)
        if article is None:
            outcome.failures.append(DossierError("E211", fact_path, None, f"no article `{fact_path.stem}` in {seeds}",
                                                 "restore the article or delete the fact file"))
            continue
        try:
            check_one(fact_path, article)
        except DossierError as exc:
            outcome.failures.append(exc)
    return outcome
