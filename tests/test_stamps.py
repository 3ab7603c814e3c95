"""What a build redoes: HTML and PDF stamped apart, a memo dated by its own inputs' last commit."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

from dossier.build import Outcome, run
from dossier.sources import read_article

STEM = "000_42f5b99eeddfa328"
pytestmark = pytest.mark.slow


@pytest.fixture
def project(tmp_path):
    (tmp_path / "seeds").mkdir()
    shutil.copy(ROOT / "seeds" / f"{STEM}.txt", tmp_path / "seeds")
    (tmp_path / "reports").mkdir()
    shutil.copy(ROOT / "reports" / f"{STEM}.yaml", tmp_path / "reports")
    shutil.copytree(ROOT / "reports" / ".machine", tmp_path / "reports" / ".machine")
    return tmp_path


def render(project: Path, formats) -> Outcome:
    out = run(project / "seeds", project / "reports", do_extract=False, formats=formats, quiet=True, root=project)
    assert not out.failures, out.failures
    return out


def names(outcome: Outcome) -> list[str]:
    return sorted(p.name for p in outcome.outputs)


def test_html_then_pdf_renders_each_once(project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert names(render(project, ("html",))) == [f"{STEM}.html"]
    html = (project / "reports" / f"{STEM}.html").read_bytes()
    assert not (project / "reports" / f"{STEM}.pdf").exists()
    assert names(render(project, ("pdf",))) == [f"{STEM}.pdf"]  # the HTML is not redone
    assert names(render(project, ("html", "pdf"))) == []  # both current: nothing
    assert names(render(project, ("html",))) == []  # an HTML build never makes the PDF stale...
    assert names(render(project, ("pdf",))) == []  # ...nor the other way round
    assert (project / "reports" / f"{STEM}.html").read_bytes() == html


def test_a_fact_file_edit_renders_that_memo_again(project, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    render(project, ("html",))
    fact = project / "reports" / f"{STEM}.yaml"
    fact.write_text(fact.read_text().replace("\nsummary:", "\nkey_points: [One point.]\nsummary:", 1))
    assert names(render(project, ("html",))) == [f"{STEM}.html"]
    assert "One point." in (project / "reports" / f"{STEM}.html").read_text()


def git(project: Path, *args: str, when: int | None = None) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    if when is not None:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = f"@{when} +0000"
    r = subprocess.run(["git", *args], cwd=project, capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    return r.stdout


@pytest.fixture
def repo(project, monkeypatch):
    if not shutil.which("git"):
        pytest.skip("git is not installed")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "articles and facts", when=1_600_000_000)  # 2020-09-13
    return project


def memo_files(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (project / "reports").iterdir() if p.suffix in (".html", ".pdf")}


def test_an_unrelated_commit_renders_nothing(repo):
    first = render(repo, ("html", "pdf"))
    assert names(first) == [f"{STEM}.html", f"{STEM}.pdf"]
    assert "built 2020-09-13" in (repo / "reports" / f"{STEM}.html").read_text()  # its inputs' commit, not today
    before = memo_files(repo)
    (repo / "NOTES.md").write_text("Something else entirely.\n")
    git(repo, "add", "NOTES.md")
    git(repo, "commit", "-qm", "unrelated", when=1_700_000_000)
    assert names(render(repo, ("html", "pdf"))) == []
    assert memo_files(repo) == before


def test_a_commit_to_a_memos_inputs_dates_it(repo):
    render(repo, ("html",))
    fact = repo / "reports" / f"{STEM}.yaml"
    fact.write_text(fact.read_text().replace("\nsummary:", "\nkey_points: [Reviewed.]\nsummary:", 1))
    git(repo, "commit", "-qam", "key points", when=1_700_000_000)  # 2023-11-14
    assert names(render(repo, ("html",))) == [f"{STEM}.html"]
    assert "built 2023-11-14" in (repo / "reports" / f"{STEM}.html").read_text()


def test_source_date_epoch_overrides_the_history(repo, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1500000000")
    render(repo, ("html",))
    assert "built 2017-07-14" in (repo / "reports" / f"{STEM}.html").read_text()


def test_pdf_is_tagged_with_its_language_and_carries_its_fact_file(project, monkeypatch):
    from collections import Counter

    from pypdf import PdfReader

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    render(project, ("pdf",))
    reader = PdfReader(project / "reports" / f"{STEM}.pdf")
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == "en"
    roles: Counter = Counter()
    figures = []
    order = []

    def walk(node):
        node = node.get_object()
        if not isinstance(node, dict):
            return
        role = node.get("/S")
        if role:
            roles[role] += 1
            if role in ("/H1", "/H2", "/H3"):
                order.append(role)
            if role == "/Figure":
                figures.append(node)
        kids = node.get("/K")
        for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
            walk(kid)

    walk(root["/StructTreeRoot"])
    for role in ("/Document", "/H1", "/H2", "/H3", "/Table", "/TH", "/TD", "/L", "/LI", "/BlockQuote", "/Link"):
        assert roles[role], f"no {role} in the structure tree"
    assert order[0] == "/H1" and roles["/H2"] >= 4  # the title first, then the sections, in reading order
    assert all("/Alt" in f for f in figures)  # every figure (none today) has alternative text
    # archival: PDF/A-3a declared in the XMP metadata, the fact file attached as its Source
    xmp = root["/Metadata"].get_object().get_data().decode()
    assert 'pdfaid:part="3"' in xmp and 'pdfaid:conformance="A"' in xmp
    attached = reader.attachments[f"{STEM}.yaml"][0]
    assert attached == (project / "reports" / f"{STEM}.yaml").read_bytes()
    spec = [f.get_object() for f in root["/AF"]]
    assert {s["/AFRelationship"] for s in spec} == {"/Source"}
    assert read_article(project / "seeds" / f"{STEM}.txt").sha256 in attached.decode()


def test_a_story_memo_is_dated_by_its_own_inputs(project, monkeypatch):
    if not shutil.which("git"):
        pytest.skip("git is not installed")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    (project / "stories").mkdir()
    (project / "stories" / "alliance.yaml").write_text(f"title: The alliance\narticles: [{STEM}]\n")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "articles, facts, a story", when=1_600_000_000)  # 2020-09-13

    def build_story():
        out = run(project / "seeds", project / "reports", do_extract=False, formats=("html",), quiet=True,
                  root=project, stories=project / "stories")
        assert not out.failures, out.failures
        return [r for r in out.rendered if r.startswith("stories/")]

    assert build_story() == ["stories/alliance"]
    memo = project / "reports" / "stories" / "alliance.html"
    assert "2020-09-13" in memo.read_text() and "2023-11-14" not in memo.read_text()
    before = memo.read_bytes()
    (project / "NOTES.md").write_text("Something else entirely.\n")
    git(project, "add", "NOTES.md")
    git(project, "commit", "-qm", "unrelated", when=1_700_000_000)  # 2023-11-14
    assert build_story() == []
    assert memo.read_bytes() == before
