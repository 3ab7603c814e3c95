"""dossier: briefing memos from news articles.

The command line (`dossier`, `python -m dossier`, and this repository's
`build.py` behind the Makefile). Each subcommand works on a folder of articles
(seeds) and a folder of fact files and memos (reports).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import __version__
from .errors import DossierError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dossier", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"dossier {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-C", "--project", type=Path,
                        help="the project's folder (default: the nearest one above here with a dossier.yaml)")
    common.add_argument("--seeds", type=Path, help="folder of articles (dossier.yaml: seeds; default: seeds)")
    common.add_argument("--out", type=Path, help="folder of fact files and memos (dossier.yaml: reports; "
                                                 "default: reports)")
    common.add_argument("-v", "--verbose", action="count", default=0, help="say more (-vv: debug)")
    common.add_argument("-q", "--quiet", action="store_true", help="errors only, no progress bar")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    x = sub.add_parser("extract", parents=[common], help="extract new or changed articles into fact files")
    r = sub.add_parser("render", parents=[common], help="check fact files and render memos (HTML, PDF)")
    rep = sub.add_parser("report", parents=[common], help="extract, check and render: what `make report` does")
    sub.add_parser("check", parents=[common], help="validate fact files and verify every quote against its source")
    pv = sub.add_parser("preview", parents=[common],
                        help="serve the memos as HTML on localhost, rebuilt and reloaded as files are saved")
    pv.add_argument("--port", type=int, default=0, help="the port on 127.0.0.1 (default: a free one)")
    new = sub.add_parser("new", help="start a project: seeds/, reports/, templates/, dossier.yaml, a Makefile")
    new.add_argument("-v", "--verbose", action="count", default=0, help="say more")
    new.add_argument("-q", "--quiet", action="store_true", help="errors only")
    new.add_argument("folder", type=Path, help="the new project's folder (created; must be empty if it exists)")
    for s in (x, rep, pv):
        s.add_argument("--model", help="spaCy pipeline (dossier.yaml: model; also $DOSSIER_MODEL)")
        s.add_argument("--jobs", type=int,
                       help="worker processes (default: extraction 2 for 16+ articles, rendering every core)")
        s.add_argument("--strict", action="store_true", default=None,
                       help="treat warnings about an article (an unclosed quotation mark) as errors")
        s.add_argument("--adopt", action="store_true",
                       help="a fact file whose machine copy is lost or mismatched (E212): take it as reviewed in "
                            "full, every finding in it kept as the editor's")
    for s in (x, r, rep):
        s.add_argument("--force", action="store_true", help="redo the work even where nothing changed")
    for s in (r, rep, pv):
        if s is not pv:
            s.add_argument("--format", help="comma-separated: html, pdf (dossier.yaml: formats; default: both)")
        s.add_argument("--templates", type=Path, help="folder of template overrides (dossier.yaml: templates)")
        s.add_argument("--stories", type=Path, help="folder of story files (dossier.yaml: stories; default: stories)")
    r.add_argument("--jobs", type=int, help="worker processes (default: every core)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    level = logging.WARNING if args.quiet else (logging.DEBUG if args.verbose > 1 else
                                                logging.INFO if args.verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(message)s")
    try:
        return _main(args)
    except DossierError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dossier: interrupted; every fact file and memo is either as it was or complete (a fact file and its "
              "machine copy change together), and the next run finishes the job", file=sys.stderr)
        return 130
    except OSError as exc:
        print(_os_error(exc), file=sys.stderr)
        return 1
    except ImportError as exc:  # a Python without dossier's dependencies
        print(DossierError("E401", None, None, f"{exc.name or 'a dependency'} is not installed for {sys.executable}",
                           "run `make setup` (this repository) or `pip install dossier`"), file=sys.stderr)
        return 1
    except Exception as exc:  # the one guard: whatever was not foreseen is still one line, never a traceback
        if args.verbose:
            import traceback

            traceback.print_exc()
        err = DossierError("E999", None, None, f"unexpected {type(exc).__name__}: {exc}",
                           "run again with -v for the details, and report it")
        print(err, file=sys.stderr)
        return 2


def _os_error(exc: OSError) -> DossierError:
    from .errors import os_error

    return os_error(exc)


def _main(args) -> int:
    from .config import load_config

    if args.command == "new":
        from .project import new_project

        created = new_project(args.folder)
        print(f"dossier: created the project {created}; add articles to its seeds/, then run `dossier report` there",
              file=sys.stderr)
        return 0
    cfg = load_config(args.project).with_overrides(
        seeds=args.seeds, reports=args.out, templates=getattr(args, "templates", None),
        stories=getattr(args, "stories", None),
        model=getattr(args, "model", None), formats=getattr(args, "format", None),
        jobs=getattr(args, "jobs", None), strict=getattr(args, "strict", None))
    from . import build

    if args.command == "preview":
        from .preview import serve

        if not 0 <= args.port <= 65535:
            raise DossierError("E404", None, None, f"--port must be from 0 to 65535, not {args.port}",
                               "leave it out to take a free port")
        return serve(cfg, cfg.templates_dir if cfg.templates_dir.is_dir() else None, port=args.port)
    if args.command == "check":
        outcome = build.check(cfg.seeds_dir, cfg.reports_dir, cfg.root)
    else:
        templates = cfg.templates_dir if cfg.templates_dir.is_dir() else None
        outcome = build.run(cfg.seeds_dir, cfg.reports_dir, do_extract=args.command in ("extract", "report"),
                            do_render=args.command in ("render", "report"), formats=cfg.formats,
                            force=args.force, model=cfg.model, jobs=cfg.jobs, quiet=args.quiet,
                            templates=templates, strict=cfg.strict, root=cfg.root,
                            stories=cfg.stories_dir if cfg.stories_dir.is_dir() else None,
                            adopt_lost=bool(getattr(args, "adopt", False)))
    for note in outcome.notes:
        print(note, file=sys.stderr)
    if outcome.failures:
        for exc in outcome.failures:
            print(exc, file=sys.stderr)
        print(f"dossier: {len(outcome.failures)} problem(s); the files above were left as they were",
              file=sys.stderr)
        return 1
    if not args.quiet:
        parts = []
        if outcome.extracted:
            parts.append(f"extracted {len(outcome.extracted)}")
        if outcome.rendered:
            parts.append(f"rendered {len(outcome.rendered)}")
        if args.command == "check":
            parts.append("every fact file valid, every quote verbatim in its paragraph")
        print("dossier: " + ("; ".join(parts) if parts else "up to date"), file=sys.stderr)
    return 0


def run() -> None:
    """The `dossier` command: ``main``, then the process ends at once.

    Everything is written by then; what Python would still do at exit is tear down every module and
    collect every object (WeasyPrint's, a loaded model's), tens of milliseconds after the last memo of
    every build. Output is flushed and the font configuration's temporary folder removed first; forked
    workers are gone (their pools closed) or end when this process does."""
    code = main()
    if "weasyprint" not in sys.modules and "spacy" not in sys.modules:
        sys.exit(code)  # little to tear down: the ordinary exit
    import os

    if "dossier.pdf" in sys.modules:
        sys.modules["dossier.pdf"].release()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
