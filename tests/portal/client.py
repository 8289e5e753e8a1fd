"""Plain HTTP against the test portal (urllib, no mocks); 4xx/5xx come back, not raise."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

DB = "dazu-gazette"


def get(url: str) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def html(url: str) -> str:
    status, _, body = get(url)
    assert status == 200, f"{url} answered {status}"
    return body.decode("utf-8")


def get_json(url: str) -> Any:
    return json.loads(get(url)[2])


def quote(text: str) -> str:
    return urllib.parse.quote(text)


def query_rows(portal: str, name: str, **params: str) -> list[dict]:
    encoded = urllib.parse.urlencode({**params, "_shape": "array"})
    return get_json(f"{portal}/{DB}/{name}.json?{encoded}")
