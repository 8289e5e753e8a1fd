"""Stateless replicas: several Datasette processes on one immutable database answer alike and
send caching headers that let a CDN or reverse proxy absorb load."""

from __future__ import annotations

import json
import subprocess
import urllib.request

from scripts.portal.serve import SETTINGS, datasette_command
from tests.portal.conftest import free_port, wait_until_up

PATH = "/dazu-gazette/service_by_keyword.json?keyword=%E6%8A%A4%E7%85%A7&_shape=array"


def test_two_replicas_serve_identical_answers_with_cache_headers(portal_files):
    processes, urls = [], []
    try:
        for _ in range(2):
            command = datasette_command(*portal_files, port=free_port())
            process = subprocess.Popen(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            url = f"http://127.0.0.1:{command[command.index('--port') + 1]}"
            processes.append(process)
            urls.append(url)
            wait_until_up(url, process)
        answers = []
        for url in urls:
            with urllib.request.urlopen(url + PATH, timeout=10) as response:
                assert response.headers["Cache-Control"] == (
                    f"max-age={SETTINGS['default_cache_ttl']}"
                )
                assert response.headers["Access-Control-Allow-Origin"] == "*"
                answers.append(response.read())
        assert answers[0] == answers[1]
        assert [row["name"] for row in json.loads(answers[0])] == ["普通护照签发"]
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=10)
