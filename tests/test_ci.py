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
