"""A fact file's contents, assembled from an article and what extraction found in it.

Extraction (``extract``) returns findings: actors, quotes and the model that
read the article. What makes them a fact file, the schema version, the source
record, who extracted it and the default summary, is decided here, in the
facts layer.
"""

from __future__ import annotations

from extract import EXTRACTOR_VERSION
from extract.findings import Findings

from . import __version__
from .sources import Article

SCHEMA_VERSION = 1
_SOURCE_KEYS = ("date", "source", "outlet", "url", "licence", "license", "author")


def facts_of(article: Article, findings: Findings) -> dict:
    """The fact file of an article, as plain data, from its findings."""
    texts = [p.text for p in article.paragraphs]
    source = {"file": article.name, "path": article.path.as_posix(), "sha256": article.sha256,
              "title": article.title}
    for key in _SOURCE_KEYS:
        if article.meta.get(key) not in (None, ""):
            source["outlet" if key == "source" else key] = article.meta[key]
    source["paragraphs"] = len(texts)
    return {
        "schema": SCHEMA_VERSION,
        "source": source,
        "extracted_by": {"dossier": __version__, "extractor": EXTRACTOR_VERSION, "model": findings.model,
                         "model_version": findings.model_version},
        "summary": default_summary(texts),
        "actors": findings.actors,
        "quotes": findings.quotes,
    }


def default_summary(texts: list[str]) -> str:
    """The article's lead: its first paragraph that is a sentence, not a dateline."""
    for t in texts:
        if len(t.split()) >= 12:
            return t
    return texts[0]
