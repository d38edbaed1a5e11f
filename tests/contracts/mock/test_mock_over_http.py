"""The mocks over real HTTP: 32 concurrent clients lose no update; `serve` starts, answers and stops."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from contracts.mock import DEMO_TOKEN, create_app
from contracts.mock.testing import serve_in_thread

R = "/roit-data-integration/v1"
ROOT = Path(__file__).resolve().parents[3]
STATUSES = ("START", "PROCESSING", "AUDIT", "CONSOLIDATION", "FINISHED")


def _client_session(base_url: str, worker: int) -> tuple[list[int], bool]:
    """Create a request, update it through both update routes, read it back; return statuses and correctness."""
    statuses: list[int] = []
    with httpx.Client(base_url=base_url, headers={"Authorization": DEMO_TOKEN}, timeout=10) as client:
        created = client.get(f"{R}/requests/create")
        statuses.append(created.status_code)
        pid = created.json()["data"]["processUniqueId"]
        for step, status in enumerate(STATUSES):
            body = {"processUniqueId": pid, "processStatus": status, "metadata": {"worker": worker, "step": step}}
            if step % 2:
                response = client.put(f"{R}/requests/{pid}", json=body)
            else:
                response = client.post(f"{R}/requests/update", json=body)
            statuses.append(response.status_code)
            statuses.append(client.get(f"{R}/requests/list", params={"limit": 20}).status_code)
        final = client.get(f"{R}/requests/{pid}")
        statuses.append(final.status_code)
        data = final.json()["data"]
        return statuses, data["processStatus"] == STATUSES[-1] and data["metadata"] == {"worker": worker, "step": 4}


def test_32_concurrent_clients_lose_no_update_and_get_no_5xx() -> None:
    app = create_app("roit")
    with serve_in_thread(app) as base_url, ThreadPoolExecutor(max_workers=32) as pool:
        results = list(pool.map(lambda w: _client_session(base_url, w), range(32), timeout=60))
    statuses = [s for codes, _ in results for s in codes]
    assert [ok for _, ok in results].count(False) == 0  # lost updates
    assert [s for s in statuses if s >= 500] == []
    assert len(app.state.requests) == 12 + 32
    assert len(app.recorded) == len(statuses) and app.violations == []


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_serve_starts_answers_and_stops_on_ctrl_c() -> None:
    ports = {vendor: _free_port() for vendor in ("roit", "paymentworks", "procuros")}
    command = [sys.executable, "-m", "contracts.mock", "serve", "--fault", "server-error@get_update"]
    for vendor, port in ports.items():
        command += [f"--{vendor}-port", str(port)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MOCK_FAULTS": ""}
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.append(line)
            if line.startswith("Ctrl-C stops"):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert ready.wait(10), "".join(lines)
        output = "".join(lines)
        assert f"http://127.0.0.1:{ports['procuros']}   Authorization: Bearer {DEMO_TOKEN}" in output
        assert f"Authorization: Token {DEMO_TOKEN}" in output and "server-error@get_update" in output
        base = f"http://127.0.0.1:{ports['procuros']}"
        assert httpx.get(f"{base}/v2/ping", headers={"Authorization": f"Bearer {DEMO_TOKEN}"}).status_code == 204
        recorded = httpx.get(f"{base}/__mock__/requests").json()
        assert recorded[-1]["operation_id"] == "ping" and recorded[-1]["headers"]["authorization"] == "Bearer ***"
        pw = httpx.get(
            f"http://127.0.0.1:{ports['paymentworks']}/api/updates/22584/",
            headers={"Authorization": f"Token {DEMO_TOKEN}"},
        )
        assert pw.status_code == 500
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=5)
        reader.join(5)
        assert process.stdout is not None
        process.stdout.close()
