"""The curated words a compensation scheme is read with (sources/vocab/compensation_*.csv).

`compensation_terms.csv` (term, role, value): building structures, uses (住宅/非住宅), 成套/非成套,
units as printed (平方米 = m²), rate categories named by a heading or label, filler words around
item labels, the header cells of rates tables, the things a table row's fee may name (a
utility: 天然气户表补偿 is an item of 附属设施补偿) and the verbs before a minimum area (按,
补足至). `compensation_labels.csv` (label, field): the numbered clauses of a notice and the
words printed just before a household count or floor area. A curator who meets a new word
adds a row; no pattern changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import PipelineError
from ..vocab import read_vocab

TERMS_FILE = "sources/vocab/compensation_terms.csv"
LABELS_FILE = "sources/vocab/compensation_labels.csv"
ROLES = (
    "structure",
    "use",
    "suite",
    "unit",
    "category",
    "filler",
    "table_header",
    "estimate",
    "settlement",
    "category_suffix",
    "fee_item",
    "price_header",
    "floor_verb",
    "section_word",
)
NUMBER = r"\d+(?:\.\d+)?"


@dataclass(frozen=True)
class Terms:
    """Curated words by role, longest first (非住宅 is tried before 住宅)."""

    by_role: dict[str, list[tuple[str, str]]]
    labels: dict[str, list[str]]

    def find(self, role: str, text: str | None) -> tuple[str, str] | None:
        """(term, value) of the longest term of `role` printed in `text`."""
        if not text:
            return None
        return next(((t, v) for t, v in self.by_role.get(role, []) if t in text), None)

    def value(self, role: str, text: str | None) -> str | None:
        found = self.find(role, text)
        return found[1] if found else None

    def words(self, role: str, value: str | None = None) -> list[str]:
        return [t for t, v in self.by_role.get(role, []) if value is None or v == value]

    def alternation(self, role: str, value: str) -> str:
        """A regex group matching every printed form of one value (m² or 平方米)."""
        return "(?:" + "|".join(re.escape(word) for word in self.words(role, value)) + ")"

    def labels_of(self, field: str) -> list[str]:
        return self.labels.get(field, [])

    def strip_fillers(self, label: str) -> str:
        """An item label without the words printed around it (拟定…的房屋按 → …)."""
        changed = True
        while changed and label:
            changed = False
            for filler in self.words("filler"):
                if label.startswith(filler):
                    label, changed = label[len(filler) :], True
                if label.endswith(filler):
                    label, changed = label[: -len(filler)], True
        return label.strip("：:，,、；;。 的")


def load_terms(sources_dir: Path | None = None) -> Terms:
    """Both vocabulary files (the ones beside the issues, else the repository's); a row with an
    unknown role is a broken curated file."""
    by_role: dict[str, list[tuple[str, str]]] = {}
    rows = read_vocab(sources_dir, "compensation_terms.csv", ("term", "role", "value", "note"))
    for row_no, row in enumerate(rows, start=2):
        if row["role"] not in ROLES or not row["term"]:
            raise PipelineError(
                TERMS_FILE,
                f"role {row['role']!r} for term {row['term']!r}",
                line=row_no,
                column="role",
                expected=f"a term and one of {', '.join(ROLES)}",
            )
        by_role.setdefault(row["role"], []).append((row["term"], row["value"]))
    for words in by_role.values():
        words.sort(key=lambda pair: -len(pair[0]))
    labels: dict[str, list[str]] = {}
    for row in read_vocab(sources_dir, "compensation_labels.csv", ("label", "field", "note")):
        labels.setdefault(row["field"], []).append(row["label"])
    for words in labels.values():
        words.sort(key=lambda word: -len(word))
    return Terms(by_role, labels)


def labelled_number(terms: Terms, field: str, text: str, unit: str) -> str | None:
    """The number printed after one of `field`'s labels and before `unit` (a regex).

    征收总户数43户 / 涉及被征收房屋住户58户 / 红线范围内43户土地房屋 give the household count even
    when other numbers of 户 come first in the text (已签约5户…): only a labelled number counts.
    """
    squeezed = re.sub(r"\s+", "", text)
    for label in terms.labels_of(field):
        pattern = rf"{re.escape(label)}[^\d，,。；;：:]{{0,8}}?({NUMBER}){unit}"
        if match := re.search(pattern, squeezed):
            return match[1]
    return None
