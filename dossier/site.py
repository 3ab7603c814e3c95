"""The published site's index: every memo and story in a folder, newest first, by title and date.

CI copies the memos (HTML and PDF) into one folder and runs ``python -m
dossier.site FOLDER``: each page's title and date are read from its own
``<title>`` and ``<meta name="dcterms.date">`` (the source's date; else the
build date, ``dcterms.created``), so any template, a story's too, is listed.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

_META = re.compile(r'<meta\s+name="(dcterms\.date|dcterms\.created|dossier\.kind)"\s+content="([^"]*)"', re.I)
_TITLE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


def entries(folder: Path) -> list[dict]:
    """Memos in ``folder``, story memos in ``folder/stories``: title, date, kind, and the PDF if any."""
    out = []
    for page in sorted(folder.glob("*.html")) + sorted(folder.glob("stories/*.html")):
        if page.name == "index.html" and page.parent == folder:
            continue
        text = page.read_text(encoding="utf-8", errors="replace")[:20000]
        meta = {k.lower(): v for k, v in _META.findall(text)}
        title = _TITLE.search(text)
        date = meta.get("dcterms.date") or meta.get("dcterms.created", "")[:10]
        pdf = page.with_suffix(".pdf")
        rel = page.relative_to(folder).as_posix()
        out.append({"file": rel, "pdf": pdf.relative_to(folder).as_posix() if pdf.exists() else None,
                    "title": html.unescape(title.group(1).strip()) if title else page.stem,
                    "date": date if re.match(r"\d{4}-\d{2}-\d{2}", date or "") else "",
                    "kind": meta.get("dossier.kind", "story" if page.parent != folder else "memo")})
    out.sort(key=lambda e: (e["date"] or "0000", e["title"]), reverse=True)
    return out


def index_html(items: list[dict]) -> str:
    rows = []
    for e in items:
        pdf = f' · <a href="{html.escape(e["pdf"])}">PDF</a>' if e["pdf"] else ""
        rows.append(f'<li><span class="date">{html.escape(e["date"] or "undated")}</span> '
                    f'<span class="kind">{html.escape(e["kind"])}</span> '
                    f'<a href="{html.escape(e["file"])}">{html.escape(e["title"])}</a>{pdf}</li>')
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Briefing memos</title>"
            "<style>body{font:16px/1.5 sans-serif;max-width:46rem;margin:0 auto;padding:1.25rem;color:#1b1f24}"
            "li{margin:.4rem 0}.date,.kind{color:#5b6470;font-size:.85rem}a{color:#1f4e79}</style></head>"
            "<body><main><h1>Briefing memos</h1>"
            + (f"<ul>{''.join(rows)}</ul>" if rows else "<p>No memos yet.</p>")
            + "</main></body></html>\n")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: python -m dossier.site FOLDER (a folder of built memos)", file=sys.stderr)
        return 2
    folder = Path(args[0])
    (folder / "index.html").write_text(index_html(entries(folder)), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
