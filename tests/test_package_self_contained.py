"""The package opens in any tool: the descriptor references nothing outside datapackage/."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from scripts.package import PACKAGE_DIR, ROOT


def test_plain_frictionless_validate_passes_on_the_package_as_is():
    result = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "datapackage/datapackage.json"],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_every_path_in_the_descriptor_stays_inside_the_package():
    descriptor = json.loads((PACKAGE_DIR / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        for relative in (resource["path"], resource["schema"]):
            assert not Path(relative).is_absolute() and ".." not in Path(relative).parts
            assert (PACKAGE_DIR / relative).is_file(), relative


def test_the_package_schemas_are_copies_of_the_edited_ones():
    for schema in (PACKAGE_DIR / "schemas").glob("*.json"):
        assert schema.read_bytes() == (ROOT / "schemas" / schema.name).read_bytes(), schema.name


def test_a_copy_of_the_package_alone_validates(tmp_path: Path):
    shutil.copytree(PACKAGE_DIR, tmp_path / "elsewhere")
    result = subprocess.run(
        [sys.executable, "-m", "frictionless", "validate", "elsewhere/datapackage.json"],
        capture_output=True, text=True, cwd=tmp_path, check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:]
