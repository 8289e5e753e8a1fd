"""The order of the domains in group 1 changes no route: evidence decides, not position."""

from __future__ import annotations

import random

from bot import evaluate
from bot.router import Router


def _route(router: Router, question: str) -> tuple:
    match = router.invoke(question)
    return (
        match.kind,
        match.tool,
        match.args,
        [(o.label, o.payload) for o in match.options],
    )


def test_shuffling_the_registry_changes_no_route_of_the_evaluation_set(answerer):
    questions = [item["q"] for item in evaluate.load()]
    before = [_route(answerer.router, q) for q in questions]
    domains = len(answerer.registry.groups[1])
    for seed in range(3):
        order = list(range(domains))
        random.Random(seed).shuffle(order)
        shuffled = Router(answerer.lexicon, answerer.registry.shuffled(order))
        after = [_route(shuffled, q) for q in questions]
        changed = [q for q, b, a in zip(questions, before, after, strict=True) if a != b]
        assert not changed, (order, changed[:5])


def test_every_tool_is_worded_by_exactly_one_domain(answerer):
    owners: dict[str, str] = {}
    for group in answerer.registry.groups:
        for domain in group:
            for tool in domain.tools:
                assert tool not in owners, (tool, owners.get(tool), domain.name)
                owners[tool] = domain.name
    public = {tool.name for tool in answerer.public_tools()}
    assert public <= set(owners), public - set(owners)
