"""The household count is the number after its label, not the first number followed by 户."""

from __future__ import annotations

import re


def decision(copy):
    (project,) = copy.rows("compensation_projects")[:1]
    document = next(
        d for d in copy.rows("documents") if d["document_id"] == project["decision_document_id"]
    )
    for line in range(int(document["source_line"]), int(document["end_line"]) + 1):
        printed = copy.line(document["source_id"], line)
        if f"{project['households']}户" in printed.replace(" ", ""):
            return project, document, line, printed
    raise AssertionError("the decision does not print the household count")


def other_count(project) -> str:
    return str(int(project["households"]) + 7)


def with_earlier_count(copy):
    """Source side: the decision now prints another count of 户 before the labelled one."""
    project, document, line, printed = decision(copy)
    sentence = re.search(r"[^，。]*?\d+\s*户", printed)
    earlier = f"其中已签订意向书{other_count(project)}户，"
    copy.edit_line(document["source_id"], line, sentence[0], earlier + sentence[0])
    return project


def test_another_count_printed_first_is_not_taken_for_the_households(copy):
    with_earlier_count(copy)
    assert not any("households" in p for p in copy.problems())


def test_households_set_to_the_first_printed_count_is_caught(copy):
    project = with_earlier_count(copy)

    def change(rows):
        rows[0]["households"] = other_count(project)
        return rows

    copy.corrupt("compensation_projects", change)
    found = copy.problems()
    assert any(
        "field households" in p and f"{project['households']}户 as the decision states" in p
        for p in found
    ), found


def test_a_household_count_changed_in_the_decision_is_caught(copy):
    project, document, line, _ = decision(copy)
    copy.edit_line(
        document["source_id"], line, f"{project['households']}户", f"{other_count(project)}户"
    )
    found = copy.problems()
    assert any(
        "field households" in p and f"{other_count(project)}户 as the decision states" in p
        for p in found
    ), found
