"""Upload each client's wheel and sdist to a package index named the way uv names indexes (make publish INDEX=<name>).

The index comes from the environment only, never from a file in the repository (NAME is the index name in capitals,
anything but letters and digits as `_`, as uv spells it):

  UV_INDEX="<name>=<url>"         uv's own variable: the simple index consumers install from (several: space-separated)
  UV_INDEX_<NAME>_PUBLISH_URL     where uploads go (pypiserver: its root URL; devpi: the index URL; PyPI:
                                  https://upload.pypi.org/legacy/)
  UV_INDEX_<NAME>_USERNAME        uv's own variables: the upload credentials (PyPI: `__token__` and the token)
  UV_INDEX_<NAME>_PASSWORD

Before anything is uploaded, every client asked for is checked; one that fails stops the whole run: its GENERATED.json
must match its spec, config and templates (make regen), its version must have an entry in its CHANGELOG.md (make
release-notes), and the last contract run on this commit must have been green for it (make contract; --allow-untested
skips only that check). A file the index already has is not sent again.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import httpx

from contracts.model import REPO_ROOT, VENDORS, Vendor, package_version
from contracts.model import vendor as lookup
from contracts.reporting.contract_status import STATUS_FILE, git_head, refusal
from scripts.build import build, uv_binary
from scripts.changelog_entry import changelog_entry
from scripts.regen import CHANGELOG, MANIFEST, manifest_for

__all__ = ["Index", "PublishError", "client_problems", "env_name", "index_from_env", "publish", "refused_status"]

_STATUS = re.compile(r"\b(401|403)\b")
_HREF = re.compile(r"""href=["']?([^"'#> ]+)""")


class PublishError(RuntimeError):
    """A one-line reason publishing stopped, naming the place and the fix."""


def env_name(index: str) -> str:
    """The index name as uv puts it in variable names: capitals, anything but letters and digits as `_`."""
    return re.sub(r"[^A-Z0-9]", "_", index.upper())


@dataclass(frozen=True)
class Index:
    """A package index: where consumers install from, where uploads go, and the upload credentials."""

    name: str
    url: str
    publish_url: str
    username: str
    password: str = ""

    def project_url(self, distribution: str) -> str:
        """The simple-index page listing a project's files (PEP 503)."""
        normalized = re.sub(r"[-_.]+", "-", distribution).lower()
        return f"{self.url.rstrip('/')}/{normalized}/"

    def install_line(self, distribution: str, version: str) -> str:
        """The command a consumer runs to install this version from this index."""
        return f"pip install --index-url {self.url} {distribution}=={version}"


def _declared_indexes(env: dict[str, str]) -> dict[str, str]:
    pairs = (entry.partition("=") for entry in env.get("UV_INDEX", "").split())
    return {name: url for name, sep, url in pairs if sep and name}


def index_from_env(name: str, env: dict[str, str]) -> Index:
    """The index called name, from UV_INDEX and UV_INDEX_<NAME>_*; PublishError naming a missing variable."""
    prefix = f"UV_INDEX_{env_name(name)}_"
    url = _declared_indexes(env).get(name)
    if not url:
        raise PublishError(f'index {name!r}: set UV_INDEX="{name}=<simple index URL>" (uv\'s variable) in the env')
    missing = [f"{prefix}{key}" for key in ("PUBLISH_URL", "USERNAME", "PASSWORD") if not env.get(f"{prefix}{key}")]
    if missing:
        raise PublishError(f"index {name!r}: set {', '.join(missing)} in the environment (never in a repository file)")
    return Index(name, url, env[f"{prefix}PUBLISH_URL"], env[f"{prefix}USERNAME"], env[f"{prefix}PASSWORD"])


def client_problems(row: Vendor, status_path: Path, allow_untested: bool) -> list[str]:
    """Why a client may not be published now (empty when it may)."""
    shown = row.client_dir.relative_to(row.root).as_posix()
    problems = []
    manifest_path = row.client_dir / MANIFEST
    committed = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.is_file() else {}
    stale = sorted(key for key, value in manifest_for(row).items() if committed.get(key) != value)
    if stale:
        problems.append(
            f"{shown}/{MANIFEST} does not match specs/{row.name}/ ({', '.join(stale)} differ): run make regen "
            f"VENDOR={row.name} and commit"
        )
    version = package_version(row.config_path)
    if changelog_entry(row.client_dir / CHANGELOG, version) is None:
        problems.append(f"{shown}/{CHANGELOG} has no `## {version}` entry: run make release-notes VENDOR={row.name}")
    if not allow_untested:
        shown_status = status_path.relative_to(REPO_ROOT) if status_path.is_relative_to(REPO_ROOT) else status_path
        reason = refusal(status_path, row.name, git_head(row.root), shown=str(shown_status))
        if reason:
            problems.append(f"{row.name}: {reason}: run make contract VENDOR={row.name} (or pass ALLOW_UNTESTED=1)")
    return problems


def _files_on_index(index: Index, distribution: str) -> set[str]:
    auth = (index.username, index.password) if index.password else None
    try:
        # No redirects: pypiserver sends a project it lacks to PyPI, whose files are not this index's.
        response = httpx.get(index.project_url(distribution), auth=auth, follow_redirects=False, timeout=30)
    except httpx.HTTPError as exc:
        raise PublishError(f"index {index.name!r}: cannot read {index.project_url(distribution)} ({exc})") from None
    if response.status_code == 404 or response.is_redirect:
        return set()
    if response.status_code != 200:
        raise PublishError(
            f"index {index.name!r}: {index.project_url(distribution)} answered HTTP {response.status_code}; "
            f"check the URL in UV_INDEX"
        )
    return {href.rsplit("/", 1)[-1] for href in _HREF.findall(response.text)}


def refused_status(index: Index) -> str | None:
    """ "401"/"403" when the upload URL refuses these credentials (an upload with no file), else None."""
    try:
        answer = httpx.post(
            index.publish_url,
            auth=(index.username, index.password),
            data={":action": "file_upload", "protocol_version": "1"},
            follow_redirects=False,
            timeout=30,
        )
    except httpx.HTTPError:
        return None
    return str(answer.status_code) if answer.status_code in (401, 403) else None


def _upload(index: Index, artifact: Path) -> None:
    env = {**os.environ, "UV_PUBLISH_USERNAME": index.username, "UV_PUBLISH_PASSWORD": index.password}
    command = [str(uv_binary()), "publish", "--no-progress", "--trusted-publishing", "never"]
    command += ["--publish-url", index.publish_url, str(artifact)]
    result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if result.returncode == 0:
        return
    output = " ".join((result.stdout + result.stderr).split())
    variables = f"UV_INDEX_{env_name(index.name)}_USERNAME and UV_INDEX_{env_name(index.name)}_PASSWORD"
    denied = _STATUS.search(output)
    # An index may refuse before reading the upload (pypiserver does), so the uploader sees a broken pipe, not the
    # status: then ask the index with an empty upload whether it takes these credentials.
    status = denied.group(1) if denied else refused_status(index)
    if status:
        raise PublishError(
            f"index {index.name!r} refused the credentials for {artifact.name} (HTTP {status}): check {variables}"
        )
    raise PublishError(f"upload of {artifact.name} to {index.publish_url} failed: {output[-400:]}")


def publish(rows: list[Vendor], index: Index, out_dir: Path) -> list[str]:
    """Build and upload each client's files the index lacks; return the pip install lines, one per client."""
    lines = []
    for row in rows:
        version = package_version(row.config_path)
        print(f"==> {row.distribution} {version}")
        present = _files_on_index(index, row.distribution)
        artifacts = build(row, out_dir / row.name)
        missing = [a for a in artifacts if a.name not in present]
        if not missing:
            names = ", ".join(a.name for a in artifacts)
            print(f"    already on index {index.name!r} ({names}): nothing to upload")
        for artifact in missing:
            _upload(index, artifact)
            print(f"    uploaded {artifact.name}")
        lines.append(index.install_line(row.distribution, version))
    return lines


def main(argv: list[str] | None = None) -> int:
    """Check, build and upload the named clients (default: every vendor of the table)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help=f"any of {', '.join(VENDORS)} (default: all)")
    parser.add_argument("--index", default=os.environ.get("INDEX", ""), help="the index name (make: INDEX=<name>)")
    parser.add_argument(
        "--allow-untested", action="store_true", help="publish without a green contract run on this commit"
    )
    parser.add_argument("--status", type=Path, default=REPO_ROOT / "reports" / STATUS_FILE, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.index:
        print("publish: name the index: make publish INDEX=<name> (see scripts/publish.py for its variables)")
        return 2
    rows = [lookup(name) for name in args.vendors or VENDORS]
    try:
        index = index_from_env(args.index, dict(os.environ))
        print(f"==> checking {', '.join(row.distribution for row in rows)} before any upload")
        problems = [problem for row in rows for problem in client_problems(row, args.status, args.allow_untested)]
        for problem in problems:
            print(f"publish: {problem}", file=sys.stderr)
        if problems:
            print("publish: nothing uploaded", file=sys.stderr)
            return 1
        with tempfile.TemporaryDirectory(prefix="publish-") as out:
            lines = publish(rows, index, Path(out))
    except PublishError as exc:
        print(f"publish: {exc}", file=sys.stderr)
        return 1
    print("==> consumers install with")
    for line in lines:
        print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
