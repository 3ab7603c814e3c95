"""The build: which articles to extract, which memos to render, decided by content.

A fact file records its source's sha256 and the extractor's version; a memo's
stamp (``OUT/.build/NAME.json``) records, per format, the hash of everything it
was made from (fact file, article, templates, dossier version, build date): an
HTML build leaves the PDF's stamp alone. The build date is the last commit of
the memo's own inputs (or SOURCE_DATE_EPOCH), so an unrelated commit changes
no stamp. File times
are never consulted: a fresh clone has arbitrary ones, and a reviewed fact file
must not be re-extracted because git happened to write it first. The no-op
path reads a few small files and imports neither spaCy nor WeasyPrint.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, confine
from .assemble import facts_of
from .errors import DossierError, as_problem, os_error
from .facts import (
    _write_file,
    adopted_machine_copy,
    dump,
    ensure_schema_copy,
    load_facts,
    machine_digest,
    machine_path,
    machine_problem,
    merge,
    recover,
    set_machine_digest,
    temp_path,
    write_atomic,
    write_pair,
)
from .sources import Article, find_articles, read_article

log = logging.getLogger("dossier")
_MODELS: dict = {}  # model name -> loaded pipeline


@dataclass
class Outcome:
    extracted: list[str] = field(default_factory=list)
    rendered: list[str] = field(default_factory=list)
    failures: list[DossierError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)  # every memo file written


MAX_EPOCH = 253402300799  # 9999-12-31T23:59:59Z: the last date a PDF (and Python) can write


def build_epoch(root: Path | None = None, warnings: list | None = None) -> int:
    """The build date: SOURCE_DATE_EPOCH, else the last commit; never silently 1970.

    With neither (a tarball, a tree git refuses to read), today's date (UTC midnight) is
    used and a W102 warning says so: the memo is right, but not reproducible on another day."""
    env = os.environ.get("SOURCE_DATE_EPOCH")
    if env is not None and env.strip():
        value = env.strip()
        if not value.isdigit() or int(value[:20]) > MAX_EPOCH:
            raise DossierError("E404", "SOURCE_DATE_EPOCH", None,
                               f"`{value[:24]}` is not a date: seconds since 1970 up to {MAX_EPOCH} (year 9999)",
                               "set it to a commit's time, e.g. `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`, "
                               "or unset it")
        return int(value)
    why = "git is not installed"
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=root or Path.cwd(), capture_output=True,
                             text=True, timeout=5)
        if out.returncode == 0 and out.stdout.strip().isdigit():
            return int(out.stdout.strip())
        why = (out.stderr.strip().splitlines() or ["the project has no commit"])[0][:120]
    except (OSError, subprocess.SubprocessError) as exc:
        why = f"git could not run ({type(exc).__name__})"
    today = int(time.time()) // 86400 * 86400
    if warnings is not None:
        warnings.append(DossierError("W102", root or Path.cwd(), None,
                                     f"no build date from git ({why}) and SOURCE_DATE_EPOCH is not set: "
                                     f"memos are dated today, {time.strftime('%Y-%m-%d', time.gmtime(today))}",
                                     "set SOURCE_DATE_EPOCH (or commit the project) for reproducible memos"))
    return today


_TEMP = re.compile(r"^\..+\.(\d+)\.tmp$")


def sweep_temporaries(out: Path) -> None:
    """Remove the ``.NAME.PID.tmp`` files a killed build left (its PID no longer runs)."""
    for folder in (out, out / ".machine", out / ".build"):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for p in entries:
            m = _TEMP.match(p.name)
            if not m or int(m.group(1)) == os.getpid() or _alive(int(m.group(1))):
                continue
            try:
                p.unlink()
            except OSError:
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True  # another user's process (or a name that is not ours): leave it
    return True


class InputDates:
    """Each memo's build date from its own inputs: the last commit that touched any of them.

    SOURCE_DATE_EPOCH, when set, is every memo's date. Otherwise one ``git log`` over every input of
    the run says when each file was last committed, and a memo takes the latest of its own files
    (fact file, article, the project's templates): a commit elsewhere in the repository changes no
    memo's date, so it re-renders nothing, and the same commit still builds the same bytes. A memo
    none of whose inputs is committed yet takes ``build_epoch``'s date (the last commit; without
    history, today with a W102 warning)."""

    def __init__(self, root: Path, paths: list[Path], warnings: list | None = None):
        self.root, self.warnings = root, warnings
        self.fixed: int | None = None
        self.dates: dict[Path, int] = {}
        self._folders: dict[Path, int] = {}
        self._fallback: int | None = None
        env = os.environ.get("SOURCE_DATE_EPOCH")
        if env is not None and env.strip():
            self.fixed = build_epoch(root, warnings)  # validated there: a bad value is E404
            return
        self._read(root, paths)

    def _read(self, root: Path, paths: list[Path]) -> None:
        try:
            top = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=root, capture_output=True, text=True,
                                 timeout=5)
            if top.returncode != 0:
                return
            top_dir = Path(top.stdout.strip()).resolve()
            inside = [str(p.resolve().relative_to(top_dir)) for p in paths if p.resolve().is_relative_to(top_dir)]
            if not inside:
                return
            out = subprocess.run(["git", "-c", "core.quotepath=off", "log", "--format=%x00%ct", "--name-only",
                                  "--no-renames", "--", *inside], cwd=top_dir, capture_output=True, text=True,
                                 timeout=60)
        except (OSError, subprocess.SubprocessError):
            return
        if out.returncode != 0:
            return
        when = 0
        for line in out.stdout.splitlines():  # newest commit first: a file's first appearance is its last commit
            if line.startswith("\0"):
                when = int(line[1:]) if line[1:].isdigit() else 0
            elif line:
                self.dates.setdefault((top_dir / line).resolve(), when)

    def of(self, *paths: Path) -> int:
        """The latest commit date among these files and folders (a folder: any file under it)."""
        if self.fixed is not None:
            return self.fixed
        best = 0
        for p in paths:
            p = p.resolve()
            if p not in self._folders and not p.is_dir():
                best = max(best, self.dates.get(p, 0))
                continue
            if p not in self._folders:
                self._folders[p] = max((w for f, w in self.dates.items() if f.is_relative_to(p)), default=0)
            best = max(best, self._folders[p])
        if best == 0:
            if self._fallback is None:
                self._fallback = build_epoch(self.root, self.warnings)
            best = self._fallback
        return best


def _quick_yaml(path: Path):
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(path.read_bytes(), Loader=loader)  # noqa: S506 - a safe loader
    except (OSError, yaml.YAMLError, ValueError, RecursionError):  # the strict loader then says where
        return None


def fact_path_for(article: Article, out: Path) -> Path:
    return out / f"{article.stem}.yaml"


def needs_extraction(article: Article, fact_path: Path, model: str) -> bool:
    return bool(extraction_reason(article, fact_path, model))


def extraction_reason(article: Article, fact_path: Path, model: str) -> str:
    """Why the article must be extracted again ("" when its fact file is current)."""
    from extract import EXTRACTOR_VERSION

    if not fact_path.exists():
        return "no fact file yet"
    data = _quick_yaml(fact_path)
    if not isinstance(data, dict):
        load_facts(fact_path)  # a broken file is the editor's to fix: say where, touch nothing
        return ""
    problem = machine_problem(fact_path, data)
    if problem:
        raise problem  # without the right machine copy a merge would guess: say what to do instead
    src = data.get("source") or {}
    by = data.get("extracted_by") or {}
    if src.get("sha256") != article.sha256:
        return "the article changed"
    if by.get("extractor") != EXTRACTOR_VERSION:
        return f"the extractor changed (v{by.get('extractor')} to v{EXTRACTOR_VERSION})"
    if by.get("model") not in (None, model):
        return f"the model changed ({by.get('model')} to {model})"
    return ""


def save_facts(fact_path: Path, new: dict, source_path: str, paragraphs: list[str] | None = None) -> list[str]:
    """Write a new extraction, merged with whatever an editor has made of the last one.

    The fact file and its machine copy are written together (`write_pair`): an interrupted build
    leaves both as they were, or the next run completes both. The fact file records the hash of its
    machine copy, so a lost or mismatched copy is noticed (E212) instead of guessed around."""
    base_path = machine_path(fact_path)
    machine_text = dump(new)
    by = {**(new.get("extracted_by") or {}), "machine_sha256": machine_digest(machine_text)}
    new = {**new, "extracted_by": by}
    fresh = dump(new, fact_path, source_path)
    notes: list[str] = []
    if fact_path.exists() and not _unedited_but_invalid(fact_path, base_path):  # else: nothing to keep
        current = load_facts(fact_path)  # a broken fact file is reported and left as it is
        problem = machine_problem(fact_path, current)
        if problem:
            raise problem
        base = load_facts(base_path)
        text = fact_path.read_text(encoding="utf-8")
        if text != _as_written(base, current, fact_path):  # an editor has been here: merge, keeping their work
            fresh, notes = merge(text, base, new, paragraphs)
    ensure_schema_copy(fact_path)
    write_pair(fact_path, {base_path: machine_text, fact_path: fresh})
    return [f"{fact_path}: {n}" for n in notes]


def _as_written(base: dict, current: dict, fact_path: Path) -> str:
    """The fact file exactly as the last extraction wrote it, comments and all: unedited if it still reads so."""
    recorded = (current.get("extracted_by") or {}).get("machine_sha256")
    if recorded:
        base = {**base, "extracted_by": {**(base.get("extracted_by") or {}), "machine_sha256": recorded}}
    return dump(base, fact_path, (current.get("source") or {}).get("path", ""))


def adopt(fact_path: Path) -> str:
    """Take a fact file whose machine copy is lost as reviewed in full: every finding in it is the editor's."""
    current = load_facts(fact_path)
    machine_text = dump(adopted_machine_copy(current))
    text = set_machine_digest(fact_path.read_text(encoding="utf-8"), machine_digest(machine_text))
    write_pair(fact_path, {machine_path(fact_path): machine_text, fact_path: text})
    return f"{fact_path}: adopted as reviewed in full (a new machine copy records that every finding is yours)"


def _unedited_but_invalid(fact_path: Path, base_path: Path) -> bool:
    """A fact file that fails its checks but holds just what the machine wrote (no editor touched it)."""
    try:
        load_facts(fact_path)
        return False
    except DossierError:
        data = _quick_yaml(fact_path)
        return data is not None and base_path.is_file() and data == _quick_yaml(base_path)


def memo_inputs_hash(fact_path: Path, article: Article, templates_digest: str, epoch: int) -> str:
    h = hashlib.sha256()
    for part in (fact_path.read_bytes(), article.sha256.encode(), templates_digest.encode(),
                 __version__.encode(), str(epoch).encode()):
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()


def check_one(fact_path: Path, article: Article) -> dict:
    """The fact file, valid and verified; else the first problem raised (`verify_one` gives them all)."""
    facts, problems = verify_one(fact_path, article)
    if problems:
        raise problems[0]
    return facts


def verify_one(fact_path: Path, article: Article, cache: Path | None = None) -> tuple[dict, list[DossierError]]:
    """The fact file checked and its quotes verified. With ``cache`` (``OUT/.build/facts``), a file checked
    before is read from there (no YAML, no schema: a memo re-rendered for a template change starts at once),
    and one checked now is kept there once its quotes verify: a build that fails writes nothing."""
    from .facts import read_facts, verified

    data = fact_path.read_bytes() if cache is not None else b""
    facts, fresh = read_facts(fact_path, data, cache)
    problems = verified(facts, fresh, fact_path, data, article, cache)
    return facts, problems


def build_info(facts: dict, epoch: int) -> dict:
    """What a memo's colophon says of its build: dossier's version, the date, the extractor and its model."""
    from .render import build_date

    by = facts.get("extracted_by") or {}
    return {"dossier": __version__, "date": build_date(epoch), "date_iso": build_date(epoch) + "T00:00:00Z",
            "model": by.get("model", "unknown"), "model_version": by.get("model_version", ""),
            "extractor": by.get("extractor", "")}


def render_one(facts: dict, article: Article, out: Path, epoch: int, formats: tuple[str, ...],
               templates: Path | None = None, fact_path: Path | None = None, register=None) -> None:
    write_memo(memo_html(facts, article, epoch, formats, templates, register), article, out, epoch, templates,
               fact_path)


def memo_html(facts: dict, article: Article, epoch: int, formats: tuple[str, ...], templates: Path | None = None,
              register=None) -> dict[str, str]:
    """The memo's HTML for each format asked for: the page itself (``html``) and what the PDF is laid out from
    (``pdf``). Jinja only: no WeasyPrint."""
    from .render import render_html

    build = build_info(facts, epoch)
    paragraphs = [p.text for p in article.paragraphs]
    return {f: render_html(facts, paragraphs, build, f, templates, register=register)
            for f in ("html", "pdf") if f in formats}


def write_memo(html: dict[str, str], article: Article, out: Path, epoch: int, templates: Path | None = None,
               fact_path: Path | None = None) -> None:
    """The memo's files from its HTML (``memo_html``): the PDF laid out, then all of them written together."""
    outputs: dict[Path, bytes] = {}
    if "html" in html:
        outputs[out / f"{article.stem}.html"] = html["html"].encode()
    if "pdf" in html:
        from .pdf import write_pdf

        facts_file = (fact_path.name, fact_path.read_bytes()) if fact_path else None
        outputs[out / f"{article.stem}.pdf"] = write_pdf(html["pdf"], templates, attachment=facts_file, epoch=epoch)
    write_together(outputs)


def write_together(outputs: dict[Path, bytes]) -> None:
    """A memo's files replaced together or not at all: every temporary written first, then renamed.

    A full disk while writing the PDF leaves the old HTML and PDF, never a new HTML beside an old PDF."""
    temps: list[tuple[Path, Path]] = []
    path = None
    try:
        for path, data in outputs.items():
            if path.is_dir():
                raise IsADirectoryError(21, "a folder is where the file goes", str(path))
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = temp_path(path)
            temps.append((tmp, path))
            _write_file(tmp, data)
        for tmp, path in temps:
            os.replace(tmp, path)
    except OSError as exc:
        raise os_error(exc, path if exc.filename in (None, *(str(t) for t, _ in temps)) else exc.filename) from None
    finally:
        for tmp, _ in temps:
            try:
                tmp.unlink()
            except OSError:
                pass


def _progress(items, desc: str, quiet: bool, total: int | None = None):
    import sys

    if quiet or os.environ.get("CI") or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc=desc, unit="article", leave=False, total=total)


def run(seeds: Path, out: Path, *, do_extract: bool = True, do_render: bool = True,
        formats: tuple[str, ...] = ("html", "pdf"), force: bool = False, model: str | None = None,
        jobs: int | None = None, quiet: bool = False, templates: Path | None = None,
        strict: bool = False, root: Path | None = None, adopt_lost: bool = False,
        stories: Path | None = None) -> Outcome:
    from extract import model_name

    model = model_name(model)
    root = root or Path.cwd()
    outcome = Outcome()
    if out.exists() and not out.is_dir():
        raise DossierError("E501", out, None, "the output folder is a file",
                           "point OUT= (--out) at a folder, or move the file away")
    sweep_temporaries(out)
    _recover(out, outcome)  # an interrupted build's half-done update is completed before anything else
    articles = _read_articles(seeds, root, outcome)
    if do_extract:
        stale = []
        out_roots = confine.resolved([out, root])
        for a in articles:
            fact_path = fact_path_for(a, out)
            if str(fact_path) in {e.path for e in outcome.failures}:
                continue
            try:
                confine.check(fact_path, out_roots, "fact file")
                if adopt_lost and fact_path.exists() and machine_problem(fact_path, load_facts(fact_path)):
                    outcome.notes.append(adopt(fact_path))
                why = "--force" if force else extraction_reason(a, fact_path, model)
            except DossierError as exc:
                outcome.failures.append(exc)
                continue
            if why:
                log.info("%s: extracting (%s)", a.stem, why)
                stale.append(a)
            else:
                log.info("%s: not extracted (article, extractor and model unchanged since its fact file)", a.stem)
        if stale:
            _extract(stale, out, model, jobs, quiet, outcome, strict, root)
    if not do_render:
        return outcome
    from .story_build import register_path

    render_all(articles, out, outcome, formats=formats, force=force, quiet=quiet, templates=templates, root=root,
               jobs=jobs, register=register_path(stories) if stories is not None else None)
    from .story_build import build_stories, record_seeds

    if outcome.extracted or outcome.rendered:  # a story reads its articles only from folders built into OUT
        record_seeds(out, seeds)
    if stories is not None:  # story memos, from the article fact files just checked (dossier/story_build.py)
        warnings: list[DossierError] = []
        # a story memo is dated by its own inputs, as an article memo is
        dates = InputDates(root, [stories, out, register_path(stories), *([templates] if templates else [])], warnings)
        build_stories(stories, seeds, out, root, dates, formats, templates, force, outcome, jobs)
        outcome.notes += [str(w) for w in warnings if str(w) not in outcome.notes]
    return outcome


def render_all(articles: list[Article], out: Path, outcome: Outcome, *, formats: tuple[str, ...] = ("html", "pdf"),
               force: bool = False, quiet: bool = False, templates: Path | None = None,
               root: Path | None = None, jobs: int | None = None, register: Path | None = None) -> Outcome:
    """Render each memo's formats whose stamp is stale: HTML and PDF are stamped apart, so a build of
    one format (the preview's HTML) never makes the other one stale. Each memo is dated by its own
    inputs' last commit (``InputDates``). People the register (``actors.yaml``: ``register``, else at
    the root) knows are named as it names them; a changed register re-renders."""
    from .render import templates_hash

    root = root or Path.cwd()
    warnings: list[DossierError] = []
    digest = templates_hash(templates)
    reg_path = register or root / "actors.yaml"
    reg_bytes = reg_path.read_bytes() if reg_path.is_file() else b""
    if reg_bytes:
        digest += hashlib.sha256(reg_bytes).hexdigest()
    failed = {e.path for e in outcome.failures}
    out_roots = confine.resolved([out, root])
    candidates = [(a, fact_path_for(a, out)) for a in articles]
    candidates = [(a, f) for a, f in candidates if f.exists() and str(f) not in failed]
    dates = InputDates(root, [p for a, f in candidates for p in (f, a.path)] + ([templates] if templates else []),
                       warnings)
    todo = []
    for article, fact_path in candidates:
        stamp_path = out / ".build" / f"{article.stem}.json"
        try:
            confine.check(fact_path, out_roots, "fact file")
            epoch = dates.of(fact_path, article.path, *([templates] if templates else []))
            inputs = memo_inputs_hash(fact_path, article, digest, epoch)
        except (DossierError, OSError) as exc:
            outcome.failures.append(as_problem(exc))
            continue
        stamp = _read_stamp(stamp_path)
        stale = tuple(f for f in formats
                      if force or stamp.get(f) != inputs or not (out / f"{article.stem}.{f}").is_file())
        if not stale:
            log.debug("%s: up to date (%s)", article.stem, ", ".join(formats))
            continue
        todo.append((article, fact_path, stamp_path, inputs, epoch, stale))
    entries = _register(reg_path, reg_bytes, outcome) if todo else []
    jobs = min(jobs or os.cpu_count() or 1, len(todo))
    if todo:
        log.info("rendering %d memo(s) on %d process(es)", len(todo), jobs)
    for (article, _, stamp_path, inputs, _, stale), problems in _progress(
            _render_all(todo, out, formats, templates, jobs, entries), "render", quiet, total=len(todo)):
        if problems:
            outcome.failures += problems
            continue
        try:
            stamp = _read_stamp(stamp_path)
            stamp.update(dict.fromkeys(stale, inputs))
            write_atomic(stamp_path, json.dumps(stamp, sort_keys=True))
        except (DossierError, OSError) as exc:
            outcome.failures.append(as_problem(exc))
            continue
        outcome.rendered.append(article.stem)
        outcome.outputs += [out / f"{article.stem}.{f}" for f in stale]
        log.info("rendered %s (%s)", article.stem, ", ".join(stale))
    outcome.notes += [str(w) for w in warnings]
    return outcome


def _read_stamp(path: Path) -> dict:
    """A memo's stamp: the inputs hash each format was last rendered from. An older stamp keyed
    ``"html,pdf"`` counts for none, so such memos render once more."""
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if k in ("html", "pdf")} if isinstance(data, dict) else {}


def _register(path: Path, data: bytes, outcome: Outcome) -> list:
    """The register's entries; a wrong register is reported (E603) and memos name people as articles do."""
    if not data:
        return []
    from .stories import parse_register

    try:
        return parse_register(data.decode("utf-8", errors="replace"), path)
    except DossierError as exc:
        outcome.failures.append(exc)
        return []


def _render_job(job, out, templates, register=None):
    """Verify and render one memo's stale formats: (job, the problems that stopped it, none when written)."""
    return _write_job(_html_job(job, out, templates, register), out, templates)


def _html_job(job, out, templates, register=None):
    """Verify one memo and make its HTML: (job, problems, HTML by format)."""
    article, fact_path, _, _, epoch, stale = job
    try:
        facts, problems = verify_one(fact_path, article, out / ".build" / "facts")
        if problems:
            return job, problems, None
        return job, [], memo_html(facts, article, epoch, stale, templates, register)
    except (DossierError, OSError) as exc:  # errors pickle back from a worker
        return job, [as_problem(exc)], None


def _write_job(prepared, out, templates):
    """A memo verified and made HTML (``_html_job``) written out, its PDF laid out: (job, problems)."""
    job, problems, html = prepared
    if problems:
        return job, problems
    article, fact_path, _, _, epoch, _ = job
    try:
        write_memo(html, article, out, epoch, templates, fact_path)
    except (DossierError, OSError) as exc:
        return job, [as_problem(exc)]
    return job, []


def _render_all(todo, out, formats, templates, processes, register=None):
    """(job, problems) for every memo, in order: on every core, as extraction does.

    With PDFs to lay out on several processes, the first memos' HTML (facts verified, templates compiled,
    Jinja run) is made by a process forked first, on the core this one leaves idle while it imports
    WeasyPrint and loads the fonts; then workers forked from this one, each keeping one WeasyPrint font
    configuration, lay those memos out and go on with the others, HTML and all. A memo's bytes do not
    depend on which process made it."""
    from functools import partial

    render = partial(_render_job, out=out, templates=templates, register=register)
    if processes <= 1:
        yield from map(render, todo)
        return
    import multiprocessing as mp

    fork = mp.get_context("fork")
    if "pdf" not in formats:
        with fork.Pool(processes) as pool:
            yield from pool.imap(render, todo)
        return
    first, rest = todo[:2 * processes], todo[2 * processes:]  # about what one process makes HTML for meanwhile
    with fork.Pool(1) as helper:
        made = helper.map_async(partial(_html_job, out=out, templates=templates, register=register), first)
        from .pdf import warm

        warm(templates)  # WeasyPrint and the fonts, meanwhile
        prepared = made.get()
    # the stylesheet parsed once, before the fork, not once in every worker
    warm(templates, next((html["pdf"] for _, problems, html in prepared if not problems), None))
    tasks = [(None, p) for p in prepared] + [(job, None) for job in rest]
    with fork.Pool(processes) as pool:
        yield from pool.imap(partial(_pool_task, out=out, templates=templates, register=register), tasks)


def _pool_task(task, out, templates, register=None):
    """A worker's memo: one whose HTML is made (``_write_job``), or a job to do whole (``_render_job``)."""
    job, prepared = task
    if prepared is not None:
        return _write_job(prepared, out, templates)
    return _render_job(job, out, templates, register)


def _read_articles(seeds: Path, root: Path, outcome: Outcome) -> list[Article]:
    """Every article of ``seeds`` that can be read; each one that cannot is a failure, the others go on."""
    roots = confine.resolved([seeds, root])
    articles: list[Article] = []
    for path in find_articles(seeds):
        try:
            articles.append(read_article(path, roots))
        except (DossierError, OSError) as exc:
            outcome.failures.append(as_problem(exc))
    stems: dict[str, list[Article]] = {}
    for a in articles:
        stems.setdefault(a.stem, []).append(a)
    for same in stems.values():
        if len(same) > 1:
            for a in same:
                outcome.failures.append(DossierError(
                    "E111", a.path, None, f"{' and '.join(str(x.path) for x in same)} would write the same "
                    f"outputs ({a.stem}.yaml, .html, .pdf)", "rename or remove one of them"))
    return [a for a in articles if len(stems[a.stem]) == 1]


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
    nlp = _MODELS.get(model)
    if nlp is None:  # loaded once per process: the preview keeps it warm between saves
        nlp = _MODELS[model] = load_model(model)
        log.info("loaded %s in %.1f s", model, time.perf_counter() - t0)
    if jobs is None:
        jobs = min(os.cpu_count() or 1, 2) if len(stale) >= 16 else 1
    results = extract_all(stale, nlp, processes=jobs)
    for article, findings in _progress(results, "extract", quiet):
        if findings.error is not None:  # E110: the model could not take this article (a paragraph over
            # its length limit, or a failure inside it); the others go on
            outcome.failures.append(findings.error)
            continue
        facts = facts_of(article, findings)
        fact_path = fact_path_for(article, out)
        facts["source"]["path"] = _display_path(article.path, root or Path.cwd())
        try:
            outcome.notes += save_facts(fact_path, facts, facts["source"]["path"],
                                        [p.text for p in article.paragraphs])
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


def _recover(out: Path, outcome: Outcome) -> None:
    if out.is_dir():
        notes, errors = recover(out)
        outcome.notes += notes
        outcome.failures += errors


def check(seeds: Path, out: Path, root: Path | None = None) -> Outcome:
    """Validate every fact file and its machine copy and verify every quote, rendering nothing.

    Every problem is reported once, in file and line order."""
    outcome = Outcome()
    root = root or Path.cwd()
    _recover(out, outcome)
    by_stem = {a.stem: a for a in _read_articles(seeds, root, outcome)}
    collided = {Path(e.path).stem for e in outcome.failures if e.code == "E111"}
    failed = {e.path for e in outcome.failures}
    out_roots = confine.resolved([out, root])
    for fact_path in sorted(out.glob("*.yaml")):
        if fact_path.stem in collided or str(fact_path) in failed:
            continue
        article = by_stem.get(fact_path.stem)
        if article is None:
            outcome.failures.append(DossierError("E211", fact_path, None, f"no article `{fact_path.stem}` in {seeds}",
                                                 "restore the article or delete the fact file"))
            continue
        try:
            confine.check(fact_path, out_roots, "fact file")
            facts, problems = verify_one(fact_path, article)
            problem = machine_problem(fact_path, facts)
            outcome.failures += ([problem] if problem else []) + problems
        except DossierError as exc:
            outcome.failures.append(exc)
    outcome.failures.sort(key=lambda e: (e.path or "", e.line or 0))
    return outcome
