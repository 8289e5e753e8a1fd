"""Outlines built by hand: what a recogniser sees of a document, without a whole issue."""

from __future__ import annotations

from scripts.recognise import Outline


def outline(title: str, notice: list[str] = (), annex: list[str] = (), *,
            form: str = "document", doc_number: str | None = "大足府办发〔2021〕40号",
            section: str = "区政府办公室文件") -> Outline:
    """Lines are numbered from 10 on; tab-separated lines are headers too."""
    lines = [title, *notice]
    numbered = list(enumerate([*lines, *annex], start=10))
    return Outline(
        path="sources/synthetic.txt", start_line=10, title=title, section=section, form=form,
        doc_number=doc_number, issuer=None,
        notice=numbered[: len(lines)], annex=numbered[len(lines):],
        headers=[(line, [cell.replace(" ", "") for cell in text.split("\t")])
                 for line, text in numbered if "\t" in text])
