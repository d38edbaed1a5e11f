"""The workflow guard: editing a spec without `make regen`, or touching generated/, fails `make check-generated`."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from contracts.model import REPO_ROOT


def _copy_checkout(dest: Path) -> Path:
    """The working tree as git sees it (tracked and untracked, not ignored), with the shared .venv and .tools."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO_ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for raw in filter(None, listed):
        source = REPO_ROOT / raw.decode()
        if source.is_file():
            target = dest / raw.decode()
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    for shared in (".venv", ".tools"):
        (dest / shared).symlink_to(REPO_ROOT / shared)
    return dest


def test_spec_edit_without_regen_fails_check_generated_naming_files_and_fix(tmp_path: Path) -> None:
    repo = _copy_checkout(tmp_path / "repo")
    spec = repo / "specs" / "roit" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("summary: Get request by ID", "summary: Get one request by ID", 1))
    (repo / "generated" / "paymentworks-client" / "paymentworks_client" / "models" / "tag.py").unlink()
    (repo / "generated" / "procuros-client" / "procuros_client" / "handwritten.py").write_text("x = 1\n")

    env = {k: v for k, v in os.environ.items() if k != "MAKEFLAGS"}
    # -o: the shared .venv is already synced; do not let make re-run setup against the copy.
    result = subprocess.run(
        ["make", "--no-print-directory", "-o", ".venv/.synced", "check-generated"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "changed: generated/roit-client/roit_client/api/data_integration/get_request.py" in output
    assert "changed: generated/roit-client/GENERATED.json" in output
    assert "missing: generated/paymentworks-client/paymentworks_client/models/tag.py" in output
    assert "stale extra file: generated/procuros-client/procuros_client/handwritten.py" in output
    assert "run make regen" in output
