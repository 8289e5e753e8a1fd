"""The same question gets the same answer in every process: nothing a reading depends on
follows the iteration order of a set of strings, which Python changes from run to run
(PYTHONHASHSEED). Found with a question whose meeting words were blanked in set order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUESTIONS = ["5月15号区政府常务会议研究了些啥子", "区政府常务会议研究了些啥子",
             "门面房子征收怎么补", "办护照找哪个部门"]
_ASK = """
import json, sys
from bot.core import Answerer
answerer = Answerer(database_path=sys.argv[1])
print(json.dumps([[a.kind, a.tool, a.answer] for a in map(answerer.ask, json.loads(sys.argv[2]))],
                 ensure_ascii=False))
"""


def _answers(database: Path, seed: int) -> list:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    output = subprocess.run([sys.executable, "-c", _ASK, str(database), json.dumps(QUESTIONS)],
                            cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(output.stdout)


def test_answers_are_the_same_whatever_the_hash_seed(database):
    assert _answers(database, 0) == _answers(database, 3)
