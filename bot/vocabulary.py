"""Words that tell what a resident is asking about (cues), as residents put them.

Names (organisations, people, items, perils …) are not listed here: they come from the
database (bot.lexicon). The question words around the names are curated data in
bot/curated/vocabulary.csv (installed with the bot: a home holds only metadata.yml and
datapackage/; columns list, word, means): one row per word of a list, `means`
filled for lists that map a resident's word to the printed one, and
`list:key` for lists grouped by a key (project_facets:phone). This module loads them once,
under the names the domains use (bot.domains.*).
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

VOCABULARY_FILE = Path(__file__).resolve().parent / "curated" / "vocabulary.csv"
FIELDS = ("list", "word", "means")


class VocabularyError(ValueError):
    """A row of a curated file is malformed (file, row, column, expected)."""


def curated_rows(
    path: Path, fields: tuple[str, ...], required: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of a curated CSV file with their line numbers, once its header is `fields`
    and each row fills every `required` column; any other row stops the load."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != fields:
            raise VocabularyError(f"{path}: header {reader.fieldnames}, expected {fields}")
        for row_no, row in enumerate(reader, start=2):
            if None in row:
                raise VocabularyError(
                    f"{path}:{row_no}: more than {len(fields)} columns (quote a value with commas)"
                )
            for column in required:
                if not (row.get(column) or "").strip():
                    raise VocabularyError(f"{path}:{row_no}: column {column} is empty")
            yield row_no, row


def _load(path: Path) -> dict[str, list[tuple[str, str]]]:
    lists: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for _, row in curated_rows(path, FIELDS, required=("list", "word")):
        lists[row["list"].strip()].append((row["word"], row.get("means") or ""))
    return lists


_LISTS = _load(VOCABULARY_FILE)


# every curated word of two characters or more: the questions' own words
QUESTION_WORDS = frozenset(word for rows in _LISTS.values() for word, _ in rows if len(word) >= 2)


def words_of(name: str) -> tuple[str, ...]:
    return tuple(word for word, _ in _LISTS.get(name, []))


def mapping_of(name: str) -> dict[str, str]:
    return {word: means for word, means in _LISTS.get(name, [])}


def meanings_of(name: str) -> dict[str, tuple[str, ...]]:
    """A list whose word may have several meanings (one row each), in file order."""
    meanings: dict[str, tuple[str, ...]] = {}
    for word, means in _LISTS.get(name, []):
        meanings[word] = (*meanings.get(word, ()), means)
    return meanings


def grouped(name: str) -> dict[str, tuple[str, ...]]:
    """`name:key` lists as {key: words}, in file order."""
    return {
        key.split(":", 1)[1]: tuple(word for word, _ in rows)
        for key, rows in _LISTS.items()
        if key.startswith(name + ":")
    }


GREETINGS = words_of("greetings")
HELP = words_of("help")
INSURANCE = words_of("insurance")
INSURANCE_WEAK = words_of("insurance_weak")
OTHER_INSURANCE = words_of("other_insurance")
CLAIM = words_of("claim")
# payments a per-peril scheme states in its terms, not its table of death payouts (残疾, 医疗费):
# 咋个赔 with one asks that payment, not the procedure
PAYOUT_KINDS = words_of("payout_kinds")
# a loss reported or paid (报案, 定损, 赔款): insurance words, whatever else the question says
LOSS_REPORT = words_of("loss_report")
# words every insurance scheme's name prints (养殖, 种植): they name no scheme in particular
SCHEME_GENERIC = words_of("scheme_generic")
DUTY = words_of("duty")
COMPENSATION = words_of("compensation")
COMPENSATION_WEAK = words_of("compensation_weak")
ESTIMATE = words_of("estimate")
# a whole estimate asked for (一共能拿好多): the items a house description names are its inputs
ESTIMATE_TOTAL = words_of("estimate_total")
# verbs of being paid (补, 赔, 拿): a payment to the resident, not a fee paid by them (交)
RECEIVE = words_of("receive")
# who handles a thing (找哪个部门): a passage mentioning the thing does not answer it
WHO_HANDLES = words_of("who_handles")
PROJECT_FACETS = grouped("project_facets")
RATE_FOCUS = grouped("rate_focus")
MONEY = words_of("money")
# A question about a rule (能不能, 补不补, 依据什么): the sentence of the text answers it; the
# rates answer only a question that asks for an amount (多少, 标准, 咋算).
POLICY_ASKS = words_of("policy_asks")
AMOUNT_ASKS = words_of("amount_asks")
DECORATION_WORDS = mapping_of("decoration_words")
NO_DECORATION_WORDS = words_of("no_decoration_words")
STRUCTURE_WORDS = words_of("structure_words")
PLACE_WORDS = words_of("place_words")
PROJECT_KINDS = words_of("project_kinds")  # 项目, 改造: the kind of a project, not one
# A resident's words for a settlement mode → the mode a rate table prints.
SETTLEMENT_WORDS = mapping_of("settlement_words")
# the new home of a swap (安置房好多钱一平方: its price, not the old home's)
NEW_HOME_WORDS = words_of("new_home_words")
# a peril in residents' words → a word its printed scope holds (楼上掉 → 高空坠物)
PERIL_WORDS = mapping_of("peril_words")
# a household's situation in residents' words → the words a condition prints (没得别的房 →
# 无其他住房, 低保 → 最低生活保障)
CONDITION_WORDS = mapping_of("condition_words")
# Kinds of building structure residents name (a rate table prices some of them).
BUILDING_STRUCTURES = words_of("building_structures")
# A resident's name of a structure → the name a rate table may print instead (砖混 = 混合结构).
STRUCTURE_SYNONYMS = mapping_of("structure_synonyms")
# A resident's word for a utility a household has (座机 → 电话, 有线 → 有线电视): matched against
# the items a rate table prints for them.
# a resident's word for a utility → the words rows may print for it (水 → 自来水, 水表)
FITTING_WORDS = meanings_of("fitting_words")
# Words that deny the thing named after them (没装天然气) or say the household has it (有天然气).
NEGATIONS = words_of("negations")
POSSESSION = words_of("possession")
# a house lost, as residents say it (全倒, 垮完了): an insurance notice's total-loss payout
TOTAL_LOSS = words_of("total_loss")
GROUP = words_of("group")
ELDERLY = words_of("elderly")
CARE_HOME = words_of("care_home")
ELDERLY_STANDARD = words_of("elderly_standard")
ELDERLY_RESPONSIBLE = words_of("elderly_responsible")
ELDERLY_TOTAL = words_of("elderly_total")
APPOINTMENT = words_of("appointment")
PROBATION = words_of("probation")
PEOPLE_ASKED = words_of("people_asked")
# a question about how a person was appointed or removed (not only what they are)
APPOINTED_ASKS = words_of("appointed_asks")
POSITIONS = words_of("positions")
GENERIC_POSITIONS = words_of("generic_positions")
# the head of an organisation asked (一把手): its title by the end of its name (局 → 局长)
HEAD_ASKS = words_of("head_asks")
HEAD_TITLES = mapping_of("head_titles")
TASK = words_of("task")
# how many tasks a plan lists (一共好多项)
TASK_COUNT = words_of("task_count")
DEADLINE = words_of("deadline")
SERVICE = words_of("service")
SERVICE_WORDS = mapping_of("service_words")
# Residents' words for words the gazette prints in its texts (饭店 → 餐饮场所), any domain.
TEXT_WORDS = mapping_of("text_words")
DO_VERBS = words_of("do_verbs")
# 办 alone is part of too many words (通办, 办公, 办事处); it is a cue after these.
SERVICE_DO = words_of("service_do")[0] if words_of("service_do") else r"(?!)"
DEPARTMENT_SERVICES = words_of("department_services")
CATALOGUE_LIST = words_of("catalogue_list")
NEARBY = words_of("nearby")
SERVICE_COUNT = words_of("service_count")
DOCUMENT = words_of("document")
# the kinds of document a title ends with (…实施方案): naming one names a document
DOCUMENT_KINDS = tuple(words_of("document_kind"))
# what a document says is asked (…说的啥): its opening is quoted
CONTENT_ASKS = tuple(words_of("content_asks"))
MEETING = words_of("meeting")
MEETING_WEAK = words_of("meeting_weak")
# 哪次常务会…: the meeting itself is asked for (its number and date answer)
MEETING_ASKS = words_of("meeting_asks")
FILLER = words_of("filler")
FILLER_SORTED = tuple(sorted(dict.fromkeys(FILLER), key=len, reverse=True))  # ties: file order
# Single characters that can be cut from the ends of a keyword (others may end a name: 就近办).
PARTICLES = "".join(words_of("particles"))
OTHER_PLACES = tuple(re.escape(place) for place in words_of("other_places"))
OFF_TOPIC = words_of("off_topic")
# asked to write something (a script, an essay): never what the gazette answers, whatever it names
WRITING_ASKS = words_of("writing_asks")
# off the gazette whatever the question names (龙水镇哪家火锅好吃, 推荐一下)
OFF_TOPIC_ALWAYS = words_of("off_topic_always")
# words of an insurance title saying how it is run, not what it insures (政策性)
SCHEME_QUALIFIERS = words_of("scheme_qualifiers")
# bodies other than a leading group (专班, 指挥部): naming one names no 领导小组
OTHER_BODIES = words_of("other_bodies")
# whether a case is covered (赔不赔): the notice's cover and exclusions answer, quoted
COVERAGE_ASKS = words_of("coverage_asks")
# the latest holder of a post is asked (新来的副镇长是谁)
CURRENT_ASKS = words_of("current_asks")
# who left a post is asked too (走的是哪个, 原来那个): the removals stay in the list
LEFT_ASKS = words_of("left_asks")
# a post's holder replaced (院长换成哪个了): asks its appointments, when a post is named
REPLACED_ASKS = words_of("replaced_asks")
# others than the person named are asked (一个是张三，另一个是哪个): the person is context
OTHERS_ASKED = words_of("others_asked")
# the district itself: another place named beside it is context (从成都调回大足…)
HOME_PLACE = words_of("home_place")
COLLOQUIAL_ORGANISATIONS = mapping_of("colloquial_organisations")
# Which rate category plays which part in an estimate (the category names are the gazette's).
RATE_ROLES = mapping_of("rate_roles")
NON_RESIDENTIAL = words_of("non_residential")
# A resident's word for a kind of building (门面, 仓库) → words a rate table may print for it
# (营业, 商业, 门市 / 仓储), in order of preference.
BUILDING_KINDS = grouped("building_kinds")
NEARBY_CATALOGUE = words_of("nearby_catalogue")
ISSUE_WORDS = words_of("issue_words")
# the issue the question is about is the latest one (这期, 本期 …)
THIS_ISSUE = words_of("this_issue")
THIS_BATCH = words_of("this_batch")  # 这批: the latest catalogue batch
ISSUE_ASKS = words_of("issue_asks")
# what the gazette's back page prints about itself (主办单位, 地址, 电话, 网址, 邮编 …)
COLOPHON_ASKS = words_of("colophon_asks")
