"""A date erratum excuses only the date it names, not every date of its document."""

from __future__ import annotations

import datetime as dt

from scripts.text import parse_date


def erratum_and_document(copy):
    erratum = next(e for e in copy.rows("errata") if e["kind"] == "date")
    line = int(erratum["source_line"])
    document = next(
        d
        for d in copy.rows("documents")
        if d["source_id"] == erratum["source_id"]
        and int(d["source_line"]) <= line <= int(d["end_line"])
    )
    return erratum, document


def test_the_erratum_excuses_the_printed_outlier(clean_problems, copy):
    erratum, document = erratum_and_document(copy)
    assert parse_date(erratum["printed"]).isoformat() == document["sign_date"]
    assert not any("sign_date" in p for p in clean_problems)


def test_another_outlying_sign_date_in_the_same_document_is_caught(copy):
    erratum, document = erratum_and_document(copy)
    printed = parse_date(erratum["printed"])
    other = printed.replace(year=printed.year - 1)

    def change(rows):
        for row in rows:
            if row["document_id"] == document["document_id"]:
                row["sign_date"] = other.isoformat()
        return rows

    copy.corrupt("documents", change)
    found = copy.problems()
    assert any(f"is dated {other}" in p for p in found), found


def test_a_sign_date_changed_in_the_gazette_is_caught(copy):
    """Source side: the erratum's date line now prints another date."""
    erratum, document = erratum_and_document(copy)
    printed = parse_date(erratum["printed"])
    year = f"{printed.year}"
    copy.edit_line(erratum["source_id"], int(erratum["source_line"]), year, f"{printed.year - 1}")
    found = copy.problems()
    assert any(f"{document['sign_date']} is printed on no date line" in p for p in found), found
    assert dt.date.fromisoformat(document["sign_date"]) == printed
