"""In a real headless browser: the live preview follows an editor's saves, and the memo passes axe-core.

Chromium comes from the operating system (Debian's `chromium`, or Chrome on a CI
runner; `DOSSIER_CHROMIUM` names another), driven by Playwright; axe-core comes
from the `axe-playwright-python` package, which ships `axe.min.js`. Without a
browser these tests skip, saying why. Waits have generous upper bounds and
assert nothing about time: the speed of a save is measured in bench/bench.py.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT

SEED = ROOT / "seeds" / "000_42f5b99eeddfa328.txt"
FACTS = ROOT / "reports" / "000_42f5b99eeddfa328.yaml"
STEM = "000_42f5b99eeddfa328"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
pytestmark = pytest.mark.slow


def chromium_path() -> str | None:
    env = os.environ.get("DOSSIER_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "google-chrome", "google-chrome-stable", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (requirements/lock.txt)")
    exe = chromium_path()
    if not exe:
        pytest.skip("no Chromium or Chrome on this machine (.ci/run installs Debian's chromium when it can)")
    with sync_api.sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=exe, args=ARGS)
        except Exception as exc:  # a browser that cannot start here is a skip, with what it said
            pytest.skip(f"{exe} could not be launched: {str(exc).splitlines()[0]}")
        yield b
        b.close()


@pytest.fixture
def project(tmp_path):
    """A project whose fact file is already extracted: the preview has no reason to load the model."""
    (tmp_path / "seeds").mkdir()
    shutil.copy(SEED, tmp_path / "seeds")
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(FACTS, reports)
    shutil.copytree(ROOT / "reports" / ".machine", reports / ".machine")
    (tmp_path / "templates").mkdir()
    (tmp_path / "dossier.yaml").write_text("seeds: seeds\nreports: reports\ntemplates: templates\n")
    return tmp_path


@pytest.fixture
def preview(project, tmp_path_factory):
    # spaCy made unimportable: the preview must never re-extract an article nobody changed
    fake = tmp_path_factory.mktemp("no-spacy")
    (fake / "spacy").mkdir()
    (fake / "spacy" / "__init__.py").write_text("raise ImportError('spaCy imported by the preview')")
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONPATH": str(fake)}
    proc = subprocess.Popen([sys.executable, str(ROOT / "build.py"), "preview", "-C", str(project)],
                            stderr=subprocess.PIPE, text=True, env=env)
    url, seen = None, []
    for line in proc.stderr:  # the first lines: the initial build, then the address
        seen.append(line)
        m = re.search(r"preview at (http://127\.0\.0\.1:\d+/)", line)
        if m:
            url = m.group(1)
            break
    if url is None:
        proc.kill()
        pytest.fail("the preview did not start:\n" + "".join(seen))
    try:
        yield url, project
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        proc.stderr.close()


def save(path: Path, text: str) -> None:
    """Write as an editor's save does; a pause first, so a file system with coarse times sees a change."""
    time.sleep(0.05)
    path.write_text(text, encoding="utf-8")


def test_preview_follows_edits_errors_and_fixes(browser, preview):
    url, project = preview
    fact = project / "reports" / f"{STEM}.yaml"
    good = fact.read_text(encoding="utf-8")
    page = browser.new_page()
    page.goto(url)
    # the index lists memos by title, linking to each
    link = page.get_by_role("link", name=re.compile("China Cautiously Observes"))
    link.click()
    page.wait_for_url(f"**/{STEM}.html")
    assert page.locator("h1").inner_text().startswith("China Cautiously Observes")
    assert page.locator("#dossier-error").count() == 0

    # an editor writes key points: the open page shows them, without being told to reload
    edited = good.replace("\nsummary:", "\nkey_points:\n- Beijing keeps its distance from the summit.\nsummary:", 1)
    assert edited != good
    save(fact, edited)
    page.locator(".key-points li", has_text="Beijing keeps its distance").wait_for(timeout=60_000)

    # the YAML breaks: the located error is on the page, above the last good memo
    broken_line = edited.count("\n") + 1
    save(fact, edited + "actors: [\n  - : :\n")
    error = page.locator("#dossier-error")
    error.wait_for(timeout=60_000)
    text = error.inner_text()
    assert "[E202]" in text and f"{fact}:" in text
    assert int(re.search(re.escape(str(fact)) + r":(\d+):", text).group(1)) >= broken_line
    assert page.locator(".key-points li", has_text="Beijing keeps its distance").count() == 1

    # fixed: the error goes, the memo is there with the edit
    save(fact, edited)
    error.wait_for(state="detached", timeout=60_000)
    assert page.locator(".key-points li", has_text="Beijing keeps its distance").count() == 1
    assert not (project / "reports" / f"{STEM}.pdf").exists()  # the preview builds HTML only
    page.close()


def test_preview_shows_a_broken_template_and_recovers(browser, preview):
    url, project = preview
    override = project / "templates" / "partials" / "colophon.html.j2"
    page = browser.new_page()
    page.goto(f"{url}{STEM}.html")
    assert page.locator(".colophon").count() == 1
    override.parent.mkdir()
    save(override, "<footer class=colophon>{{ build.no_such_field }}</footer>\n")
    error = page.locator("#dossier-error")
    error.wait_for(timeout=60_000)
    assert f"{override}:1: [E303]" in error.inner_text()
    assert page.locator("h1").inner_text().startswith("China Cautiously Observes")  # the last good memo
    save(override, "<footer class=colophon><p>Restyled colophon.</p></footer>\n")
    page.locator(".colophon", has_text="Restyled colophon.").wait_for(timeout=60_000)
    assert page.locator("#dossier-error").count() == 0
    page.close()


def axe_script() -> Path:
    pkg = pytest.importorskip("axe_playwright_python", reason="axe-playwright-python (axe-core) is not installed")
    js = Path(pkg.__file__).with_name("axe.min.js")
    if not js.is_file():
        pytest.skip(f"axe.min.js is not in {js.parent}")
    return js


def test_memo_html_has_no_serious_accessibility_violations(browser, tmp_path):
    script = axe_script()
    from dossier.build import render_one
    from dossier.facts import load_facts
    from dossier.sources import read_article

    facts = dict(load_facts(FACTS))
    render_one(facts, read_article(SEED), tmp_path, 1700000000, ("html",))
    page = browser.new_page()
    page.goto((tmp_path / f"{STEM}.html").as_uri())
    page.add_script_tag(path=str(script))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    bad = [(v["id"], v["impact"], len(v["nodes"])) for v in result["violations"]
           if v["impact"] in ("serious", "critical")]
    assert result["passes"]  # axe ran its rules on the memo
    assert not bad, bad
    page.close()
