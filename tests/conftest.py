"""Shared fixtures: the model loaded once per session, articles made from strings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DOSSIER_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
ARCHIVE = SHARED / "archive"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def nlp():
    from extract.runner import load_model

    return load_model()


@pytest.fixture
def model_loaded_once(nlp, monkeypatch):
    """Builds run in this test's process use the session's model instead of loading their own."""
    import extract.runner

    monkeypatch.setattr(extract.runner, "load_model", lambda name=None: nlp)
    return nlp


@pytest.fixture
def facts_of(nlp, tmp_path):
    """Facts of an article given as text: title line, blank line, paragraphs."""
    return facts_maker(nlp, tmp_path)


def facts_maker(nlp, directory: Path):
    """``facts_of`` for articles written into ``directory``."""
    from dossier.sources import read_article

    def run(body: str, title: str = "A test article") -> dict:
        path = directory / "article.txt"
        path.write_text(title + "\n\n" + body.strip() + "\n", encoding="utf-8")
        [facts] = extracted_facts([read_article(path)], nlp)
        return facts

    return run


def extracted_facts(articles, nlp, **kw) -> list[dict]:
    """Fact-file data of articles, as a build makes it: extraction's findings, assembled."""
    from dossier.assemble import facts_of
    from extract.runner import extract_all

    out = []
    for article, findings in extract_all(articles, nlp, **kw):
        assert findings.error is None, findings.error
        out.append(facts_of(article, findings))
    return out


def speaker_name(facts: dict, quote: dict) -> str | None:
    actors = {a["id"]: a for a in facts["actors"]}
    return actors[quote["speaker"]]["name"] if quote["speaker"] else None


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"the Wikinews corpus is not at {CORPUS} (it lives outside this repository)")
    return CORPUS


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not (EVAL / "score.py").is_file():
        pytest.skip(f"the scorer and gold annotations are not at {EVAL} (they live outside this repository)")
    return EVAL


@pytest.fixture(scope="session")
def archive() -> Path:
    if not ARCHIVE.is_dir():
        pytest.skip(f"the Wikinews archive is not at {ARCHIVE} (it lives outside this repository)")
    return ARCHIVE
