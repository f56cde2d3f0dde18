"""Writers beside readers (issue #25): with `socialscope serve` up and four processes polling
it every 50 ms, six imports and an analysis started at once all succeed, the dashboard answers
every poll, nothing is lost, and afterwards it shows the final state."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from socialscope.store import Store

POLLER = """
import json, pathlib, sys, time, urllib.request
url, stop = sys.argv[1], pathlib.Path(sys.argv[2])
answers = {}
while not stop.exists():
    try:
        status = urllib.request.urlopen(url, timeout=30).status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except OSError as exc:
        status = type(exc).__name__
    answers[str(status)] = answers.get(str(status), 0) + 1
    time.sleep(0.05)
print(json.dumps(answers))
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.loads(response.read())


@pytest.mark.slow  # ~40 s on two shared cores: a real server, 4 pollers and 7 writer processes
def test_imports_and_analysis_succeed_while_the_dashboard_is_polled(demo_db, tmp_path):
    db = tmp_path / "shared.duckdb"
    shutil.copy(demo_db, db)
    cli = [sys.executable, "-m", "socialscope.cli", "--db", str(db)]
    port = _free_port()
    server = subprocess.Popen([*cli, "serve", "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(f"{base}/api/data")
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        stop = tmp_path / "stop"
        readers = [
            subprocess.Popen([sys.executable, "-c", POLLER, f"{base}/api/{page}", str(stop)], stdout=subprocess.PIPE,
                             text=True)
            for page in ("data", "overview", "campaigns", "data")
        ]  # fmt: skip
        time.sleep(0.5)
        files = []
        for k in range(6):
            path = tmp_path / f"posts{k}.csv"
            path.write_text("post_id,account_id,text\n" + "".join(f"c{k}_{i},acct{k},hello {i}\n" for i in range(50)))
            files.append(path)
        writers = [subprocess.Popen([*cli, "import", "posts", str(f)], stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, text=True) for f in files]  # fmt: skip
        writers.append(subprocess.Popen([*cli, "analyze", "--only", "campaigns", "--full"], stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True))  # fmt: skip
        outputs = [(w.wait(timeout=300), w.stdout.read()) for w in writers]
        stop.touch()
        polls = [json.loads(r.communicate(timeout=120)[0]) for r in readers]
        assert [code for code, _ in outputs] == [0] * 7, outputs
        # every poll answered (the overview recomputes after each publish, so it answers less often)
        assert all(set(p) == {"200"} for p in polls), polls
        with Store(db, read_only=True) as store:
            for k in range(6):
                assert store.scalar("SELECT count(*) FROM posts WHERE account_id = ?", [f"acct{k}"]) == 50
            posts = store.count("posts")
            runs = store.scalar("SELECT count(*) FROM analysis_runs WHERE analysis = 'campaigns'")
        assert runs >= 2  # the demo's run and ours (--full: its inputs did not change)
        # the last writer published its snapshot: the dashboard now shows the final store
        assert _get(f"{base}/api/data")["tables"]["posts"] == posts
    finally:
        server.terminate()
        server.wait(timeout=30)
