"""python -m bot ask|chat|eval|run."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest

from bot import cli
from bot.cli import JSON_KEYS
from scripts.package import ROOT


@pytest.fixture
def env(database, monkeypatch):
    monkeypatch.setenv("DAZU_DB", str(database))
    monkeypatch.setenv("DAZU_PORTAL_URL", "http://portal.test")


def test_ask_prints_the_answer_its_sources_and_link(env, capsys):
    assert cli.main(["ask", "办护照找哪个部门"]) == 0
    out = capsys.readouterr().out
    assert "区公安局" in out and "依据：" in out and "http://portal.test/dazu-gazette/" in out


def test_ask_json(env, capsys):
    cli.main(["ask", "--json", "见义勇为赔多少"])
    data = json.loads(capsys.readouterr().out)
    assert set(data) == set(JSON_KEYS)
    assert data["tool"] == "insurance_payouts" and data["citations"][0]["doc_number"]


def test_batch_json_is_one_line_per_question_in_one_process(database, tmp_path):
    questions = tmp_path / "questions.txt"
    questions.write_text("办护照找哪个部门\n\n你好\n明天天气怎么样\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--batch", str(questions), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "DAZU_DB": str(database)},
        check=True,
        timeout=120,
    )
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 3
    assert [json.loads(line)["tool"] for line in lines] == ["service_by_keyword", None, None]


def test_chat_answers_and_numbers_pick_options(env, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("巨灾保险怎么理赔\n1\n\n"))
    assert cli.main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "1. 自然灾害怎么理赔" in out and "理赔申请书" in out


def test_eval_prints_heldout_and_tuned_scores_with_wrong_and_refusal_rates(
    env, capsys, tmp_path
):
    assert cli.main(["eval"]) == 0
    out = capsys.readouterr().out
    assert "[tuned]" in out and "service_by_keyword" in out
    assert "refusal rate" in out and "wrong-answer rate" in out
    questions = tmp_path / "questions.jsonl"
    questions.write_text(
        "\n".join(
            json.dumps({"q": q, "intent": "service_by_keyword", "facts": ["区公安局"],
                        "split": split}, ensure_ascii=False)
            for q, split in (("办护照找哪个部门", "tuned"), ("户口迁移找哪个部门", "heldout"))
        ),
        encoding="utf-8",
    )
    assert cli.main(["eval", "--file", str(questions)]) == 0
    out = capsys.readouterr().out
    assert "[heldout]" in out and "[tuned]" in out  # a held-out split is reported apart


def test_run_says_when_the_telegram_adapter_is_missing(monkeypatch, capsys):
    def missing(name):
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(cli.importlib, "import_module", missing)
    assert cli.main(["run"]) == 2
    assert "bot.telegram_app" in capsys.readouterr().err


def test_ask_needs_a_question(env):
    with pytest.raises(SystemExit):
        cli.main(["ask"])
