"""The answering domains, one module each, and the registry that orders them in groups.

Each domain holds its cues, its choice of tool and arguments, and its wording (see
`base.Domain`). `build_registry` wires them for one database; the result is read-only.
"""

from __future__ import annotations

from bot.domains.appointments import Appointments
from bot.domains.base import Context, Evidence, Match, Proof, Question
from bot.domains.compensation import Compensation
from bot.domains.compensation_projects import Projects
from bot.domains.documents import Documents
from bot.domains.elderly import Elderly
from bot.domains.groups import Groups
from bot.domains.insurance import Insurance
from bot.domains.matching import BaseDomain
from bot.domains.meetings import Meetings
from bot.domains.passages import Passages
from bot.domains.registry import Registry
from bot.domains.scope import Scope
from bot.domains.services import Services
from bot.domains.tasks import Tasks
from bot.domains.texts import BroadWord, FreeText

__all__ = [
    "Context",
    "Evidence",
    "Match",
    "Proof",
    "Question",
    "Registry",
    "build_registry",
]


def build_registry(context: Context, projects: Projects) -> Registry:
    """Group 0 scope, group 1 the domains, group 2 the fallbacks."""
    helper = BaseDomain(context)
    domains = (
        Documents(context),
        Meetings(context),
        Compensation(context, projects),
        Insurance(context),
        Appointments(context),
        Groups(context),
        Elderly(context),
        Tasks(context),
        Services(context),
        FreeText(context),
    )
    fallbacks = (Passages(context), BroadWord(context))
    return Registry(((Scope(context),), domains, fallbacks), helper.clarify)
