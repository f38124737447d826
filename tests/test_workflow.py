"""The GitHub Pages workflow, checked here since it cannot run here: its schema, that it
runs .ci/run (the strict build, then `make test`) on a bare GitHub runner, and that only
pushes to main deploy, with the Pages permissions on the deploy job alone."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
CI_RUN = ROOT / ".ci" / "run"
ON_MAIN_PUSH = "github.event_name == 'push' && github.ref == 'refs/heads/main'"


@pytest.fixture(scope="module")
def workflow() -> dict:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    # YAML 1.1 reads the key "on" as True.
    data["on"] = data.pop(True, data.get("on"))
    return data


def test_the_workflow_matches_github_s_schema():
    checker = Path(sys.executable).parent / "check-jsonschema"
    result = subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_tests_run_on_pull_requests_and_pushes_to_main(workflow):
    assert "pull_request" in workflow["on"]
    assert workflow["on"]["push"]["branches"] == ["main"]
    steps = workflow["jobs"]["test"]["steps"]
    assert any(step.get("run", "").strip() == "CI=true bash .ci/run" for step in steps)


def test_only_a_push_to_main_deploys(workflow):
    deploy = workflow["jobs"]["deploy"]
    assert deploy["if"] == ON_MAIN_PUSH
    assert deploy["needs"] == "test"
    uses = [step.get("uses", "") for step in deploy["steps"]]
    assert uses == ["actions/deploy-pages@v4"], "deploy publishes the tested upload, no rebuild"


def test_the_deployed_site_is_the_one_make_publish_built_in_the_tested_job(workflow):
    steps = workflow["jobs"]["test"]["steps"]
    publish = next(s for s in steps if "make publish" in s.get("run", ""))
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert publish["if"] == upload["if"] == ON_MAIN_PUSH
    assert steps.index(publish) < steps.index(upload)
    assert upload["with"]["path"] == "output"


def test_pages_permissions_and_concurrency_belong_to_the_deploy_job_alone(workflow):
    assert workflow["permissions"] == {"contents": "read"}
    assert "concurrency" not in workflow
    for name, job in workflow["jobs"].items():
        permissions = job.get("permissions", {})
        if name == "deploy":
            assert permissions == {"pages": "write", "id-token": "write"}
            assert job["concurrency"]["group"] == "pages"
        else:
            assert "pages" not in permissions and "id-token" not in permissions
            assert "concurrency" not in job


def test_ci_runs_the_strict_build_then_make_test_and_needs_nothing_beside_the_checkout(workflow):
    """A GitHub runner has the checkout alone: no ../shared, no root (installs use sudo)."""
    steps = workflow["jobs"]["test"]["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@")
    # The repository alone (no other repository, path or submodule), with its whole
    # history, which tests/test_eval_floors.py reads.
    assert steps[0].get("with") == {"fetch-depth": 0}
    assert workflow["jobs"]["test"]["runs-on"] == "ubuntu-latest"
    script = CI_RUN.read_text(encoding="utf-8")
    commands = [line.strip() for line in script.splitlines() if line.startswith("make ")]
    assert commands == ["make html STRICT=1", "make test"]
    for text in (WORKFLOW.read_text(encoding="utf-8"), script):
        assert "../shared" not in text
    installs = [line for line in script.splitlines() if "apt-get " in line]
    assert installs and all(line.strip().startswith("$SUDO apt-get") for line in installs)
    assert re.search(r'if \[ "\$\(id -u\)" -ne 0 \]; then SUDO="sudo ', script)


def test_tests_of_the_shared_sets_skip_saying_why_where_they_are_absent():
    """`make test` passes on a clone with no ../shared: each test reading it skips, saying so."""
    readers = [
        path
        for path in (ROOT / "tests").glob("test_*.py")
        if re.search(r'(ROOT\.parent|"\.\.") / "shared"', path.read_text(encoding="utf-8"))
    ]
    assert readers, "no test reads ../shared any more: drop this check"
    for path in readers:
        text = path.read_text(encoding="utf-8")
        assert re.search(r"pytest\.skip\(.*absent", text), f"{path.name} does not skip without it"
