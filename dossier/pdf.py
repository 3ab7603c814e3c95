"""Lay out a memo's HTML as PDF with WeasyPrint, offline and reproducibly.

The fetcher serves only files inside the template folders (the shipped fonts)
and `data:` URLs: a URL in an article or a template is never fetched, and no
file outside the project is read. One font configuration and one resource
cache serve every memo of a run, so fonts are loaded once. With
``SOURCE_DATE_EPOCH`` set, the PDF's dates come from it and equal inputs give
equal bytes.

Every PDF is PDF/A-3a: tagged (headings, tables, lists, quotations and links in
the structure tree, in reading order), its language set, fonts embedded, an
sRGB output intent, and the memo's fact file embedded as a ``Source``
attachment, so the machine-readable facts travel with the memo.
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


PDF_VARIANT = "pdf/a-3a"  # archival, tagged, and allowed to carry the fact file


def write_pdf(html: str, folder: Path | None = None, attachment: tuple[str, bytes] | None = None,
              epoch: int = 0) -> bytes:
    """The memo's PDF; ``attachment`` (file name, bytes) is embedded, dated ``epoch`` for equal bytes."""
    global _FONT_CONFIG
    import datetime as dt

    if not logging.getLogger().isEnabledFor(logging.DEBUG):  # WeasyPrint's own steps (some at import) are for -vv
        for name in ("weasyprint", "fontTools", "weasyprint.progress"):
            logging.getLogger(name).setLevel(logging.ERROR)
    from weasyprint import HTML, Attachment
    from weasyprint.text.fonts import FontConfiguration

    if _FONT_CONFIG is None:
        _FONT_CONFIG = FontConfiguration()
    roots = search_path(folder)
    # Relative URLs (the fonts) resolve against the default theme; a project's folder may shadow none
    # of them but may hold its own files, which the fetcher also serves.
    doc = HTML(string=html, base_url=str(roots[-1].resolve()) + "/", url_fetcher=_fetcher_class()(roots))
    attachments = []
    if attachment:
        when = dt.datetime.fromtimestamp(epoch, tz=dt.UTC)
        attachments.append(Attachment(string=attachment[1], name=attachment[0], relationship="Source",
                                      description="The memo's fact file (YAML): its actors and quotes, as reviewed",
                                      created=when, modified=when))
    return doc.write_pdf(font_config=_FONT_CONFIG, cache=_CACHE, pdf_identifier=b"dossier", custom_metadata=True,
                         pdf_variant=PDF_VARIANT, attachments=attachments)
