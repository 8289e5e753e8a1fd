"""The release zip explains itself: README (Chinese and English) and LICENSE beside the data."""

from __future__ import annotations

import zipfile
from pathlib import Path

from scripts.package import load_descriptor
from scripts.release import package_zip


def test_release_zip_carries_a_bilingual_readme_and_the_licence(tmp_path: Path):
    archive_path = tmp_path / "package.zip"
    archive_path.write_bytes(package_zip())
    with zipfile.ZipFile(archive_path) as archive:
        names = archive.namelist()
        readme = archive.read("README.md").decode("utf-8")
        licence = archive.read("LICENSE").decode("utf-8")
    assert "README.md" in names and "LICENSE" in names
    descriptor = load_descriptor()
    for heading in [
        "这是什么",
        "许可",
        "如何引用",
        "如何核验",
        "What this is",
        "Licence",
        "How to cite",
        "How it was validated",
    ]:
        assert f"## {heading}" in readme, heading
    for resource in descriptor["resources"]:
        assert f"`{resource['path']}`" in readme and resource["title"] in readme
    assert descriptor["licenses"][0]["name"] in licence
    assert "creativecommons.org/licenses/by/4.0/legalcode" in licence
    assert descriptor["version"] in readme
