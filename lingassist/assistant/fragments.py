"""What a few words mean when they are not a sentence: a purchase told without its price
("coffee this morning", "the bus pass": an entry whose price is asked for) and a category
with a period ("last month's electricity?": a total asked for). The learned layer, trained
mostly on whole questions, reads such fragments poorly; these shapes are read by rule.
"""

from __future__ import annotations

import re
from datetime import date

from lingassist.assistant.categories import find_category
from lingassist.assistant.intent_words import INCOME, LEFT_TO_SPEND, PAY_ARRIVED
from lingassist.assistant.intents import asks_to_see, is_out_of_scope
from lingassist.assistant.slots import Found
from lingassist.assistant.types import Intent, without_spans

_FEW_WORDS = 3
_SAID_SPENT = re.compile(r"\s*(?:i\s+|we\s+)?(?:just\s+|have\s+)?(?:spent|paid|bought)\b", re.I)
# a number, a person or a verb: a sentence about something ("my daughter turns 9 on
# saturday"), not a purchase's name
_NOT_A_NOUN_PHRASE = re.compile(
    r"\d|\b(?:i|me|my|we|our|you|your|he|she|they|his|her|their|it|is|are|was|were|will|be|"
    r"turns?|have|has|had|do|does|did|"
    # an errand, not a purchase: "cancel spotify", "call the dentist"
    r"cancel(?:led)?|stop(?:ped)?|pause[d]?|quit|unsubscribe[d]?|end(?:ed)?|call|email|text|"
    r"return(?:ed)?)\b",
    re.I,
)
_VAGUE = re.compile(r"\b(?:thing|things|stuff|one|that|this|something)\b", re.I)
_AHEAD = re.compile(r"\b(?:tomorrow|tmrw|next|coming|upcoming|in\s+\w+\s+days?)\b", re.I)
# words that make a fragment a question about spending, not a purchase said without its price
ASKING_WORDS = re.compile(
    r"\?|\b(?:how|what|whats|which|when|where|why|who|total|spent|spend|spending|show|list|"
    r"budget|balance|transactions?|much|many|income|earned|biggest|largest|most|top)\b",
    re.I,
)


def entry_without_amount(text: str, found: Found, ruled: Intent) -> bool:
    """True for a purchase told without its price on one day ("coffee this morning", "got
    groceries at coles yesterday", "uber home last night"): an expense to ask the price of,
    not a question about a period's spending ("groceries last week")."""
    if found.amounts or found.bounds or len(found.dates) != 1 or is_out_of_scope(text):
        return False  # "… but the payment shows as pending": a support question
    if ruled not in (Intent.OTHER, Intent.ADD_EXPENSE, Intent.QUERY_SPENDING):
        return False  # the rules read another question ("biggest expense yesterday")
    if INCOME.search(text) or PAY_ARRIVED.search(text):
        return False  # "bonus came in today": money in, not a purchase
    hit = found.dates[0]
    if not isinstance(hit.past, date) or hit.comparison or _AHEAD.search(hit.span.source):
        return False
    if _SAID_SPENT.match(text) and not ASKING_WORDS.search(_SAID_SPENT.sub("", text, 1)):
        return True  # "spent some money today": the rules' purchase, its price asked
    if ASKING_WORDS.search(text):
        return False
    if ruled is Intent.ADD_EXPENSE:
        return True
    rest = found.without_dates(text)
    words = re.findall(r"[^\W\d_]+", rest)
    vague = _NOT_A_NOUN_PHRASE.search(rest) or _VAGUE.search(rest)
    # "coffee this morning" or "same yesterday", not "finally weekend. Prost!"
    named = find_category(rest) is not None or _SAME.search(rest) is not None
    return 0 < len(words) <= _FEW_WORDS and not vague and named


_SAME = re.compile(r"\bsame\b", re.I)
_FRAGMENT_WORDS = 4


_ARTICLES = re.compile(r"^\s*(?:the|a|an|my|our|some)\s+", re.I)


def bare_purchase(text: str, found: Found) -> bool:
    """True for a purchase named alone, in a word or three ("coffee", "the bus pass"):
    an entry whose price is asked for, not a question."""
    if found.amounts or found.bounds or found.dates or ASKING_WORDS.search(text):
        return False  # "uber total": a question
    phrase = _ARTICLES.sub("", text.strip(" .!"))
    hit = find_category(phrase)
    if hit is None or not 0 < len(phrase.split()) <= _FEW_WORDS:
        return False
    rest = without_spans(phrase, [hit[1]])
    return len(rest.split()) <= 1 and not (_NOT_A_NOUN_PHRASE.search(rest) or _VAGUE.search(rest))


def spending_fragment(text: str, found: Found) -> bool:
    """True for a spending category and a period said in a few words, as a question
    ("last month's electricity?", "kids school stuff past 2 weeks?"), or without the question
    mark over more than a day ("eating out in october")."""
    if found.amounts or found.bounds or len(found.dates) != 1 or found.dates[0].comparison:
        return False
    hit = found.dates[0]
    rest = found.without_dates(text)
    words = re.findall(r"[^\W\d_]+", rest)
    if not 0 < len(words) <= _FRAGMENT_WORDS or _NOT_A_NOUN_PHRASE.search(rest.replace("?", "")):
        return False
    if LEFT_TO_SPEND.search(text) or re.search(r"\b(?:left|remaining|budget)\b", text, re.I):
        return False  # "grocery money left this week?": a budget, not a total
    if asks_to_see(text):
        return False  # "list everything from lidl last month": the entries, not their total
    asked = text.rstrip().endswith("?") or not isinstance(hit.past, date)
    return asked and find_category(rest) is not None
