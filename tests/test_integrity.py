"""Nothing an editor writes is lost: interrupted builds, lost machine copies, colliding articles, check's report."""

import os
import shutil

import pytest
from test_editing import ARTICLE, assert_review_intact, paragraphs_of, review, rewrite

from dossier import build, facts

INSERTED = "The port of Antwerp handles a fifth of the country's trade."


@pytest.fixture
def reviewed(tmp_path, model_loaded_once):
    """A reviewed fact file whose article then gains a paragraph at the top: the next build must merge."""
    seeds, out = tmp_path / "seeds", tmp_path / "reports"
    seeds.mkdir()
    (seeds / "strike.txt").write_text(ARTICLE, encoding="utf-8")
    facts_path, ids = review(seeds, out)
    title, paras = paragraphs_of(seeds)
    paras.insert(0, INSERTED)
    rewrite(seeds, title, paras)
    return seeds, out, ids, paras


class Interrupt:
    """Every write and rename of a build, counted; at the Nth, the build stops.

    `kill`: the process dies right there (a snapshot of the folder before the call, no clean-up runs);
    otherwise Ctrl-C (KeyboardInterrupt, clean-up handlers run)."""

    def __init__(self, monkeypatch, at=None, kill_to=None):
        self.calls, self.at, self.kill_to = 0, at, kill_to
        real_write, real_replace = facts._write_file, os.replace
        self.out = None

        def step():
            self.calls += 1
            if self.calls == self.at:
                if self.kill_to:
                    shutil.copytree(self.out, self.kill_to, symlinks=True)
                raise KeyboardInterrupt

        def write(path, data):
            step()
            real_write(path, data)

        def replace(src, dst):
            step()
            real_replace(src, dst)

        monkeypatch.setattr(facts, "_write_file", write)
        monkeypatch.setattr(os, "replace", replace)


def full_build(seeds, out):
    return build.run(seeds, out, formats=("html",), quiet=True)


def assert_whole(seeds, out, ids, paras):
    outcome = full_build(seeds, out)
    assert not outcome.failures, outcome.failures
    assert_review_intact(out / "strike.yaml", ids, paras)
    assert build.check(seeds, out).failures == []
    assert not [p for p in (out / ".machine").iterdir() if p.name.endswith((".tmp", ".journal"))]
    assert (out / "strike.html").exists()


def test_an_uninterrupted_build_merges(reviewed, monkeypatch):
    seeds, out, ids, paras = reviewed
    counter = Interrupt(monkeypatch)
    assert_whole(seeds, out, ids, paras)
    assert counter.calls >= 8  # fact file, machine copy, journal, their renames, the memo and its stamp


@pytest.mark.parametrize("kill", [False, True], ids=["ctrl-c", "killed"])
def test_a_build_interrupted_at_every_write_loses_nothing(reviewed, monkeypatch, tmp_path, kill):
    seeds, out, ids, paras = reviewed
    pristine = tmp_path / "pristine"
    shutil.copytree(out, pristine)
    with pytest.MonkeyPatch.context() as mp:
        total = Interrupt(mp)
        full_build(seeds, out)
    n_calls = total.calls
    for n in range(1, n_calls + 1):
        shutil.rmtree(out)
        shutil.copytree(pristine, out)
        dead = tmp_path / f"dead-{n}"
        with pytest.MonkeyPatch.context() as mp:
            stop = Interrupt(mp, at=n, kill_to=dead if kill else None)
            stop.out = out
            with pytest.raises(KeyboardInterrupt):
                full_build(seeds, out)
        if kill:
            shutil.rmtree(out)
            shutil.move(dead, out)
        fact = (out / "strike.yaml").read_text(encoding="utf-8")
        assert "# a mention, not a statement" in fact, n  # at no instant is the editor's file lost
        assert_whole(seeds, out, ids, paras)


def test_a_journal_that_cannot_be_completed_is_reported(reviewed, monkeypatch):
    seeds, out, ids, paras = reviewed
    with pytest.MonkeyPatch.context() as mp:
        stop = Interrupt(mp, at=5)  # both temporaries and the journal written, nothing renamed yet
        with pytest.raises(KeyboardInterrupt):
            full_build(seeds, out)
    journal = out / ".machine" / "strike.journal"
    assert journal.exists() and stop.calls == 5
    for tmp in (out / ".machine").glob(".*.txn.tmp"):
        tmp.unlink()
    before = (out / "strike.yaml").read_bytes()
    [err] = full_build(seeds, out).failures
    assert err.code == "E213" and err.path == str(out / "strike.yaml") and "git checkout" in err.hint
    assert (out / "strike.yaml").read_bytes() == before and journal.exists()


# -- the machine copy ----------------------------------------------------------------------------------

def test_a_lost_machine_copy_is_reported_not_guessed(reviewed):
    seeds, out, ids, paras = reviewed
    shutil.rmtree(out / ".machine")
    before = (out / "strike.yaml").read_bytes()
    [err] = build.run(seeds, out, do_render=False, quiet=True).failures
    assert err.code == "E212" and err.path == str(out / "strike.yaml")
    assert "git checkout -- " in err.hint and "--adopt" in err.hint
    assert (out / "strike.yaml").read_bytes() == before
    # check says so first (the article's new paragraph also leaves citations stale until re-extraction)
    assert [e.code for e in build.check(seeds, out).failures][0] == "E212"


def test_a_restored_machine_copy_lets_the_build_go_on(reviewed, tmp_path):
    seeds, out, ids, paras = reviewed
    saved = tmp_path / "saved.yaml"
    shutil.copy(out / ".machine" / "strike.yaml", saved)
    (out / ".machine" / "strike.yaml").unlink()
    assert build.run(seeds, out, do_render=False, quiet=True).failures
    shutil.copy(saved, out / ".machine" / "strike.yaml")  # what `git checkout` does
    assert_whole(seeds, out, ids, paras)


def test_a_machine_copy_from_another_extraction_is_reported(reviewed, tmp_path):
    seeds, out, ids, paras = reviewed
    machine = out / ".machine" / "strike.yaml"
    machine.write_text(machine.read_text().replace("Ruth Amadi", "Ruth Amady"), encoding="utf-8")
    [err] = build.run(seeds, out, do_render=False, quiet=True).failures
    assert err.code == "E212" and "not the one this fact file was last merged with" in err.message


def test_adopt_takes_the_fact_file_as_reviewed_in_full(reviewed):
    seeds, out, ids, paras = reviewed
    shutil.rmtree(out / ".machine")
    outcome = build.run(seeds, out, formats=("html",), quiet=True, adopt_lost=True)
    assert not outcome.failures, outcome.failures
    assert any("adopted as reviewed in full" in n for n in outcome.notes)
    assert_review_intact(out / "strike.yaml", ids, paras)
    assert build.check(seeds, out).failures == []


def test_an_edited_file_without_its_old_hash_still_merges(reviewed):
    """Fact files written before the hash was recorded: the machine copy is checked by article and extractor."""
    import re

    seeds, out, ids, paras = reviewed
    fact = out / "strike.yaml"
    fact.write_text(re.sub(r"  machine_sha256: .*\n", "", fact.read_text()), encoding="utf-8")
    assert_whole(seeds, out, ids, paras)


# -- articles that would share outputs -----------------------------------------------------------------

def test_two_articles_with_one_name_are_an_error_naming_both(tmp_path, nlp):
    seeds, out = tmp_path / "seeds", tmp_path / "reports"
    seeds.mkdir()
    (seeds / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (seeds / "x.md").write_text("# Another\n\nSomething else entirely.\n", encoding="utf-8")
    (seeds / "y.txt").write_text(ARTICLE, encoding="utf-8")
    outcome = build.run(seeds, out, do_render=False, quiet=True)
    assert [e.code for e in outcome.failures] == ["E111", "E111"]  # one for each article, each naming both
    for err in outcome.failures:
        assert str(seeds / "x.txt") in str(err) and str(seeds / "x.md") in str(err)
    assert outcome.extracted == ["y"] and not (out / "x.yaml").exists()
    (out / "x.yaml").write_text((out / "y.yaml").read_text())  # x's fact file from an earlier build
    assert [e.code for e in build.check(seeds, out).failures] == ["E111", "E111"]  # no E211 for x.yaml


# -- what check prints ---------------------------------------------------------------------------------

def test_check_prints_every_problem_once_in_order_and_counts_them(reviewed, capsys):
    from dossier.cli import main

    seeds, out, ids, paras = reviewed
    assert not full_build(seeds, out).failures
    fact = out / "strike.yaml"
    text = fact.read_text(encoding="utf-8")
    for word, typo in (("economy", "economics"), ("stay out", "stay off"), ("diverted", "diverged")):
        assert word in text
        text = text.replace(word, typo)
    fact.write_text(text, encoding="utf-8")
    assert main(["check", "--seeds", str(seeds), "--out", str(out)]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    problems = [line for line in lines if "[E2" in line]
    assert lines[-1].startswith(f"dossier: {len(problems)} problem(s)") and len(problems) >= 3
    numbers = [int(line.split(":")[1]) for line in problems]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    assert any("[-out-] {+off+}" in line for line in problems)
