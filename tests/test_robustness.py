"""Extraction never hangs and never stops a batch: news it has never seen, paragraphs of any length."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from contextlib import contextmanager

import pytest
from conftest import ROOT

from dossier.sources import find_articles, read_article

PER_ARTICLE_BUDGET_S = 30  # a hang guard, generous: the longest archive article takes about 5 s


@contextmanager
def time_limit(seconds: float, what: str):
    """Fail, rather than hang, when the block runs over its time (the rules are Python: an alarm
    interrupts them)."""
    if not hasattr(signal, "setitimer"):
        pytest.skip("no interval timer on this platform to guard against a hang")

    def on_alarm(signum, frame):
        raise TimeoutError(f"{what} ran over {seconds} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_a_sentence_rooted_inside_its_quotation_finishes():
    """`Spent "millions of dollars, we're Jones."`: the parse's root is inside the quotation, and the
    walk out of it used to go round at the root for ever. Run apart, so that a regression fails."""
    code = ("import sys; sys.path.insert(0, '.')\n"
            "from extract.article import article_findings\n"
            "from extract.lang import get_language\n"
            "from extract.runner import load_model\n"
            "nlp = load_model()\n"
            "text = 'Spent \"millions of dollars, we\\'re Jones.\"'\n"
            "found = article_findings([text], [nlp(text)], get_language(nlp.lang))\n"
            "print(len(found['quotes']))\n")
    try:
        r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("extraction of the sentence did not finish in 120 s")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip().isdigit()


def test_a_sentence_rooted_inside_its_quotation_in_an_article(facts_of):
    with time_limit(30, "the sentence"):
        f = facts_of('Spent "millions of dollars, we\'re Jones."\n\n"We are ready," said Lena Fischer.')
    assert any(q["text"] == "We are ready," for q in f["quotes"])


def _write(folder, name, body):
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_oversize_paragraph_fails_its_article_only(nlp, tmp_path, jobs):
    from dossier.build import run

    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    for i in range(3):
        _write(seeds, f"good{i}.txt", f"Good {i}\n\nNora Quist said that the harbour would close at noon on day {i}.\n")
    too_long = nlp.max_length + 10
    _write(seeds, "huge.txt", "Huge\n\nA first paragraph.\n\n" + ("word " * (too_long // 5 + 1)).strip() + "\n")
    outcome = run(seeds, out, do_render=False, jobs=jobs, quiet=True)
    assert sorted(outcome.extracted) == ["good0", "good1", "good2"]
    [error] = outcome.failures
    assert (error.code, error.path, error.line) == ("E110", str(seeds / "huge.txt"), 5)
    assert "paragraph 2" in error.message and "split it" in error.hint
    assert not (out / "huge.yaml").exists()
    assert "huge.txt:5: [E110]" in str(error)


class _FailingOn:
    """The real pipeline, except that it fails on any text holding a marker, as a model can."""

    def __init__(self, nlp, marker):
        self._nlp, self._marker = nlp, marker
        self.meta, self.lang, self.max_length = nlp.meta, nlp.lang, nlp.max_length

    def _check(self, text):
        if self._marker in text:
            raise RuntimeError("the model broke")
        return text

    def __call__(self, text):
        return self._nlp(self._check(text))

    def pipe(self, texts, **kw):
        return self._nlp.pipe((self._check(t) for t in texts), **kw)


def test_a_model_failure_fails_its_article_only(nlp, tmp_path):
    from extract.runner import extract_all

    paths = [_write(tmp_path, "a.txt", "A\n\nNora Quist said that the harbour would close.\n"),
             _write(tmp_path, "b.txt", "B\n\nFirst words.\n\nSecond words, BREAKS HERE.\n"),
             _write(tmp_path, "c.txt", "C\n\nOmar Haidari said that the port was shut.\n")]
    results = list(extract_all([read_article(p) for p in paths], _FailingOn(nlp, "BREAKS"), batch_size=8))
    assert [a.name for a, _ in results] == ["a.txt", "b.txt", "c.txt"]
    (_, a), (_, b), (_, c) = results
    assert a.error is None and c.error is None and a.quotes and c.quotes
    assert (b.error.code, b.error.line) == ("E110", 5) and "paragraph 2" in b.error.message
    assert b.actors == [] and b.quotes == []


@pytest.mark.corpus
@pytest.mark.slow
def test_extraction_never_crashes_nor_hangs_on_any_article(corpus, archive, nlp):
    """Every corpus and archive article, one at a time, each within a time budget."""
    from extract.runner import extract_all

    paths = find_articles(corpus) + find_articles(archive)
    assert len(paths) >= 42 + 160
    slowest = (0.0, None)
    for path in paths:
        article = read_article(path)
        t = time.perf_counter()
        with time_limit(PER_ARTICLE_BUDGET_S, path.name):
            [(_, found)] = list(extract_all([article], nlp))
        slowest = max(slowest, (time.perf_counter() - t, path.name))
        assert found.error is None, found.error
        texts = [p.text for p in article.paragraphs]
        ids = {a["id"] for a in found.actors}
        for q in found.quotes:
            assert q["speaker"] is None or q["speaker"] in ids, (path.name, q["id"])
            for part in q["text"].split(" ... "):
                assert part in texts[q["paragraph"] - 1], (path.name, q["id"])
    print(f"slowest: {slowest[1]} in {slowest[0]:.1f} s")
