"""Curated vocabulary under sources/vocab/: one CSV per concern, read through the checked reader.

A curator adds a row, not a regex. Files are read from the `vocab/` folder beside the issue's
sources (so a sources directory may carry its own vocabulary); a sources directory without one
uses the repository's (test and scratch directories that hold only issues).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import PipelineError
from .sources import SOURCES_DIR, read_csv
from .text import label_and_unit


def vocab_path(sources_dir: Path | None, name: str) -> Path:
    """The curated file `name` for issues kept in `sources_dir`."""
    if sources_dir is not None and (sources_dir / "vocab" / name).exists():
        return sources_dir / "vocab" / name
    return SOURCES_DIR / "vocab" / name


@lru_cache(maxsize=64)
def _rows(path: Path, fields: tuple[str, ...], mtime: float) -> tuple[dict[str, str], ...]:
    return tuple(read_csv(path, list(fields)))


def read_vocab(sources_dir: Path | None, name: str,
               fields: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    """Rows of a curated vocabulary file (header checked), cached while the file is unchanged."""
    path = vocab_path(sources_dir, name)
    if not path.exists():
        raise PipelineError(str(path), "curated vocabulary file is missing",
                            expected=f"sources/vocab/{name} with header {','.join(fields)}")
    return _rows(path, fields, path.stat().st_mtime)


# a bracketed word saying what kind of organisation a column lists (协同部门（单位）), not its
# role: the label before it decides
_KIND_QUALIFIERS = frozenset({"单位", "部门", "机构"})


class LabelMap(dict[str, str]):
    """Printed label → value, from a curated `label,<column>,note` file."""

    def role_of(self, label: str) -> str | None:
        """The value of a printed header label: its own row, else the row of the longest
        curated label it ends with (主要牵头单位 → 牵头单位, 政务服务事项名称 → 事项名称), else
        the row of a qualifier in brackets, or of the label before it (责任单位（牵头） → 牵头)."""
        if label in self:
            return self[label]
        ending = next((label[start:] for start in range(1, len(label)) if label[start:] in self),
                      None)  # the longest ending first
        if ending:
            return self[ending]
        base, qualifier = label_and_unit(label)
        if not qualifier:
            return None
        if qualifier in _KIND_QUALIFIERS:  # 协同部门（单位）: the kind of unit, no role
            return self.role_of(base) or self.role_of(qualifier)
        return self.role_of(qualifier) or self.role_of(base)


def label_map(sources_dir: Path | None, name: str, column: str,
              allowed: tuple[str, ...]) -> LabelMap:
    """Printed label → the value of `column` (one of `allowed`), from a `label,<column>,note` file.

    A value outside `allowed` names its file, row and column.
    """
    path = vocab_path(sources_dir, name)
    return _label_map(path, name, column, allowed, path.stat().st_mtime if path.exists() else 0)


@lru_cache(maxsize=64)
def _label_map(path: Path, name: str, column: str, allowed: tuple[str, ...],
               mtime: float) -> LabelMap:
    mapping = LabelMap()
    for row_no, row in enumerate(read_vocab(path.parent.parent, name, ("label", column, "note")),
                                 start=2):
        if row[column] not in allowed:
            raise PipelineError(f"sources/vocab/{name}", f"unknown {column} {row[column]!r}",
                                line=row_no, column=column, expected=" | ".join(allowed))
        mapping[row["label"]] = row[column]
    return mapping
