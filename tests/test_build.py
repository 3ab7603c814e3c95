"""The whole pipeline, as `make report` runs it: seed article in, fact file, HTML and PDF out."""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

SEED = ROOT / "seeds" / "000_42f5b99eeddfa328.txt"
pytestmark = pytest.mark.slow


def run_build(seeds, out, *args, env=None):
    e = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", **(env or {})}
    e.pop("CI", None)
    return subprocess.run([sys.executable, str(ROOT / "build.py"), "report", "--seeds", str(seeds),
                           "--out", str(out), *args], capture_output=True, text=True, env=e, timeout=600)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    base = tmp_path_factory.mktemp("e2e")
    seeds, out = base / "seeds", base / "out"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    r = run_build(seeds, out)
    assert r.returncode == 0, r.stderr
    return seeds, out


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_pdf_holds_quotes_speakers_and_citations(built):
    _, out = built
    text = " ".join(pdf_text(out / "000_42f5b99eeddfa328.pdf").split())
    for words in ("China has certain reservations regarding North Korea", "Until there is a clear development",
                  "China wants to do trade", "China should avoid posing this as a trilateral arrangement"):
        assert words in text
    for name in ("Tong Zhao", "Yun Sun", "Niklas Swanstrom", "Lin Jian", "A South Korean government official"):
        assert name in text
    assert "page 1 of" in text


def test_citations_name_the_annex_page_their_paragraph_is_on(built):
    import re

    from pypdf import PdfReader

    from dossier.sources import read_article

    paragraphs = [p.text for p in read_article(SEED).paragraphs]
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(built[1] / "000_42f5b99eeddfa328.pdf").pages]
    cites = re.findall(r"¶(\d+), p\. (\d+)", " ".join(pages))
    assert len(cites) == 9  # one per quote, no footnotes
    for n, page in cites:
        start = " ".join(paragraphs[int(n) - 1].split()[:6])
        assert start in pages[int(page) - 1], f"paragraph {n} is not on page {page}"
    assert "Source text (annex)" not in " ".join(pages)


def test_pdf_metadata_and_bookmarks(built):
    from pypdf import PdfReader

    reader = PdfReader(built[1] / "000_42f5b99eeddfa328.pdf")
    assert reader.metadata.title.startswith("China Cautiously Observes")
    assert "Briefing memo" in reader.metadata.subject
    assert [o.title for o in reader.outline if not isinstance(o, list)][:3] == ["Key points", "Who is who",
                                                                                  "What was said"]


def test_html_links_citations_to_numbered_paragraphs(built):
    html = (built[1] / "000_42f5b99eeddfa328.html").read_text()
    assert 'href="#p5"' in html and 'id="p5"' in html and 'lang="en"' in html


def test_second_run_does_nothing_and_loads_no_model(built, tmp_path):
    seeds, out = built
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    # spaCy and WeasyPrint made unimportable: a no-op build must not need them
    for name in ("spacy", "weasyprint"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "__init__.py").write_text("raise ImportError('imported on the no-op path')")
    r = run_build(seeds, out, env={"PYTHONPATH": str(tmp_path)})
    assert r.returncode == 0, r.stderr
    assert "up to date" in r.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_a_build_that_ends_at_once_leaves_its_output_said_and_no_temporary_fonts(built, tmp_path):
    # the command ends without Python's teardown once its memos are written: its last line still reaches
    # the terminal, and WeasyPrint's temporary folder of fonts is removed, not left in TMPDIR
    seeds, out = built
    other, tmp = tmp_path / "out", tmp_path / "tmp"
    shutil.copytree(out, other)
    (other / ".build" / "000_42f5b99eeddfa328.json").unlink()  # the memo re-rendered, no extraction
    tmp.mkdir()
    r = run_build(seeds, other, env={"TMPDIR": str(tmp)})
    assert r.returncode == 0, r.stderr
    assert r.stderr.rstrip().endswith("dossier: rendered 1")
    assert digest(other) == digest(out)
    assert list(tmp.iterdir()) == []


def digest(folder: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_builds_are_byte_identical(built, tmp_path):
    seeds, out = built
    other = tmp_path / "out"
    r = run_build(seeds, other)
    assert r.returncode == 0, r.stderr
    assert digest(other) == digest(out)


def test_one_bad_article_fails_at_the_end_and_the_others_build(built, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    (seeds / "broken.txt").write_bytes(b"Title\n\nbad \xff byte\n")
    out = tmp_path / "out"
    r = run_build(seeds, out)
    assert r.returncode == 1
    assert f"{seeds / 'broken.txt'}:3: [E104]" in r.stderr and "Traceback" not in r.stderr
    assert (out / "000_42f5b99eeddfa328.pdf").exists()
    assert not (out / "broken.yaml").exists()


def test_help_lists_the_subcommands():
    r = subprocess.run([sys.executable, str(ROOT / "build.py"), "--help"], capture_output=True, text=True)
    assert r.returncode == 0
    for cmd in ("extract", "render", "report", "check"):
        assert cmd in r.stdout


def test_unbalanced_quote_mark_is_reported_with_its_line(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text('Title\n\nFine paragraph.\n\nHe said "this never closes.\n\nThe end.\n')
    r = run_build(seeds, tmp_path / "out", "--format", "html")
    assert r.returncode == 0, r.stderr
    assert f"{seeds / 'a.txt'}:5: [W101] paragraph 2 has a quotation mark that never closes" in r.stderr
    strict = run_build(seeds, tmp_path / "strict", "--format", "html", "--strict")
    assert strict.returncode == 1
    assert f"{seeds / 'a.txt'}:5: [E108] paragraph 2 has a quotation mark that never closes" in strict.stderr
    assert not (tmp_path / "strict" / "a.yaml").exists()


def test_a_broken_template_leaves_the_last_good_memo(built, tmp_path):
    seeds, out = built
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "dossier" / "theme", templates)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (templates / "print.css").write_text((templates / "print.css").read_text() + "\n")  # a restyle: re-render
    (templates / "partials" / "colophon.html.j2").write_text("{{ build.no_such_field }}\n")
    r = run_build(seeds, out, "--templates", str(templates))
    assert r.returncode == 1
    assert f"{templates / 'partials' / 'colophon.html.j2'}:1: [E303]" in r.stderr and "Traceback" not in r.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_parallel_make_gives_the_same_bytes(built, tmp_path):
    if not shutil.which("make"):
        pytest.skip("make is not installed")
    seeds, out = built
    other = tmp_path / "out"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PY": sys.executable}
    env.pop("CI", None)
    # -o: the environment is the one running these tests; make must not set one up
    r = subprocess.run(["make", "-s", "-j2", "-C", str(ROOT), "-o", ".venv/.dossier-setup", "report",
                        f"SEEDS={seeds}", f"OUT={other}", f"PY={sys.executable}"],
                       capture_output=True, text=True, env=env, timeout=600)
    assert r.returncode == 0, r.stderr
    assert digest(other) == digest(out)


def test_memos_rendered_on_two_processes_have_the_same_bytes(tmp_path):
    seeds, one, two = tmp_path / "seeds", tmp_path / "one", tmp_path / "two"
    seeds.mkdir()
    shutil.copy(SEED, seeds)
    (seeds / "b.txt").write_text("Talks resume 🤝\n\n\"We are ready,\" said Jane Doe, the minister. "
                                 "«نحن مستعدون», she added, and \"שלום\".\n\nThe talks resume on Monday.\n",
                                 encoding="utf-8")
    # more memos than the first ones whose HTML is made beside the WeasyPrint import (two per process)
    for name in "cde":
        (seeds / f"{name}.txt").write_text(f"Talks {name}\n\n\"We are ready,\" said Jane Doe, the minister.\n",
                                           encoding="utf-8")
    r = run_build(seeds, one, "--jobs", "1", "-v")
    assert r.returncode == 0, r.stderr
    assert "rendering 5 memo(s) on 1 process(es)" in r.stderr
    shutil.copytree(one, two, ignore=shutil.ignore_patterns("*.pdf", "*.html", ".build"))
    r = run_build(seeds, two, "--jobs", "2", "-v")
    assert r.returncode == 0, r.stderr
    assert "rendering 5 memo(s) on 2 process(es)" in r.stderr
    assert digest(two) == digest(one) and len([p for p in two.iterdir() if p.suffix == ".pdf"]) == 5
    # a memo that fails in a worker is reported like any other (one among the first, one after them),
    # and the other memos still build
    for name in ("b", "e"):
        broken = two / f"{name}.yaml"
        broken.write_text(broken.read_text(encoding="utf-8").replace("We are ready,", "We were ready,"),
                          encoding="utf-8")
    for p in two.glob("*.pdf"):
        p.unlink()
    r = run_build(seeds, two, "--jobs", "2")
    assert r.returncode == 1
    assert r.stderr.count("[E209]") == 2 and "Traceback" not in r.stderr
    assert {p.stem for p in two.glob("*.pdf")} == {"000_42f5b99eeddfa328", "c", "d"}
