"""A story memo built end to end: three corpus articles, one story file, `dossier report` with --stories."""

import os
import shutil
import subprocess
import sys

import pytest
from conftest import ROOT
from test_build import pdf_text

pytestmark = [pytest.mark.slow, pytest.mark.corpus]
ARTICLES = ["2019-07-28-puerto-rico-governor-announces-resignation-following",
            "2019-08-04-puerto-ricos-governor-rossell-resigns-new-governor-sworn-in",
            "2019-08-08-puerto-rico-supreme-court-removes-governor-pierluisi-wanda"]
STORY = "title: Puerto Rico's governors\nquestion: Who governs Puerto Rico?\nhandling: OFFICIAL\narticles:\n"


def build(project, out, *args):
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    env.pop("CI", None)
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "report", "-C", str(project), "--seeds",
                           str(project / "seeds"), "--out", str(out), "--stories", str(project / "stories"), *args],
                          capture_output=True, text=True, env=env, timeout=900)


@pytest.fixture(scope="module")
def project(corpus, tmp_path_factory):
    base = tmp_path_factory.mktemp("story")
    (base / "seeds").mkdir()
    (base / "stories").mkdir()
    for stem in ARTICLES[:2]:
        shutil.copy(corpus / f"{stem}.md", base / "seeds")
    (base / "stories" / "pr.yaml").write_text(STORY + "".join(f"  - {s[:30]}*\n" for s in ARTICLES[:2]))
    r = build(base, base / "out")
    assert r.returncode == 0, r.stderr
    first = (base / "out" / "stories" / "pr.yaml").read_text()
    # a third article arrives: the story takes it in, and the memo says what changed
    shutil.copy(corpus / f"{ARTICLES[2]}.md", base / "seeds")
    (base / "stories" / "pr.yaml").write_text(STORY + "".join(f"  - {s[:30]}*\n" for s in ARTICLES))
    r = build(base, base / "out")
    assert r.returncode == 0, r.stderr
    return base, first


def test_story_pdf_holds_timeline_actors_quotes_and_network(project):
    base, _ = project
    text = " ".join(pdf_text(base / "out" / "stories" / "pr.pdf").split())
    for date in ("28 Jul 2019", "4 Aug 2019", "8 Aug 2019", "7 Aug 2019"):  # article dates; "on Wednesday" of 8 Aug
        assert date in text, date
    assert "ARTICLE 3 PUBLISHED" in text.upper()
    # one entry for Pierluisi, whatever each article called him; Rosselló likewise
    assert "Pedro Pierluisi" in text and "also: Pedro R. Pierluisi Urrutia" in text.replace("  ", " ")
    # his roles in time order, the earlier ones the 4 Aug article gives shown before its date
    delegate, secretary = text.find("non-voting delegate"), text.find("Secretary of state (before 4 Aug")
    assert 0 <= delegate < secretary < text.find("New governor, Puerto Rico (4 Aug") \
        < text.find("Now-former governor, Puerto Rico (8 Aug")
    assert "Ricardo Rosselló Nevares" in text
    # quotes with their per-article citations
    assert "[1·¶3]" in text and "[3·¶3]" in text
    assert "WHO IS CONNECTED TO WHOM" in text.upper() and "speaks about" in text  # the SVG legend, drawn as text
    assert "NEW ARTICLE" in text.upper() and "Puerto Rico Supreme Court removes" in text


def test_story_html_has_an_accessible_inline_svg_and_links_citations_to_the_annex(project):
    html = (project[0] / "out" / "stories" / "pr.html").read_text()
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html and 'role="img"' in html
    assert '<title id="net-title">Who is connected to whom' in html
    assert 'href="#a3-p3"' in html and 'id="a3-p3"' in html


def test_story_facts_are_a_fact_file_with_a_machine_copy(project):
    out = project[0] / "out" / "stories"
    assert (out / ".machine" / "pr.yaml").is_file() and (out / ".machine" / "story.schema.json").is_file()
    from dossier.story_facts import load_story_facts

    facts = load_story_facts(out / "pr.yaml")
    assert facts["changes"]["articles"] == [ARTICLES[2]]
    pierluisi = [a for a in facts["actors"] if "Pierluisi" in a["name"]]
    assert len(pierluisi) == 1 and len(pierluisi[0]["members"]) >= 2
    # his role chain: the 4 Aug article's earlier roles first, each cited where it stands (`Pierluisi is the former
    # Puerto Rican non-voting delegate`, `Rosselló appointed Pierluisi as secretary of state`), then sworn in as
    # governor on 4 Aug (`was sworn in ... as Puerto Rico's new governor`), no longer governor on 8 Aug
    chain = [(r["date"], r["role"], r["paragraph"]) for r in pierluisi[0]["roles"]]
    assert [(d, role) for d, role, _ in chain] == [
        (None, "former Puerto Rican non-voting delegate, U.S. House of Representatives"),
        (None, "secretary of state"),
        ("2019-08-04", "new governor, Puerto Rico"),
        ("2019-08-08", "now-former governor, Puerto Rico")]
    paragraphs = facts_paragraphs(out, ARTICLES[1])
    for (_, _, n), words in zip(chain, ("former Puerto Rican non-voting delegate", "as secretary of state",
                                        "new governor")):
        assert words in dict(paragraphs)[n], (n, words)
    sworn = [k for k, text in paragraphs if "sworn in" in text and "new governor" in text]
    assert sworn and chain[2][2] == sworn[0]


def facts_paragraphs(out, stem):
    """(number, text) of an article's paragraphs, as the story's sources give them."""
    from dossier.sources import read_article

    return [(k, p.text) for k, p in enumerate(read_article(out.parent.parent / "seeds" / f"{stem}.md").paragraphs, 1)]


def test_rebuild_gives_the_same_bytes_and_a_noop_does_nothing(project, tmp_path):
    base, _ = project
    out = base / "out" / "stories"
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    r = build(base, base / "out")
    assert r.returncode == 0 and "up to date" in r.stderr, r.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    (out / "pr.pdf").unlink()
    (out / "pr.html").unlink()
    r = build(base, base / "out")
    assert r.returncode == 0, r.stderr
    assert (out / "pr.pdf").read_bytes() == before["pr.pdf"]
    assert (out / "pr.html").read_bytes() == before["pr.html"]


def test_a_story_pdf_written_by_the_forked_renderer_has_the_same_bytes_as_one_written_in_process(project, tmp_path):
    """With two processes the story's PDF is laid out by a process forked before its facts were computed;
    with one, by the build's own process: the same bytes."""
    base, _ = project
    one = tmp_path / "out"
    shutil.copytree(base / "out", one)
    (one / "stories" / "pr.pdf").unlink()
    r = build(base, one, "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert (one / "stories" / "pr.pdf").read_bytes() == (base / "out" / "stories" / "pr.pdf").read_bytes()


def test_an_html_preview_never_makes_the_story_pdf_stale(project):
    base, _ = project
    out = base / "out" / "stories"
    pdf = (out / "pr.pdf").read_bytes()
    (out / "pr.html").unlink()
    r = build(base, base / "out", "--format", "html")
    assert r.returncode == 0 and "rendered 1" in r.stderr, r.stderr
    r = build(base, base / "out")
    assert r.returncode == 0 and "up to date" in r.stderr, r.stderr
    assert (out / "pr.pdf").read_bytes() == pdf


def test_story_pdf_carries_its_facts_and_says_no_editor_reviewed_them(project):
    from pypdf import PdfReader

    out = project[0] / "out" / "stories"
    attached = PdfReader(out / "pr.pdf").attachments
    assert attached["pr.yaml"] == [(out / "pr.yaml").read_bytes()]
    html = (out / "pr.html").read_text()
    assert "not yet reviewed by an editor" in html and "editor-reviewed" not in html


def test_an_editors_bottom_line_replaces_the_draft(project):
    base, _ = project
    story = base / "stories" / "pr.yaml"
    story.write_text(story.read_text() + "bottom_line: Wanda Vázquez is governor.\nkey_points: [Three in two weeks.]\n")
    r = build(base, base / "out", "--format", "html")
    assert r.returncode == 0, r.stderr
    html = (base / "out" / "stories" / "pr.html").read_text()
    assert "Wanda Vázquez is governor." in html and "Three in two weeks." in html and "Draft, drawn" not in html
