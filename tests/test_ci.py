"""The CI definitions are valid and run what the README says."""

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_workflows_match_the_github_actions_schema():
    checker = Path(sys.executable).with_name("check-jsonschema")
    assert checker.exists() or shutil.which("check-jsonschema"), "check-jsonschema is in requirements/lock.txt"
    workflows = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
    assert workflows
    r = subprocess.run([str(checker), "--builtin-schema", "vendor.github-workflows", *map(str, workflows)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in readme and "make test" in ci


def test_ci_lints_and_tests_the_lowest_and_newest_python():
    import re

    import yaml

    lowest = re.search(r'requires-python = ">=(\d+\.\d+)"', (ROOT / "pyproject.toml").read_text()).group(1)
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "memos.yml").read_text())
    versions = workflow["jobs"]["build"]["strategy"]["matrix"]["python"]
    assert lowest in versions and max(versions, key=lambda v: tuple(map(int, v.split(".")))) != lowest
    assert "ruff check" in (ROOT / ".ci" / "run").read_text()


def test_pages_get_an_index_by_date_and_title_and_are_never_cancelled(tmp_path):
    import yaml

    from dossier.site import entries, index_html

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "memos.yml").read_text())
    assert workflow["concurrency"]["cancel-in-progress"] != True  # noqa: E712 - an expression on main
    assert workflow["jobs"]["pages"]["concurrency"]["cancel-in-progress"] is False
    steps = " ".join(str(s.get("run", "")) for s in workflow["jobs"]["build"]["steps"])
    assert "python -m dossier.site site" in steps
    (tmp_path / "old.html").write_text('<title>Older &amp; wiser</title>'
                                       '<meta name="dcterms.date" content="2019-05-01">')
    (tmp_path / "new.html").write_text('<title>Newer</title>'
                                       '<meta name="dcterms.created" content="2024-01-02T00:00:00Z">')
    (tmp_path / "new.pdf").write_bytes(b"%PDF")
    items = entries(tmp_path)
    assert [(e["title"], e["date"], e["pdf"]) for e in items] == [("Newer", "2024-01-02", "new.pdf"),
                                                                  ("Older & wiser", "2019-05-01", None)]
    page = index_html(items)
    assert page.index("Newer") < page.index("Older &amp; wiser") and 'href="new.pdf"' in page
    assert "new.html</a>" not in page  # titles, not bare file names


def test_reproducibility_is_checked_from_the_committed_fact_files():
    """Re-extracting into a new folder would drop every editor's correction and fail on any reviewed file."""
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "memos.yml").read_text())
    [step] = [s for s in workflow["jobs"]["build"]["steps"] if "reproducible" in s.get("name", "")]
    script = step["run"]
    # rendered again where they are: a memo is dated by its own files' last commit, which copies would lack
    assert "make render ARGS=--force" in script and "cp reports/*.html reports/*.pdf build/first/" in script
    assert "cmp " in script
    assert "make report" not in script and "extract" not in script
