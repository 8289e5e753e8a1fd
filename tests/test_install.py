"""The project installed as a user would (`pip install .`, not editable) builds without a
warning and answers a question from a directory that holds only metadata.yml and datapackage/.

The temporary venv reuses the dependencies already installed in this interpreter (a .pth file
naming its site-packages) and gets the project itself with `pip install --no-deps`, so only the
build backend is fetched. The source is copied first: an in-tree build would write into build/.
"""

from __future__ import annotations

import os
import re
import shutil
import site
import subprocess
import venv
from pathlib import Path

import pytest

from scripts.build_db import build
from scripts.package import PACKAGE_DIR, ROOT

QUESTION = "办护照找哪个部门"


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The python of a fresh venv with the project installed non-editable."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for directory in ("scripts", "bot"):
        shutil.copytree(ROOT / directory, source / directory, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    venv.create(work / "venv", with_pip=True)
    python = work / "venv" / "bin" / "python"
    purelib = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    (Path(purelib) / "project-dependencies.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n", encoding="utf-8"
    )
    # This workplace's pip.conf names index directories that do not exist (pip warns about
    # each); the project's own build is what is checked here.
    env = {**os.environ, "PIP_CONFIG_FILE": os.devnull}
    result = subprocess.run(
        [python, "-m", "pip", "install", "--no-deps", str(source)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (work / "install.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    return python


def test_install_prints_no_warning(installed):
    log = (installed.parents[2] / "install.log").read_text(encoding="utf-8")
    assert not [line for line in log.splitlines() if re.search("warn", line, re.I)], log


def test_the_licence_is_an_spdx_expression(installed):
    metadata = subprocess.run(
        [installed, "-c", "from importlib.metadata import metadata; "
         "print(metadata('dazu-gazette')['License-Expression'])"],
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    assert metadata.stdout.strip() == "MIT AND CC-BY-4.0"


@pytest.fixture(scope="module")
def database(tmp_path_factory) -> Path:
    return build(target=tmp_path_factory.mktemp("db") / "dazu-gazette.db", progress=False)


def test_the_installed_bot_answers_from_a_configured_home(installed, database, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(PACKAGE_DIR, home / "datapackage")
    shutil.copy(ROOT / "metadata.yml", home / "metadata.yml")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "DAZU_HOME": str(home), "DAZU_DB": str(database)}
    env.pop("PYTHONPATH", None)
    where = subprocess.run(
        [installed, "-c", "import bot, scripts.portal.serve as s; print(bot.__file__); "
         "print(*sorted(p.name for p in (s.PORTAL_DIR / 'templates').iterdir()))"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )  # fmt: skip
    module, templates = where.stdout.splitlines()
    assert Path(module).is_relative_to(installed.parents[1]), "the installed copy, not the tree"
    assert "index.html" in templates.split()
    answer = subprocess.run(
        [installed, "-m", "bot", "ask", QUESTION],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert answer.returncode == 0, answer.stderr
    assert "区公安局" in answer.stdout


def test_the_installed_bot_without_a_home_says_so_in_one_line(installed, database, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DAZU_HOME", "PYTHONPATH")}
    env["DAZU_DB"] = str(database)
    result = subprocess.run(
        [installed, "-m", "bot", "ask", QUESTION],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert "metadata.yml" in line and "DAZU_HOME" in line
