"""Domains in groups, as python-telegram-bot orders handlers: order is data.

- group 0, scope: the first match wins (greeting, help, other place, unknown year);
- group 1, the domains: every domain proves its match, the strongest evidence wins, and a tie
  at the top between domains becomes a clarification (so the order inside the group is
  irrelevant; a test shuffles it);
- group 2, fallbacks: asked only when group 1 finds nothing, compared the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.domains.base import Match, Question
from bot.domains.matching import BaseDomain

SCOPE, DOMAINS, FALLBACKS = 0, 1, 2


Clarify = Callable[[list[Match], str], Match]


@dataclass(frozen=True)
class Registry:
    groups: tuple[tuple[BaseDomain, ...], ...]
    clarify: Clarify

    def owner(self, tool: str) -> BaseDomain | None:
        """The domain that words a tool's rows."""
        for group in self.groups:
            for domain in group:
                if tool in domain.tools:
                    return domain
        return None

    def match(self, question: Question) -> Match | None:
        for domain in self.groups[SCOPE]:
            found = domain.match(question)
            if found is not None:
                return found
        for group in self.groups[DOMAINS:]:
            matches = [m for d in group if (m := d.match(question)) is not None]
            found = strongest(matches, self.clarify)
            if found is not None:
                return found
        return None

    def shuffled(self, order: Sequence[int]) -> Registry:
        """The same registry with group 1 in another order (for the order test)."""
        domains = self.groups[DOMAINS]
        groups = (self.groups[SCOPE], tuple(domains[i] for i in order), *self.groups[2:])
        return Registry(groups, self.clarify)


def strongest(matches: list[Match], clarify: Clarify) -> Match | None:
    """The match with the strongest evidence; a tie between domains' tool calls → options."""
    if not matches:
        return None
    best = max(m.evidence for m in matches)
    top = [m for m in matches if m.evidence == best]
    tools = [m for m in top if m.kind == "tool"]
    domains = {m.domain for m in tools}
    if len(domains) > 1:
        tied = sorted(tools, key=lambda m: (m.domain, m.tool or ""))
        return clarify(tied, "您问的是哪一个？")
    return min(top, key=lambda m: (m.kind != "tool", m.domain, m.tool or ""))
