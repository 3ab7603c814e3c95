"""Lay out a memo's HTML as PDF with WeasyPrint, offline and reproducibly.

The fetcher serves only files inside the template folders (the shipped fonts)
and `data:` URLs: a URL in an article or a template is never fetched, and no
file outside the project is read. One font configuration and one resource
cache serve every memo of a run, so fonts are loaded once. With
``SOURCE_DATE_EPOCH`` set, the PDF's dates come from it and equal inputs give
equal bytes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .render import search_path

_FONT_CONFIG = None
_CACHE: dict = {}


class Blocked(ValueError):
    pass


def _fetcher_class():
    from weasyprint.urls import URLFetcher

    class LocalOnlyFetcher(URLFetcher):
        """Serves the templates folder and data: URLs; refuses everything else."""

        def __init__(self, roots: list[Path]):
            super().__init__(allowed_protocols=("file", "data"))
            self.roots = [r.resolve() for r in roots]

        def fetch(self, url, headers=None):
            if url.startswith("data:"):
                return super().fetch(url, headers)
            if url.startswith("file://"):
                from urllib.parse import unquote, urlparse

                path = Path(unquote(urlparse(url).path)).resolve()
                if any(path.is_relative_to(r) for r in self.roots) and path.is_file():
                    return super().fetch(url, headers)
            raise Blocked(f"not fetched (memos are built offline): {url}")

    return LocalOnlyFetcher


def write_pdf(html: str, folder: Path | None = None) -> bytes:
    global _FONT_CONFIG
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    logging.getLogger("weasyprint.progress").setLevel(logging.ERROR)
    if _FONT_CONFIG is None:
        _FONT_CONFIG = FontConfiguration()
    roots = search_path(folder)
    # Relative URLs (the fonts) resolve against the default theme; a project's folder may shadow none
    # of them but may hold its own files, which the fetcher also serves.
    doc = HTML(string=html, base_url=str(roots[-1].resolve()) + "/", url_fetcher=_fetcher_class()(roots))
    return doc.write_pdf(font_config=_FONT_CONFIG, cache=_CACHE, pdf_identifier=b"dossier", custom_metadata=True)
