"""Shared fixtures: the model loaded once per session, articles made from strings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DOSSIER_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus"
EVAL = SHARED / "eval"


@pytest.fixture(scope="session")
def nlp():
    from extract.runner import load_model

    return load_model()


@pytest.fixture
def facts_of(nlp, tmp_path):
    """Facts of an article given as text: title line, blank line, paragraphs."""
    from dossier.sources import read_article
    from extract.runner import extract_all

    def run(body: str, title: str = "A test article") -> dict:
        path = tmp_path / "article.txt"
        path.write_text(title + "\n\n" + body.strip() + "\n", encoding="utf-8")
        [(article, facts)] = list(extract_all([read_article(path)], nlp))
        return facts

    return run


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
