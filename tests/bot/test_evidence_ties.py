"""Group 1 compares evidence as tuples; equal evidence from two domains becomes options."""

from __future__ import annotations

from bot.domains import Evidence, Match, Proof, Question, Registry
from bot.domains.base import tool_match
from bot.domains.matching import BaseDomain


class Fixed(BaseDomain):
    """A domain that claims every question with the same evidence."""

    def __init__(self, context, name: str, tool: str, evidence: Evidence) -> None:
        super().__init__(context)
        self.name, self.tools, self.evidence = name, (tool,), evidence

    def match(self, question: Question) -> Match | None:
        return tool_match(self.tools[0], {"keyword": "x"}, self.evidence, self.name)


def _registry(answerer, *domains: BaseDomain) -> Registry:
    helper = BaseDomain(domains[0].context)
    return Registry(((), tuple(domains), ()), helper.clarify)


def test_a_stronger_kind_of_proof_beats_any_number_of_cues():
    assert Evidence(Proof.NAME, 1, 1, 0, 0) > Evidence(Proof.CUE, 0, 0, 9, 40)
    assert Evidence(Proof.CUE, 2, 0, 0, 0) > Evidence(Proof.CUE, 1, 1, 5, 5)


def test_equal_evidence_from_two_domains_becomes_a_question_back(answerer):
    context = answerer.registry.groups[1][0].context
    same = Evidence(Proof.CUE, 1, 1, 1, 2)
    registry = _registry(
        answerer,
        Fixed(context, "a", "service_by_keyword", same),
        Fixed(context, "b", "tasks_by_keyword", same),
    )
    match = registry.match(Question("随便", []))
    assert match is not None and match.kind == "clarify" and len(match.options) == 2


def test_the_stronger_of_two_domains_answers(answerer):
    context = answerer.registry.groups[1][0].context
    registry = _registry(
        answerer,
        Fixed(context, "a", "service_by_keyword", Evidence(Proof.CUE, 1, 1, 1, 2)),
        Fixed(context, "b", "tasks_by_keyword", Evidence(Proof.CUE, 1, 1, 2, 0)),
    )
    match = registry.match(Question("随便", []))
    assert match is not None and match.tool == "tasks_by_keyword"
