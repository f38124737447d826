"""The GitHub Pages workflow, checked here since it cannot run here: its schema, and that
only pushes to main deploy, with the Pages permissions on the deploy job alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"
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
