"""Conversation context: follow-ups complete the previous command.

"and last month?" reuses the previous question with a new period; "make it 15" changes the
amount of the previous write; "no, yesterday" changes its date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta
from decimal import Decimal

from lingassist.assistant.categories import category_code, is_brand, is_category_word
from lingassist.assistant.date_words import MONTHS, WEEKDAYS, day_range
from lingassist.assistant.intent_words import (
    DROPPED_THEN_CORRECTED,
    NUMBER_WORD,
    PAY_APP,
    asked_to_write,
)
from lingassist.assistant.intents import is_out_of_scope, moves_it
from lingassist.assistant.lexicon import MAJOR_CURRENCY_WORDS, SMALL_COUNTS, WAY_BACK
from lingassist.assistant.money_rules import CENT, resolve_currency_word
from lingassist.assistant.sharing import find_split_with, names_at
from lingassist.assistant.spoken import said_magnitude
from lingassist.assistant.types import (
    ENTRY_INTENTS,
    QUESTION_INTENTS,
    Intent,
    ParsedCommand,
    Span,
    without_spans,
)
from lingassist.core.errors import InvalidAmount
from lingassist.core.money import read_money
from lingassist.core.periods import (
    Period,
    add_months,
    is_calendar_month,
    month_period,
    year_period,
)

_QUERIES = QUESTION_INTENTS
# Slots that are values, not names: a sentence of values only ("15", "yesterday") is a
# follow-up, one that names a shop or a person stands alone.
_VALUE_SLOTS = frozenset(
    [
        "amount",
        "currency",
        "date",
        "period",
        "comparison",
        "limit",
        "min_amount",
        "max_amount",
        "recurrence",
    ]
)
# Short sentences that point back at what was just said ("that was at Aldi", "it's every
# month", "to savings", "split it with Tom", "paid cash"): follow-ups unless they carry a
# write of their own with an amount.
_POINTS_BACK = re.compile(
    r"^(?:that|that's|thats|this|it|it's|its|to|at|in|into|for|from|on|with|by|via|paid|"
    r"split\s+it|categori[sz]e\s+(?:it|that)|put\s+(?:it|that)|add\s+(?:it|that)|"
    r"two|three|a\s+couple|"
    # the category named for what was just said: "category: commute", "tag it transport",
    # "label it dining", "class it as entertainment", "should go under travel"
    r"categor(?:y|ies)|cat(?=\s*:)|tag(?:ged)?|label(?:led)?|class(?:ify)?\s+(?:it|that)|"
    r"count\s+(?:it|that)\s+as|as|under|should\s+go|goes\s+(?:in|under)|wrong\s+category)\b",
    re.I,
)
_SHORT_WORDS = 7
# A change of mind opening a correction: "on second thought", "on reflection", "who am I
# kidding"
_MIND_CHANGED = (
    r"on\s+second\s+thoughts?|on\s+reflection|thinking\s+about\s+it|"
    r"come\s+to\s+think\s+of\s+it|having\s+thought\s+about\s+it|who\s+am\s+i\s+kidding"
)
# ("Please make it 350.", "hmm make it 3.5k", "Better 200 € per month.", "Let us say 300",
# "nah make it 75 quid", a learner's "make 180")
_NEW_AMOUNT = re.compile(
    r"^\s*(?:(?:no|nah|actually|sorry|oh|wait|please|pls|hmm+|hm+|ok|okay|um+|uh+|erm?|well|so|"
    + _MIND_CHANGED
    + r")[,.!\s]+)*"
    r"(?:(?:(?:better|just|rather)\s+)?(?:(?:make|change)\s+(?:(?:it|that|am)\s+)?(?:to\s+)?|change\s+to\s+|"
    r"(?:better|rather|(?:let['’]?s|lets|let\s+us)\s+(?:say|do|go\s+with|make\s+it))\s+)"
    r"[$€£]?\d|"
    # the new figure said first, then preferred: "hmm 350 is better", "Change, 6万 is better",
    # "400 would be more realistic"
    r"(?:change[,.!\s]+)?[$€£¥₹]?\d[\d.,]*\s*(?:[kK万千]|[^\W\d_]{1,6})?\s+(?:is|would\s+be|['’]d\s+be|"
    r"sounds|seems)\s+(?:much\s+|a\s+bit\s+)?(?:better|more\s+realistic|safer|fairer|more\s+like\s+it)\b"
    r"(?!\s+than\b))",
    re.I,
)
# A change of mind, then the new figure alone: "On second thought, 450.", "on second thoughts
# 300", "lol who am I kidding, 325"
_FIGURE_ON_SECOND_THOUGHT = re.compile(
    r"^\s*(?:(?:no|nah|hmm+|ok|okay|well|actually|lol|haha|ugh)[,.!\s]+)*(?:"
    + _MIND_CHANGED
    + r")[,.!\s]+[$€£¥₹]?\d\S*?\s*[.!]?\s*\Z",
    re.I,
)
# A figure judged too small or too big: "… is too little", "… was way too much"
JUDGED_TOO = (
    r"(?:(?:is|was|['’]s)\s+(?:way\s+|far\s+|a\s+bit\s+|a\s+little\s+)?too\s+"
    r"(?:little|much|low|high|tight|small|big|generous|strict|steep)|"
    # "… is not enough", "… isn't realistic", "… won't cut it"
    r"(?:(?:is|was|['’]s)\s+not|isn['’]?t|wasn['’]?t)\s+(?:really\s+|quite\s+)?"
    r"(?:enough|realistic|doable|sufficient)|won['’]?t\s+(?:do|cut\s+it|be\s+enough)|"
    # "… not enough lol", the verb left out as people texting do
    r"not\s+(?:enough|sufficient))\b"
)
# The figure just said judged too small or too big, then the new one alone: "hm 400 is too
# little for me. 600", "300 is way too much, 200"
_FIGURE_TOO_THEN_ANOTHER = re.compile(
    r"^\s*(?:(?:no|nah|hmm+|hm+|ok|okay|well|actually|lol|ugh|sorry|oops|wait)[,.!\s]+)*"
    r"[$€£¥₹]?\d\S*\s+(?:[^\W\d_]{1,6}\s+)?"
    + JUDGED_TOO
    # ("Sorry, 30,000 is not enough. Please 50,000.")
    + r"[^.,;!?\d]*[.,;!]\s*(?:(?:please|pls|so|make\s+it|let['’]?s\s+(?:do|say))[,\s]+)?"
    r"[$€£¥₹]?\d\S*?\s*[.!]?\s*\Z",
    re.I,
)
# The figure just said judged without saying it again, then the new one alone: "too low.
# 40000", "that's too much, 150", "not enough, say 600"
_TOO_THEN_ANOTHER = re.compile(
    r"^\s*(?:(?:no|nah|hmm+|hm+|ok|okay|well|actually|ugh|sorry|oops|wait)[,.!\s]+)*"
    r"(?:(?:that|it)(?:['’]?s|\s+is|\s+was)\s+)?(?:way\s+|far\s+|a\s+bit\s+|a\s+little\s+)?"
    r"(?:too\s+(?:little|much|low|high|tight|small|big|steep)|not\s+enough)"
    r"\s*[.,;!]+\s*(?:(?:please|pls|so|say|make\s+it|let['’]?s\s+(?:do|say))[,\s]+)?"
    r"[$€£¥₹]?\d\S*?\s*[.!]?\s*\Z",
    re.I,
)
# The new figure said last, after the reason for it: "Hmm, with the swimming it'll be more,
# say 420", "the kids need more, so let's say 90 a month"
_NEW_FIGURE_LAST = re.compile(
    r"[,.;:!–-]\s*(?:so\s+|then\s+)?(?:say|let['’]?s\s+say|lets\s+say|let['’]?s\s+do|make\s+it|"
    r"better)\s+[$€£¥₹]?\s?\d[\d.,'’]*k?\s*(?:[^\W\d_]{1,6}\s*)?"
    r"(?:(?:a|per)\s+(?:month|week|year)|monthly|weekly)?\s*(?:instead|then)?\s*[.!]*\s*\Z",
    re.I,
)
# "5tr5 enough", "300 is plenty" after a write: the figure that will do, and nothing after it
_FIGURE_ENOUGH = re.compile(
    r"^\s*[$€£¥₹]?\d\S*\s+(?:is\s+|would\s+be\s+|['’]d\s+be\s+)?(?:enough|plenty)\s*[.!]*\s*\Z",
    re.I,
)


# A figure alone, then taken as the one that fits: "350 better", "250 plutôt" (glossed
# "rather"), "$25 feels right", "20 sounds good", "180 works for me" (not "350 better than
# last month")
_FIGURE_PREFERRED = re.compile(
    r"^\s*(?:(?:ok|okay|hmm+|hm+|um+|uh+|well|so|actually|no|nah)[,.!\s]+)*"
    r"[$€£¥₹]?\s?\d[\d.,'’]*(?:\s?[kK万千]\b|tr\d{0,3}\b)?\s*(?:[^\W\d_]{1,6}\s+)?"
    r"(?:(?:is|would\s+be|will\s+be|['’]d\s+be|'s)\s+)?"
    r"(?:better|rather|instead|(?:feels|sounds|seems|looks)\s+(?:right|good|fine|ok(?:ay)?|"
    r"about\s+right|better)|works(?:\s+for\s+me)?)"
    r"(?:\s+(?:i\s+think|then|please|pls))?\s*[.!]*\s*\Z",
    re.I,
)


def _figure_judged(text: str) -> bool:
    """True for a figure alone, judged or chosen again ("5tr5 enough", "On second thought,
    450.", "350 better"): said of the figure before it."""
    return bool(
        _FIGURE_ENOUGH.match(text)
        or _FIGURE_PREFERRED.match(text)
        or _FIGURE_ON_SECOND_THOUGHT.match(text)
        or _FIGURE_TOO_THEN_ANOTHER.match(text)
        or _TOO_THEN_ANOTHER.match(text)
    )


# "put 170, he needs money for the bus too" after a payment: the figure the payment should be
_PUT_INSTEAD = re.compile(
    r"^\s*(?:(?:no|ok|okay|actually)[,.!\s]+)*put\s+[$€£¥₹]?\d[\d.,]*k?(?=\s*[,.;!]|\s*\Z)", re.I
)
# A correction's opening, its amount said right after: "Make it fifteen, forgot the taxi",
# "Actually it's 55, I forgot the fees", "Ah sorry, it is 74,000 yen", "On second thoughts
# make it 150", "it should be 300"
_AMOUNT_SAID_AGAIN = re.compile(
    r"^\s*(?:(?:no|nope|nah|actually|sorry|oh|ah|oops|ops|wait|please|pls|hmm+|ok|okay|um|uh|my\s+bad|"
    + _MIND_CHANGED
    + r")[,.!\s]+)*"
    r"(?:(?:make|change)\s+(?:it|that|am)\s+(?:to\s+)?|change\s+to\s+|(?:it|that)(?:['’]s|\s+is|\s+was|"
    r"\s+should\s+(?:be|have\s+been))\s+(?:actually\s+|really\s+)?)",
    re.I,
)
# A learner's "it's" left out, the amount told again and nothing asked: "is 32,50 sorry",
# "was 14 actually." (not "Is 18.000 a good salary …?")
_BARE_AMOUNT_AGAIN = re.compile(
    r"^\s*(?:(?:no|sorry|oh|ah|oops|wait)[,.!\s]+)*(?:is|was)\s+[$€£¥₹]?\s?\d(?:[\d.,]*\d)?k?"
    r"(?:\s*[^\W\d_]{1,8})?(?:\s+(?:sorry|actually|not\s+[$€£¥₹]?\d[\d.,]*))?\s*(?:[,.;!](?!\d)|\Z)",
    re.I,
)
# an amount ending its clause, with its currency perhaps ("74,000 yen,", "150,"; not "2 of us")
_DIGITS_NEXT = re.compile(r"[$€£¥₹]?\s?\d[\d.,]*k?(?:\s*[^\W\d_]{1,8})?\s*(?:[,.;!?]|\Z)")
# a year, not a round sum ("2000", "1900")
_A_YEAR = re.compile(r"(?!\d\d00)(?:19[5-9]\d|20[0-3]\d)(?!\d|[.,]\d)")
_COUNTS_PEOPLE_AFTER = re.compile(r"\s*(?:of\s+(?:us|them)|people|persons|ppl|ways)\b", re.I)
# The words of a question about the ledger ("and how much did I spend on coffee this week?",
# "what about my balance"), which no entry's correction has ("no, yesterday")
_ASKS = re.compile(
    r"\b(?:how\s+(?:much|many)|what|which|where|show|list|did\s+i|have\s+i|do\s+i)\b", re.I
)
_NO_FOLLOW_UP = frozenset({Intent.OTHER, Intent.HELP, Intent.UNDO, Intent.CANCEL})
_MUSING = (
    r"(?:hmm+|hm+|um+|uh+|erm?|well|ah|oh|lol|haha+|lmao|"
    r"(?:that['’]?s\s+|way\s+)?too\s+(?:low|high|much|little|small|big|tight|strict|steep))"
)
_FOLLOW_UP = re.compile(
    # (thanks first: "Thank you. And last month?")
    r"^(?:(?:thanks|thank\s+you|thx|ta|cheers|great|cool|nice)\b[\s,.!]*)?"
    # a sound of thinking before a correction: "hmm actually 300", "uh, and in May?" (not
    # "hmm wait, is 6000 even realistic?")
    # ("Ah wait, he gave me discount, is R$ 300 only")
    # ("Ah sorry, it was Sunday", "oh it was 12")
    # ("too low lol make it 350": what the person thinks of the figure, then the new one)
    rf"(?:{_MUSING}\b[\s,.!]*(?=(?:{_MUSING}|actually|no|nope|make|and|instead|rather|"
    r"sorry|oops|it\s+was|that\s+was|my\s+bad|i\s+meant?|"
    r"wait(?![\s,.!]+(?:is|are|was|were|does|do|did|can|could|would|will|should|how|what|why)\b))\b))*"
    r"(?:and|nd|what\s+(?:about|of)|how\s+about|same\s+(?:for|question|thing|again|filter|time|period)|also|"
    # "make a similar one for books, but 40", "do the same for fuel", "another one for Tom":
    # the command before, again for another thing
    r"(?:(?:make|set(?:\s+up)?|do|add|create)\s+)?(?:a\s+similar(?:\s+one)?|another(?:\s+one)?|"
    r"the\s+same(?:\s+thing)?|similar(?:\s+one)?|likewise)\s+for|"
    # ("actualy 150": the word mistyped as often as typed)
    # ("nah 120", "Ops, it was 46,50": the casual "no", and "oops" as some spell it)
    r"vs\.?|versus|compared\s+(?:to|with)|no|nope|nah|actually|actualy|acutally|sorry|oops|ops|instead|"
    # "non, 25,60" is too short to tell its language: a "no" all the same
    r"non|nein|nee|không|khong|"
    r"make\s+(?:it|that)|(?:change|set)\s+(?:it|that|the\s+\w+)\s+to|change\s+to|it\s+was|"
    # "raise it to 550", "bump that up to 300": the figure just asked about, changed (asked
    # politely too: "Please raise it to 5 500 kr.", "can you lower it to 300")
    r"(?:(?:(?:can|could|would)\s+you\s+)?(?:please\s+|pls\s+)?(?:raise|increase|lower|reduce|cut|bump|drop|up|put)\s+"
    r"(?:it|that)\s+(?:up\s+|down\s+)?to\b)|not|rather|only|just|then|"
    # "ok" opens a follow-up only before one ("ok and in May?", "okay make it 15"), never a
    # new command ("ok move 100 of it to savings", "ok now rank my top 5 shops")
    r"(?:ok|okay)(?=[\s,.!]+(?:and|what\s+about|how\s+about|same|no|nope|actually|make|instead|"
    r"rather|then|just|only|not|it\s+was|change|for|in|at|on|from|to|"
    # "ok raise it to 350" after a budget asked about
    r"(?:raise|increase|lower|reduce|cut|bump|drop|up|put)\s+(?:it|that))\b|[\s,.!]+(?:(?:maybe|perhaps|say|like|about|around)\s+)?[$€£¥₹]?\d|[\s,.!]*$)|"
    r"wait|oh|i\s+meant?|meant|should\s+(?:be|have\s+been)|correction|"
    # "final amount was 14": the figure the entry ended at
    r"(?:the\s+)?final\s+(?:amount|total|bill|price|figure)(?=\s+(?:was|is|came|paid|[:=]))|"
    # "Total was actually 39,000 with the cleaning charge": the figure told again, corrected
    r"(?:the\s+)?(?:total|amount|bill|price)(?=\s+(?:was|is)\s+(?:actually|really|in\s+fact)\b)|"
    # an apology first: "I'm sorry, that was yesterday", "Excuse me, it was Lidl", "my bad"
    r"(?:i['’]?m|i\s+am)\s+sorry|excuse\s+me|my\s+bad|apologies|pardon|"
    # the subject left out: "Was yesterday, not today"
    r"was(?=\s+(?:yesterday|today|on|at|in|last|the|my)\b)(?![^?]*\?)"
    r")\b",
    re.I,
)
# Words that can stand around a bare slot in a follow-up ("in september?", "for 15 please").
_FILLER = frozenset(
    [
        "in",
        "on",
        "for",
        "at",
        "from",
        "to",
        "the",
        "a",
        "an",
        "of",
        "please",
        "pls",
        "then",
        "instead",
        "it",
        "that",
        "this",
        "one",
        "same",
        "over",
        "under",
        "above",
        "below",
        "more",
        "less",
        "than",
        "any",  # "any over a fiver?", "now under 20", "just the ones above 50"
        "anything",
        "now",
        "ones",
        "those",
        "just",
        "only",
    ]
)
_SLOTS = (
    "amount",
    "currency",
    "merchant",
    "payee",
    "category",
    "account",
    "to_account",
    "date",
    "period",
    "memo",
    "limit",
    "min_amount",
    "max_amount",
    "comparison",
    "split_with",
    "split_ways",
    "recurrence",
    "kind",
)


@dataclass(frozen=True)
class ConversationContext:
    """What the conversation so far means for the next utterance.

    Attributes:
        previous: the last command understood (after its own follow-ups were applied).
        saved: True once `previous`'s card was confirmed: it is in the ledger, so a
            correction of it would be a second entry, not the same one changed.
    """

    previous: ParsedCommand | None = None
    saved: bool = False

    def remember(self, command: ParsedCommand) -> ConversationContext:
        """The context after `command` (what `parse` should get for the next utterance); a
        reaction that says nothing the ledger reads ("Wah so much", "christ") leaves the
        question before it to follow up ("How about Gojek?")."""
        if self.previous is not None and command.intent is Intent.OTHER and not command.spans:
            return self
        return ConversationContext(command)

    def after_saving(self, command: ParsedCommand) -> ConversationContext:
        """The context once the card of `command` was confirmed: marked saved when
        `command` is the one the conversation follows up (said in the same words: the card
        may have filled in its category)."""
        said = self.previous is not None and command.text == self.previous.text
        return replace(self, saved=True) if said else self


def corrects_a_saved_entry(command: ParsedCommand, context: ConversationContext) -> bool:
    """True when `command` changes the entry just saved rather than adding one of its own
    ("make it 48", "sorry it was 48, split it with Odile" after "dinner 40" was confirmed):
    an entry whose thing or shop comes from the saved one, its own words naming neither.
    Confirming it would count the dinner twice."""
    previous = context.previous
    if not context.saved or previous is None or previous.amount is None:
        return False
    if previous.intent not in ENTRY_INTENTS or command.text == previous.text:
        return False
    same_kind = command.intent is previous.intent or (
        {command.intent, previous.intent} <= _THE_SAME_SPENDING
    )
    if not same_kind:
        return False  # money back after the shopping is an entry of its own
    things = [slot for slot in ("merchant", "category") if getattr(command, slot) is not None]
    return bool(things) and not any(_said_here(command, slot) for slot in things)


# An expense and the same expense shared: one entry said again either way
_THE_SAME_SPENDING = frozenset({Intent.ADD_EXPENSE, Intent.SPLIT_EXPENSE})


def _said_here(command: ParsedCommand, slot: str) -> bool:
    """True when `command`'s own words hold its `slot` (a span kept from the sentence
    before points into that sentence, not this one)."""
    span = command.spans.get(slot)
    return span is not None and command.text[span.start : span.end] == span.source


def is_follow_up(command: ParsedCommand, previous: ParsedCommand) -> bool:
    """True when `command` (parsed on its own) continues `previous` rather than starting anew:
    it starts like a correction ("no,", "make it", "and"), is a short sentence pointing
    back ("that was at Aldi", "to savings"), or says nothing but values ("15")."""
    if _account_answered(command, previous):
        return True  # "checking" after "ok then move 300 to savings" asked which account
    if previous.intent in _NO_FOLLOW_UP:
        return False
    if previous.intent.writes and DROPPED_THEN_CORRECTED.match(command.text):
        return True  # "never mind, I meant 45" after a payment: the card said again, right
    if command.intent in _NO_FOLLOW_UP - {Intent.OTHER}:
        return False
    if command.intent is Intent.OTHER and _NOT_TO_WRITE.search(command.text):
        return False  # "And the R$ 10 to the flanelinha, don't need to write, it's nothing"
    if _NEW_AMOUNT.match(command.text) or (
        previous.intent.writes
        and (
            _amount_said_again(command)
            or _BARE_AMOUNT_AGAIN.match(command.text)
            or _figure_judged(command.text)
            # (said last after a reason, it corrects the figure before; said in one message
            # with its own, it mends that one: "move 50 to savings, make it 80")
            or _NEW_FIGURE_LAST.search(command.text)
            or (previous.intent in _PAYMENTS and _PUT_INSTEAD.match(command.text))
        )
    ):
        return True  # "make it 55 there was a costume fee", read alone or not: a new amount
    if (
        previous.intent in _SHOPPED
        and command.intent is Intent.OTHER
        and _MONEY_GIVEN_BACK.search(command.text)
    ):
        return False  # "the insurance is sending back 175 of it next week": not the bill's figure
    if (previous.intent in _QUERIES or previous.intent is Intent.SET_BUDGET) and _entry_asked(
        command
    ):
        return False  # "ok add another 55 for diesel today" after what diesel cost in March
    if previous.intent in _QUERIES and _entry_told_too(command):
        return False  # "oh I forget, last friday karaoke 3,000 yen also": one more, not asked
    if previous.intent in _QUERIES and _move_of_its_own(command):
        return False  # "ok then move 300 to the savings" after the balance: a move, asked
    if is_out_of_scope(command.text):
        return False
    if previous.intent.writes and command.intent in _QUERIES and _ASKS.search(command.text):
        return False  # "and how much did I spend on coffee this week?" after a coffee: asked
    if command.intent is Intent.RECATEGORIZE and _date_only(command):
        return previous.intent.writes  # "oops that was today not yesterday": the day mended
    if command.intent is Intent.RECATEGORIZE and command.amount is None and moves_it(command.text):
        # "put it under gifts" after an entry: a move of that entry, never a second entry
        # (the service moves the card still on screen, or else the latest transaction)
        return False
    text = command.text.strip()
    if _another_kind_of_write(command, previous):
        return False  # "and add 50 to savings" after a coffee: a transfer of its own
    if _FOLLOW_UP.match(text):
        return True
    if (
        previous.intent.writes
        and previous.amount is not None
        and (_figure_corrected(command) or _AMOUNT_THEN_REASON.match(command.text))
    ):
        # "350 actually", "5 not 4.50", "6000. he added the taxi" after a write: its amount
        # told again
        return True
    if (
        previous.intent.writes
        and previous.amount is not None
        and _FIGURE_REPORTED.match(command.text)
    ):
        return True  # "she said it's 35 now", "He wrote again: it is 64,80 plus 13,00 …"
    if previous.intent.writes and previous.amount is not None and _whole_told_again(command):
        return True  # "bill was 1tr35 actually, they added beer", "we rounded up to 330"
    if (
        "amount" in previous.missing
        and previous.intent is Intent.DRAFT_PAYMENT
        and command.amount is not None
        and _NAMED_AS.search(command.text)
    ):
        return True  # "120, he's called Tom Price" after "pay the plumber"
    if "amount" in previous.missing and (
        (command.amount is not None and _amount_told(command))
        or _AMOUNT_SAID_FIRST.match(command.text)
        or _AMOUNT_THEN_REASON.match(command.text)
        or _figure_answered_first(command)
        or (previous.intent in _MONEY_IN and _money_arrived_told(command))
    ):
        # "for 220", "it came to 36.50", "It is 120 € for the month of October." answering
        # "How much was it?"
        return True
    if (
        previous.intent is Intent.SET_BUDGET
        and "amount" in previous.missing
        and _BUDGET_FIGURE_TOLD.match(text)
    ):
        return True  # "400 euro a month should do it" after "set a budget for groceries"
    if _POINTS_BACK.match(text) and len(text.split()) <= _SHORT_WORDS:
        return not (command.intent.writes and command.amount is not None)
    if previous.intent in _QUERIES and _TOP_ONLY.match(command.text):
        return True  # "top 3 only" after what was spent on most last month
    if previous.intent in _QUERIES and _only_slots_again(command):
        return True  # "last month too", "and in May as well?": the same question again
    if previous.intent in _QUERIES and _only_a_category(command):
        return True  # "coffee" after "how much on groceries in october": the same, for coffee
    if previous.intent.writes and (command.min_amount or command.max_amount):
        return False  # "any over 50?" after a payment: a filter, which no write has
    return only_slots(command)


# The ranking just given cut to its first few: "top 3 only", "top five please", "Show only
# top 3"
_TOP_ONLY = re.compile(
    r"^\W*(?:(?:just\s+)?(?:show|give|list)\s+(?:me\s+)?)?(?:only\s+|just\s+)?(?:the\s+)?"
    r"top\s+(?:\d{1,2}|three|five|ten)(?:\s+(?:only|please|pls|then))*\s*[?.!]*\s*$",
    re.I,
)


def _date_only(command: ParsedCommand) -> bool:
    """True when a day is all `command` names ("that was today not yesterday"): nothing to
    move, and no category to move it to."""
    return set(command.spans) == {"date"} and command.category is None


# Money given back for a thing taken back, said in so many words: "they gave me back 1,89",
# "got 2 back", "is sending back 175 of it", "refunded", "reimbursed", "returned the yogurt"
# (not "2,800 for the one coming back" nor "the return ride": a journey back)
_MONEY_GIVEN_BACK = re.compile(
    r"\b(?:gave|give|got|get|paid|pays|paying|sent|sends|sending|send)\s+(?:me\s+|us\s+)?"
    r"(?:[$€£]?\d[\d.,]*\s+)?back\b|"
    r"\brefund(?:ed)?\b|\breimburs(?:ed|es|ing|ement)\b|\breturned\s+(?:the|a|an|my|some|it|them)\b",
    re.I,
)
# The money back said to have arrived: "it just showed up in the account today", "came in"
_ARRIVED = re.compile(
    # ("ok it came thru today, add it")
    r"\b(?:showed\s+up|shows\s+up|came\s+(?:in|thr(?:ough|u))|went\s+thr(?:ough|u)|cleared|landed|"
    r"arrived|hit\s+(?:my|the)\s+account|"
    r"is\s+in\s+(?:my|the)\s+account|(?:just\s+)?got\s+it|received\s+it)\b",
    re.I,
)


def money_back_arrived(text: str) -> bool:
    """True when `text` tells money given back that has arrived ("the insurance is sending
    back $175 of it, it just showed up in the account today"): a refund, though said in the
    present."""
    return bool(_MONEY_GIVEN_BACK.search(text) and _ARRIVED.search(text))


# Money back still awaited: "… but still no refund of the 39,95", "they say the refund takes
# 5 days", "waiting for the money back"
_REFUND_AWAITED = re.compile(
    r"\b(?:refund|refunds|money\s+back|reimbursement)\b|\breturned\s+(?:the|a|an|my|some|it|them)\b",
    re.I,
)

# Money coming in, whose arrival may be told with its amount
_MONEY_IN = frozenset({Intent.ADD_REFUND, Intent.ADD_INCOME})
# What money back that arrived may be read as alone: talk, or any entry but a named income
_MONEY_THAT_MAY_BE_BACK = frozenset(
    {Intent.OTHER, Intent.ADD_REFUND, Intent.ADD_EXPENSE, Intent.ADD_INCOME}
)


def awaited_refund_arrived(text: str, command: ParsedCommand, previous: ParsedCommand) -> bool:
    """True when `text` (`command` read alone) says money has arrived ("update: it finally
    came in! add it", "It has arrived now, the £35 from Marks and Spencer") after a message
    that only told of money back still to come (`previous` written as nothing): that refund,
    now to record; never money of another kind named ("my salary came in, 2300")."""
    if previous.intent is not Intent.OTHER or not _REFUND_AWAITED.search(previous.text):
        return False
    if command.intent not in _MONEY_THAT_MAY_BE_BACK or str(command.category).startswith("INCOME"):
        return False
    return _ARRIVED.search(text) is not None and not _NOT_TO_WRITE.search(text)


def money_back_after_shopping(
    command: ParsedCommand, previous: ParsedCommand
) -> ParsedCommand | None:
    """The money back `command` tells after the shopping `previous` ("spesa Coop 63,10",
    then "ah and then i returned the yogurt that was broken, they gave me back 1,89"): a
    refund of its own, from the same shop and back into the same kind of spending when it
    names neither (never the shopping's amount changed); None otherwise."""
    if previous.intent is not Intent.ADD_EXPENSE or command.intent is not Intent.ADD_REFUND:
        return None
    if command.amount is None or not _MONEY_GIVEN_BACK.search(command.text):
        return None
    if command.merchant is not None and command.merchant != previous.merchant:
        return command  # "and tesco refunded 5 for the eggs" after lunch: another shop's
    kept = {
        slot: getattr(previous, slot)
        for slot in ("merchant", "category")
        if getattr(command, slot) is None and getattr(previous, slot) is not None
    }
    spans = {slot: previous.spans[slot] for slot in kept if slot in previous.spans}
    return command.evolve(**kept, spans=spans)


# Asked not to write what was just said: "don't need to write, it's nothing", "no need to
# log it." (not "don't add the tip, make it 40": a part left out of a correction)
_NOT_TO_WRITE = re.compile(
    r"\b(?:don['’]?t|do\s+not|no)\s+(?:need\s+to\s+|have\s+to\s+)?(?:write|log|record|add|enter|"
    r"save|note|put)(?:\s+(?:it|that|this|them)(?:\s+down)?)?\s*(?:[,.;!]|$)",
    re.I,
)
# A correction's word after the figure told again: "350 actually", "250 sorry", "5 not 4.50"
_CORRECTED_AFTER = re.compile(
    r"[,.!\s]+(?:actually|sorry|oops|my\s+bad|i\s+meant?|not\s+[$€£¥₹]?\d[\d.,]*\S*)[.!]*\s*\Z",
    re.I,
)


def _figure_corrected(command: ParsedCommand) -> bool:
    """True for a figure said first and taken as the right one by a correction's word after
    it ("350 actually", "250 sorry", "5 not 4.50"), with nothing else but slots."""
    said = command.spans.get("amount")
    if said is None or not _figure_first(command) or not _CORRECTED_AFTER.search(command.text):
        return False
    _, words = _values_and_other_words(command)
    return all(word in _CORRECTION_WORDS or word in ("my", "bad") for word in words)


def _a_year_told(command: ParsedCommand) -> bool:
    """True when the amount of a follow-up is a year said bare ("that was 2019.", "it's
    2026, nobody uses cheques"), not a new amount asked for ("make it 2025")."""
    said = command.spans.get("amount")
    return (
        said is not None
        and _A_YEAR.fullmatch(said.source) is not None
        and not _NEW_AMOUNT.match(command.text)
    )


def _amount_said_again(command: ParsedCommand) -> bool:
    """True when `command` opens as a correction whose amount comes right after ("make it
    fifteen, forgot the taxi", "actually it's 55, I forgot the fees"): a new amount for what
    was just said, whatever the reason given after it."""
    opening = _AMOUNT_SAID_AGAIN.match(command.text)
    if opening is None:
        return False
    said = command.spans.get("amount")  # (none kept when the sentence alone reads as talk)
    if said is not None and said.start == opening.end():
        # not "it's 2 of us", nor a year ("it's 2026, nobody uses cheques")
        return not (
            _COUNTS_PEOPLE_AFTER.match(command.text, said.end) or _A_YEAR.fullmatch(said.source)
        )
    digits = _DIGITS_NEXT.match(command.text, opening.end())
    return digits is not None and not _A_YEAR.match(digits.group(0))


# The words around an amount told as the answer to "How much was it?": "it came to 36.50",
# "total was 412,80", "$187.60 all up", "the bill was 54 altogether"
_AMOUNT_TOLD_WORDS = frozenset(
    {"it", "came", "comes", "out", "to", "total", "was", "is", "were", "all", "up", "in", "the"}
    | {"bill", "amount", "altogether", "about", "around", "like", "roughly", "so"}
    # a budget's figure with its period and bound: "150 a month, not more", "200 per week max"
    | {"a", "per", "month", "week", "year", "monthly", "weekly", "not", "max", "maximum", "tops"}
    # what the figure holds: "126,80 incl. tip", "54 with the service"
    | {"incl", "including", "inc", "with", "tip", "tax", "vat", "service"}
    # a bill's own number beside its figure: "Fr. 312.40, invoice nr. 2026-0417"
    | {"invoice", "nr", "no", "ref", "reference", "number"}
    # how it goes, and the asking: "2,500 via upi", "its 23,40", "£45, draft it" (the app's
    # name itself is `PAY_APP`'s)
    | {"its", "via", "using", "through", "by", "draft", "send", "pay"}
    # the figure mended as it is told: "2000.. no make it 2500"
    | {"make", "sorry", "actually", "wait", "or", "rather"}
    # a sound of thinking before it: "uh two hundred and fifty dollars", "um 40 I think"
    | {"uh", "um", "er", "erm", "hmm", "hm", "ok", "okay", "i", "think", "guess"}
)


# A budget's figure told when it was asked, perhaps with what it is for and judged: "400 euro
# a month should do it", "for hobby, 15,000 yen each month", "300 max"
_BUDGET_FIGURE_TOLD = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|um+|hmm+|maybe|probably|let['’]?s\s+say|say)\W+)*"
    r"(?:for\s+(?:the\s+)?[^\W\d]+(?:\s+[^\W\d]+)?,?\s+)?"
    r"[$€£¥₹]?\s?\d[\d.,]*(?:\s?k\b)?\s*(?:[^\W\d_]{1,6}\s*)?"
    r"(?:for\s+(?:the\s+)?(?!(?:a|per|each|every)\b)[^\W\d]+(?:\s+(?!(?:a|per|each|every)\b)[^\W\d]+)?\s*)?"
    r"(?:(?:a|per|each|every)\s+(?:month|week|year)|monthly|weekly)?\s*"
    r"(?:(?:should|would|will|'ll)\s+(?:do\s+(?:it|the\s+trick)|be\s+(?:enough|fine|ok(?:ay)?|plenty|"
    r"good))|is\s+(?:enough|fine|plenty|good)|will\s+do|max|tops|(?:i\s+)?(?:think|guess|reckon))?"
    r"\s*[.!]*\s*\Z",
    re.I,
)
# The figure said first, what it is for after it: "It is 120 € for the month of October.",
# "it's 140 zł for the concert tickets he bought for us"
_AMOUNT_SAID_FIRST = re.compile(
    r"^\W*(?:(?:ok|okay|so|oh|ah|right)\W+)*(?:it\s+is|it['’]?s|its|it\s+was|that['’]?s|that\s+is|"
    r"the\s+amount\s+is|it\s+will\s+be|it['’]ll\s+be)\s+(?:[$€£¥₹]|R\$)?\s?\d",
    re.I,
)


# The figure asked for, said first with the reason for it after: "$45 please, he covered
# both of us", "120, because she paid the tickets" (the reason names no other figure and asks
# nothing)
_AMOUNT_THEN_REASON = re.compile(
    r"^\W*(?:(?:ok|okay|so|uh+|um+|hmm+)\W+)*(?:[$€£¥₹]|R\$)?\s?\d[\d.,'’]*(?:\s?k\b)?"
    r"(?:\s*[^\W\d_]{1,8})??(?:\s+(?:please|pls))?\s*[,;.–—-]\s*"
    r"(?:because|since|as|cause|cuz|coz|(?:he|she|they|we|it)\b)[^?\d]*\Z",
    re.I,
)


# What may come before the figure that answers "How much?": a sound, "it's", "about"
_BEFORE_THE_FIGURE = re.compile(
    r"^\W*(?:(?:ok|okay|so|oh|ah|right|well|yeah|yes|uh+|um+|hmm+)\W+)*"
    r"(?:(?:it\s+is|it['’]?s|its|it\s+was|that['’]?s|that\s+is|the\s+amount\s+is|"
    r"it\s+will\s+be|it['’]ll\s+be|about|around|roughly)\s+)?",
    re.I,
)
# The figure that opens a message, in digits or words: "340, due monday", "its fifty bucks"
_FIGURE_OPENING = re.compile(
    _BEFORE_THE_FIGURE.pattern
    + r"(?:R\$|[$€£¥₹₫])?\s?(?:\d[\d.,'’]*(?:\s?k\b)?|"
    + NUMBER_WORD
    + r"(?:[\s-]+(?:and\s+)?"
    + NUMBER_WORD
    + r")*)\b",
    re.I,
)
# A bill's own number beside the figure: "invoice 0931", "ref. 2026-17", "#4411"
_A_BILLS_NUMBER = re.compile(
    r"(?:\b(?:invoice|inv|ref|reference|no|nr)\.?\s*|#)[\w-]*\d[\w-]*", re.I
)


# Another kind of write named in words after the figure: "$1,240 add it as income"
_KIND_NAMED = re.compile(
    r"\bas\s+(?:an?\s+|my\s+)?(?:income|expense|refund|transfer|payment|spending|budget)\b", re.I
)


def _figure_first(command: ParsedCommand) -> bool:
    """True when `command`'s amount opens it, a sound or "it's" at most before it ("hmm,
    350 actually", "it's 64€ plz", "R$ 129 total")."""
    said = command.spans.get("amount")
    if said is None:
        return False
    opening = _BEFORE_THE_FIGURE.match(command.text)
    return opening is not None and not re.sub(
        r"R\$|[\s$€£¥₹₫]", "", command.text[opening.end() : said.start]
    )


def _figure_answered_first(command: ParsedCommand) -> bool:
    """True when `command` opens with the one figure it names, whatever it says after it
    that asks and counts nothing more ("1,200 for December rent", "₹7,500 please, that's my
    share of the villa", "€60 incl. the windows"): told right after "How much?", the answer."""
    if command.spans.get("amount") is not None:
        return _figure_first(command) and _the_one_figure(command)
    # read alone as talk, its figure kept nowhere: "340, due monday", "its fifty bucks go
    # ahead and set it up"
    opening = _FIGURE_OPENING.match(command.text)
    if opening is None:
        return False
    rest = command.text[opening.end() :]
    return not (
        "?" in rest or _KIND_NAMED.search(rest) or re.search(r"\d", _A_BILLS_NUMBER.sub(" ", rest))
    )


def _money_arrived_told(command: ParsedCommand) -> bool:
    """True when `command` tells money arrived, with its one figure ("it arrived, 39.95",
    "went through today, 120"): after money back or pay still to come, its amount."""
    return (
        command.amount is not None
        and _ARRIVED.search(command.text) is not None
        and _the_one_figure(command)
    )


def _the_one_figure(command: ParsedCommand) -> bool:
    """True when `command`'s amount is the only figure it says (a day and a bill's number
    aside), it asks nothing, and names no other kind of write ("add it as income")."""
    if "?" in command.text or _KIND_NAMED.search(command.text):
        return False
    told = [span for name, span in command.spans.items() if name in ("amount", "date", "period")]
    rest = _A_BILLS_NUMBER.sub(" ", without_spans(command.text, told))
    return not re.search(r"\d", rest)


def _amount_told(command: ParsedCommand) -> bool:
    """True when `command` says an amount and nothing else ("220", "it came to 36.50")."""
    values, words = _values_and_other_words(command)
    return bool(values) and all(
        word in _FILLER or word in _AMOUNT_TOLD_WORDS or PAY_APP.fullmatch(word) for word in words
    )


def _another_kind_of_write(command: ParsedCommand, previous: ParsedCommand) -> bool:
    """True for a write of another kind than the one before, whole with its amount and
    where the money goes ("and add 50 to savings" after "coffee 4"): it stands on its own."""
    return (
        previous.intent.writes
        and command.intent in (Intent.TRANSFER, Intent.DRAFT_PAYMENT)
        and command.intent is not previous.intent
        and command.amount is not None
        and (
            command.intent is Intent.TRANSFER
            or command.payee is not None
            or _A_PAYMENT_NAMED.search(command.text) is not None
        )
    )


# "also get a payment ready for Hydro-Québec, 143.27": a payment asked in so many words
_A_PAYMENT_NAMED = re.compile(r"\b(?:a|another|the|new)\s+payment\b", re.I)


# "ok add another 55 for diesel today", "then put 60 for petrol": an entry asked in words or
# told done
_ENTRY_ASKED = re.compile(
    r"^\W*(?:(?:ok|okay|so|then|right|alright|and|also|thanks|thank\s+you|thx|cheers)\W+)*"
    r"(?:please\s+)?(?:add|put|log|record|enter|i\s+(?:also\s+)?(?:paid|spent|bought))\b",
    re.I,
)  # ("Thank you. Also I paid the hairdresser 38 € on Saturday": told, an entry of its own)
# "ok set a limit of 1,500 for takeaways then": a budget set in words, with its figure
_BUDGET_ASKED = re.compile(
    r"^\W*(?:(?:ok|okay|so|then|right|alright|and|also)\W+)*(?:please\s+)?"
    r"(?:set|make|put|cap|create|give\s+me)\s+(?:a|an|the|my)\s+(?:\w+\s+)?(?:limit|budget|cap)\b",
    re.I,
)


def _entry_asked(command: ParsedCommand) -> bool:
    """True when `command` read alone asks in words for an entry, or sets a budget, with
    its amount ("ok add another 55 for diesel", "ok set a limit of 100 for takeaways")."""
    if command.amount is None:
        return False
    if command.intent is Intent.SET_BUDGET:
        return _BUDGET_ASKED.match(command.text) is not None
    return command.intent in ENTRY_INTENTS and _ENTRY_ASKED.match(command.text) is not None


# One more entry said to come on top: "… also", "… too", "… as well", "I forgot …"
_TOO = re.compile(r"\b(?:too|also|as\s+well)\s*[.!]*\s*$|\bi\s+forg[eo]t\b", re.I)


def _entry_told_too(command: ParsedCommand) -> bool:
    """True when `command` read alone is an entry with its amount and its own day, told as
    one more ("oh I forget, last friday karaoke 3,000 yen also" after what karaoke cost this
    month): an entry, not the question asked again with a figure."""
    return (
        command.intent in ENTRY_INTENTS
        and command.amount is not None
        and command.date is not None
        and _TOO.search(command.text) is not None
    )


_ACCOUNT_ANSWER_WORDS = 4  # "from my current account": a short answer, no command


def _account_answered(command: ParsedCommand, previous: ParsedCommand) -> bool:
    """True when a move asked which account it comes from, and `command` is a short answer
    with no amount and no command of its own ("checking", "from my current account")."""
    if previous.intent is not Intent.TRANSFER or "account" not in previous.missing:
        return False
    short = len(command.text.split()) <= _ACCOUNT_ANSWER_WORDS
    answered = command.intent in (Intent.BALANCE, Intent.OTHER, Intent.RECATEGORIZE)
    return short and command.amount is None and answered


def _move_of_its_own(command: ParsedCommand) -> bool:
    """True when `command` read alone moves or pays an amount to a place or a person it
    names ("ok then move 300 to the savings, the one at ING"): a command of its own."""
    moves = command.intent in (Intent.TRANSFER, Intent.DRAFT_PAYMENT)
    named = "to_account" in command.spans or "payee" in command.spans
    return moves and command.amount is not None and named


def _only_a_category(command: ParsedCommand) -> bool:
    """True when the text names a category and nothing else ("coffee", "the gym")."""
    span = command.spans.get("category")
    if span is None or command.amount is not None:
        return False
    words = re.findall(r"[^\W\d_]+", without_spans(command.text, [span]).lower())
    return all(word in _FILLER or word in ("my", "our", "some", "the") for word in words)


def only_slots(command: ParsedCommand) -> bool:
    """True when the text says nothing but slots ("15", "yesterday", "in September?"): a
    sentence with words of its own stands alone and inherits nothing."""
    values, words = _values_and_other_words(command)
    return bool(values) and all(word in _FILLER for word in words)


# "too", "also", "as well" closing a question asked again ("last month also please")
_AGAIN_WORDS = (("too",), ("also",), ("as", "well"))


def _only_slots_again(command: ParsedCommand) -> bool:
    """True when the text says nothing but slots and that it asks the same again ("last
    month too", "September as well please"): after a question, the question for them."""
    values, words = _values_and_other_words(command)
    while words and words[-1] in ("please", "pls"):
        words.pop()
    for again in _AGAIN_WORDS:
        if tuple(words[-len(again) :]) == again:
            rest = words[: -len(again)]
            return bool(values) and all(word in _FILLER for word in rest)
    return False


def _values_and_other_words(command: ParsedCommand) -> tuple[list[Span], list[str]]:
    """The spans of the command's value slots, and the words of its text outside them."""
    values = [span for name, span in command.spans.items() if name in _VALUE_SLOTS]
    rest = without_spans(command.text, values)
    return values, re.findall(r"[^\W\d_]+", rest.lower())


# The words a correction is made of besides its values ("no, it was 15", "make it 12.80",
# "change that to yesterday", "i meant 20 instead").
_CORRECTION_WORDS = _FILLER | frozenset(
    [
        "no",
        "non",
        "nein",
        "nee",
        "nope",
        "actually",
        "sorry",
        "oops",
        "instead",
        "make",
        "change",
        "it",
        "was",
        "not",
        "rather",
        "only",
        "just",
        "then",
        "ok",
        "okay",
        "wait",
        "oh",
        "i",
        "meant",
        "mean",
        "should",
        "be",
        "have",
        "been",
        "correction",
        "is",
        "that",
        "please",
        "nah",
        "hmm",
        "hm",
        "um",
        "uh",
        "er",
        "erm",
        "well",
        # a figure preferred: "hmm 350 is better", "400 would be more realistic"
        "better",
        "would",
        "more",
        "realistic",
        "safer",
    ]
)


# A charge on top of a price that is part of the same bill ("and 3 for the tip")
_SURCHARGE = (
    r"(?:tip|gratuity|service(?:\s+charge)?|delivery(?:\s+fee)?|booking\s+fee|tax|vat|"
    r"surcharge|fees?|postage|shipping|deposit|bag)"
)
# (or a note's nickname: "plus a tenner tip on top", "and a fiver for the driver")
_MONEY_SAID = r"(?:\S*\d[\d.,]*\S*|(?:a\s+)?(?:fiver|tenner|toonie|loonie|c-note))"
# "all in one payment", "to the same payment", "same bill": the bill before, named
_THE_SAME_BILL = (
    r"(?:all\s+)?in\s+(?:one|the\s+same)\s+(?:payment|bill|entry)|"
    r"(?:(?:to|on)\s+the\s+)?same\s+(?:payment|bill|entry)|"
    # "add the reminder fee of 20 to that payment"
    r"(?:to|on|onto|into)\s+(?:that|this|the)\s+(?:payment|bill|transfer)|"
    # "Please make total", "add it to the total", "put it on the same one"
    r"make\s+(?:it\s+|a\s+|the\s+)?total|add\s+(?:it\s+|that\s+|them\s+)?to\s+the\s+total|"
    r"(?:on|to)\s+the\s+same\s+one"
)
# "and they charge 19,90 of enrollment, put together", "and the tip was six pounds so put that
# on too": any "and …" whose end asks for the figure on the bill before
_PUT_ON_THE_SAME_BILL = (
    r"[^!?]{0,80}?\b(?:put\s+(?:it\s+|that\s+|them\s+)?(?:together|on\s+(?:too|as\s+well|top))|"
    + _THE_SAME_BILL
    + r")\b"
)
# "add 20, he charged extra", "add the 120 to the same payment", "add 19,90, put together":
# words after the figure that put it on the bill before, not on an entry of its own
_ON_THE_SAME_BILL = (
    r"[^.!?]*\b(?:extra|on\s+top|(?:put\s+)?together|to\s+(?:it|that)|" + _THE_SAME_BILL + r")\b"
)
# "and 10 more for the taxi", "plus 2 for a drink", "and a tip of 3", "and 3 for the tip",
# "and 10": added to the amount. A bare "and 6.50 for a car wash" names a second purchase, not
# more of the first: it is an entry of its own.
_ADDED = re.compile(
    r"^\s*(?:oh\s+)?(?:"
    rf"(?:plus\s+|\+\s*)(?:a\s+{_SURCHARGE}\s+of\s+)?{_MONEY_SAID}"
    rf"|and\s+a\s+{_SURCHARGE}\s+of\s+{_MONEY_SAID}"
    rf"|and\s+{_MONEY_SAID}\s+(?:more|extra|on\s+top|{_SURCHARGE}\b)"
    # (not at another shop: "and 12,10 more in the Lidl after" is a second purchase)
    r"(?!\s+(?:in|at|from)\s+(?!(?:the\s+)?(?:same|end|tip|tips|fees?|charges?)\b|there\b|it\b|that\b))"
    rf"|and\s+{_MONEY_SAID}\s+(?:for|as|in)\s+(?:the\s+|a\s+)?{_SURCHARGE}\b"
    rf"|and\s+{_MONEY_SAID}\s*[.!]?\s*$"
    # ("Please add the reminder fee of Fr. 20.– to that payment": what it is, then the money)
    rf"|(?:and\s+|also\s+|please\s+)?add\s+(?:on\s+)?(?:the\s+|a\s+)?(?:[^\W\d_]+\s+){{0,3}}?"
    rf"(?:of\s+)?(?:[^\W\d_]{{1,3}}\.?\s+)?{_MONEY_SAID}(?={_ON_THE_SAME_BILL})"
    rf"|(?:and|also|excuse\s+me,?\s+also)\s+(?={_PUT_ON_THE_SAME_BILL})"
    # "add the lift ticket too, 58 more": the thing, then what it adds
    rf"|(?:and\s+|also\s+)?add\s+(?:the\s+|a\s+|an\s+|my\s+)?(?:[^\W\d_]+\s+){{1,3}}?"
    rf"(?:too|as\s+well)[,;:.\s]+{_MONEY_SAID}\s+(?:more|extra)\b"
    # a tip told after the bill: "with a 10 tip", "plus tip of 8", "I tipped 1 too", "added a
    # 2 tip", "the tip was 1 extra"
    rf"|(?:with|plus)\s+(?:a\s+|the\s+)?(?:{_SURCHARGE}\s+of\s+{_MONEY_SAID}|{_MONEY_SAID}\s+{_SURCHARGE}\b)"
    rf"|(?:and\s+)?(?:i\s+|we\s+)?(?:tipped\s+(?:an?\s+|another\s+)?{_MONEY_SAID}|"
    rf"(?:added|left|gave)\s+(?:a\s+|an\s+extra\s+|another\s+)?{_MONEY_SAID}\s+(?:tip|gratuity)\b)"
    r"(?=\s*(?:too|as\s+well|also|on\s+top|extra)?\s*[.!]*\s*$)"
    rf"|(?:and\s+)?(?:the\s+)?(?:tip|gratuity)\s+(?:was|is)\s+{_MONEY_SAID}\s+(?:extra|on\s+top|more)\b"
    # forgotten, then added: "Sorry, I forgot the 2 Euro tip. Please add it.", "+ the wine,
    # 58.–, which I forgot"
    rf"|(?:(?:sorry|oops|ah|wait)[,.!\s]+)*(?:i\s+)?forgot\s+(?:the\s+|a\s+|an\s+)?"
    rf"{_MONEY_SAID}\s+(?:[^\W\d_]+\s+)?{_SURCHARGE}\b"
    rf"|(?:plus|\+)\s*(?:the\s+|a\s+|an\s+)?(?:[^\W\d_]+\s+){{0,2}}?[^\W\d_]+[,:]?\s+{_MONEY_SAID}"
    r"(?=[^.!?]*\b(?:forgot|forgotten)\b)"
    # more asked at the end, and given: "driver asked 20 extra at the end, I gave it"
    rf"|(?:(?:the|my)\s+)?(?:[^\W\d_]+\s+){{0,2}}?(?:asked|wanted|charged)\s+(?:for\s+|me\s+)?(?:an?\s+)?"
    rf"{_MONEY_SAID}\s+(?:extra|more)\b"
    r")",
    re.I,
)

# Money taken off the amount just said, after it: "he knocked fifty off", "they took 20 off",
# "had a five dollar coupon", "I used a 100 off coupon", "minus 5 for the voucher"
_OFF_WORDS = r"(?:coupon|voucher|discount|promo(?:\s+code)?|gift\s*card|credit|rebate)"
# ("knocked fifty off"; not "10% discount": a share, not a sum)
_OFF_SAID = rf"(?:(?![^\s%]*%){_MONEY_SAID}|{NUMBER_WORD}(?:[\s-]+{NUMBER_WORD})*)"
_TAKEN_OFF = re.compile(
    r"^\s*(?:(?:oh|and|but|also|sorry|wait|oops|ah|ok|okay)[,.!\s]+)*(?:"
    rf"(?:(?:he|she|they|i|we|the\s+[^\W\d_]+)\s+)?(?:knocked|took|taken|got|gave\s+(?:me|us))\s+"
    rf"(?:off\s+)?(?:an?\s+)?{_OFF_SAID}(?:\s+[^\W\d_]+)?\s+(?:off|discount)\b"
    rf"|(?:(?:i|we)\s+)?(?:had|used|applied|redeemed|got|with)\s+(?:an?\s+|the\s+|my\s+)?"
    rf"{_OFF_SAID}(?:\s+(?:dollars?|euros?|pounds?|bucks|quid|rupees?|reais|off))?\s+{_OFF_WORDS}\b"
    rf"|(?:minus|less)\s+(?:the\s+|a\s+)?{_OFF_SAID}"
    r")",
    re.I,
)


def takes_money_off(text: str) -> bool:
    """True when `text` takes an amount off the one before ("he knocked fifty off", "had a
    five dollar coupon")."""
    return _TAKEN_OFF.match(text) is not None


def only_money_off(command: ParsedCommand) -> bool:
    """True when the amount `command` names is the one it takes off ("had a 30 coupon"), not
    a figure of its own ("got 20 off the jacket so paid 80": a purchase told whole)."""
    off, said = _TAKEN_OFF.match(command.text), command.spans.get("amount")
    return off is not None and (said is None or off.start() <= said.start < off.end())


def taken_off(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (a write with an amount) less the amount `command` takes off ("he knocked
    fifty off" after a payment of 320 is 270); None when the figures do not allow it (in
    another currency, or as much as the amount itself: then it is asked)."""
    said = command.spans.get("amount")
    if not previous.intent.writes or previous.amount is None or command.amount is None:
        return None
    if said is None or not only_money_off(command):
        return None  # "he gave me a discount, so 720k": the figure is what was paid
    written = command.currency if "currency" in command.spans else None
    if (written and written != previous.currency) or command.amount >= previous.amount:
        return None
    less = previous.amount - command.amount
    return previous.evolve(text=command.text, amount=less, spans={"amount": said})


# "and add 5 for the snacks" after a payment: more money on the same payment (after an
# entry, "and add 1,899 for the Zara top" is an entry of its own)
_ADDED_TO_A_PAYMENT = re.compile(
    rf"^\s*(?:oh\s+)?(?:and\s+add\s+(?:on\s+)?(?:the\s+)?|add\s+(?:on\s+)?(?:another|an\s+extra)\s+){_MONEY_SAID}"
    r"(?![^.!?]*\bto\s+(?:my|the|savings)\b)",
    re.I,
)
_PAYMENTS = frozenset({Intent.DRAFT_PAYMENT, Intent.TRANSFER})


_NAMES_THE_SAME_BILL = re.compile(r"\b(?:" + _THE_SAME_BILL + r")\b", re.I)


def names_the_same_bill(text: str) -> bool:
    """True when `text` puts its money on the bill or payment before in so many words ("to
    that payment", "on the same bill")."""
    return _NAMES_THE_SAME_BILL.search(text) is not None


def adds_money(text: str, previous: Intent | None = None) -> bool:
    """True when `text` starts by adding an amount ("and 10 more …", "plus 2 for a drink",
    and after a payment "and add 5 for the snacks")."""
    return _added(text, previous) is not None


# "+ 89 for milk same app", "plus 4.50 for the snag out front": another thing bought, with
# its own price (a tip, a fee or a bag is added to the bill: `_SURCHARGE`)
_THING_S_ARTICLE = r"(?:the\s+|a\s+|an\s+|some\s+|my\s+)?"
_ANOTHER_THING_FOR = re.compile(
    rf"^\s*(?:oh\s+)?(?:plus|\+)\s*{_MONEY_SAID}\s+(?:for|fr|on)\s+"
    rf"(?!{_THING_S_ARTICLE}{_SURCHARGE}\b){_THING_S_ARTICLE}[^\W\d_]",
    re.I,
)


def _added(text: str, previous: Intent | None) -> re.Match[str] | None:
    if (
        previous in ENTRY_INTENTS
        and _ANOTHER_THING_FOR.match(text)
        and not names_the_same_bill(text)
        and _new_total_said(text) is None
    ):
        return None  # "+ 12 for the sundae lol forgot" after "mc donalds 32": an entry of its own
    said = _ADDED.match(text)
    if said is None and previous in _PAYMENTS:
        said = _ADDED_TO_A_PAYMENT.match(text)
    return said


def added_to(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (a write with an amount) with the amount `command` adds ("and 10 more for
    the taxi" after "pay Anna 40 for the tickets" is 50); None when `command` is not that.
    A new total said after the addition is the amount ("…, so send 4000 total")."""
    said = _added(command.text, previous.intent)
    if said is None or not previous.intent.writes or previous.amount is None:
        return None
    told = _new_total_said(command.text)
    amount_span = command.spans.get("amount")
    if command.amount is None or amount_span is None:
        if told is None or told[0] <= previous.amount:
            return None  # (the figures said disagree, and no total settles them: asked)
        return previous.evolve(text=command.text, amount=told[0], spans={"amount": told[1]})
    written = command.currency if "currency" in command.spans else None
    if written and written != previous.currency:
        # "+ 5 USD" after 20 euros, "the tip was six pounds" after a dinner in the home
        # currency of euros: never one sum ("add the 120.–" after CHF 2'180 is francs)
        return None
    total = previous.amount + command.amount
    if told is not None and told[0] > previous.amount:
        total = told[0]  # "Add another 40 for the books, so total 160": the sum said
    return previous.evolve(text=command.text, amount=total, spans={"amount": amount_span})


# The new total said after what was added: "…, so total 160", "…, so 18,50", "…, so send
# 4000 total"
_NEW_TOTAL = re.compile(
    r"[,;]?\s+so\s+(?:(?:send|pay|make\s+it|put)\s+)?(?:the\s+)?"
    r"(?:total\s+(?:is\s+|of\s+)?|that'?s\s+|it'?s\s+)?[$€£]?\s?"
    r"(?P<total>\d[\d.,]*)\s*(?:total|in\s+total|altogether)?\s*[.!]*\s*$",
    re.I,
)


def _new_total_said(text: str) -> tuple[Decimal, Span] | None:
    """The total said at the end of an addition ("…, so total 160") and where, None when
    none is."""
    said = _NEW_TOTAL.search(text)
    if said is None:
        return None
    try:
        value, _ = read_money(said.group("total"))
    except InvalidAmount:
        return None
    return value, Span(said.start("total"), said.end("total"), said.group("total"))


# "and 6.50 for a car wash", "and 20 on petrol", "and 3 at the bakery": a second purchase
_ANOTHER_PURCHASE = re.compile(rf"^\s*(?:oh\s+)?and\s+{_MONEY_SAID}\s+(?:for|on|at)\s+\S", re.I)
# "there too", "at the same vet", "same place": the merchant of the entry before
_SAME_PLACE = re.compile(
    r"\b(?:(?<!from\s)there(?=\s+(?:too|as\s+well|also)\b|\s*[.!]?\s*$)"
    # ("+ 89 for milk same app": the app of the entry before)
    r"|(?:at\s+)?the\s+same\s+\w+|same\s+(?:place|app|shop|store|site|stall|one))",
    re.I,
)


# "plus R89 at Woolies", "+ 12$ at the pharmacie Jean Coutu": money said as added, at a shop
_ADDED_AT_A_PLACE = re.compile(
    rf"^\s*(?:oh\s+)?(?:and|plus|\+)\s*{_MONEY_SAID}\s+(?:at|from|in)\s+(?:the\s+)?"
    r"(?!same\b|there\b)(?P<place>[^\W\d_][^,.;!?]*)",
    re.I,
)


def spent_elsewhere(command: ParsedCommand, previous: ParsedCommand) -> bool:
    """True when `command` (read alone) adds money spent at another shop than the entry
    before ("plus R89 at Woolies" after Checkers R612.40): a second entry, never one sum."""
    if previous.intent not in ENTRY_INTENTS or command.intent not in ENTRY_INTENTS:
        return False
    said = _ADDED_AT_A_PLACE.match(command.text)
    if command.amount is None or previous.merchant is None or said is None:
        return False
    return not said.group("place").lower().startswith(previous.merchant.lower())


def starts_another_entry(command: ParsedCommand, previous: ParsedCommand) -> bool:
    """True when `command` (read alone) is a second purchase said after an entry ("and 6.50
    for a car wash there too" after gas at Kum & Go, "+ 12 at boots" after tesco): an entry
    of its own, never the first one changed."""
    if previous.intent not in ENTRY_INTENTS or command.intent not in ENTRY_INTENTS:
        return False
    said = command.text
    if spent_elsewhere(command, previous) or _another_shop_first(command, previous):
        return True
    another = _ANOTHER_PURCHASE.match(said) or _ANOTHER_THING_FOR.match(said)
    return (
        command.amount is not None and another is not None and not adds_money(said, previous.intent)
    )


# "also Boots, shampoo 4.50", "and Target: 3 t-shirts 38.97": another shop named first
_ANOTHER_SHOP_FIRST = re.compile(r"^\W*(?:oh\s+)?(?:and\s+|also\s+|and\s+also\s+|plus\s+)", re.I)


def _another_shop_first(command: ParsedCommand, previous: ParsedCommand) -> bool:
    """True when `command` (read alone) opens with "also" or "and", then a shop of its own
    and an amount of its own ("also Boots, shampoo 4.50" after lunch at Pret): a second
    purchase, which must not keep the first one's shop."""
    opening = _ANOTHER_SHOP_FIRST.match(command.text)
    shop = command.spans.get("merchant")
    if opening is None or shop is None or command.amount is None:
        return False
    if "amount" not in command.spans or shop.start != opening.end():
        return False
    return (previous.merchant or "").lower() != (command.merchant or "").lower()


def another_entry(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand:
    """The second entry `command` (read as an entry of `previous`'s kind when that is a plain
    one: "and 150 for the poster" after income is income too), on the day of the entry before
    unless it says its own. It takes the merchant of the entry before only when it points at
    it ("there too", "at the same shop")."""
    if command.date is None and previous.date is not None:  # (bought the same day)
        command = command.evolve(date=previous.date)
    pointed = _SAME_PLACE.search(command.text)
    if command.merchant is not None or pointed is None or previous.merchant is None:
        return command
    span = Span(pointed.start(), pointed.end(), pointed.group(0))
    return command.evolve(merchant=previous.merchant, spans={"merchant": span})


# Another bill shared as the one before, said so: "same three", "same people", "split the
# same way", "same split", "same gang again"
_SHARED_THE_SAME = re.compile(
    r"\b(?:same\s+(?:(?:two|three|four|five|six|[2-9])(?:\s+of\s+us)?|people|group|gang|crew|"
    r"guys|lot|folks|friends|split|sharing)|(?:split|share|divide)\s+(?:it\s+|that\s+)?"
    r"(?:the\s+same(?:\s+way)?|like\s+before|as\s+before))\b",
    re.I,
)


def shared_the_same_way(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """`command`, a bill of its own with its amount, shared by the people of the split
    before because it says so ("Add second bar, 9,900 yen, same three." after the izakaya
    split three ways with Kenji and Takeshi); None otherwise."""
    if previous.intent is not Intent.SPLIT_EXPENSE or not (
        previous.split_with or previous.split_ways
    ):
        return None
    if command.intent not in (Intent.ADD_EXPENSE, Intent.SPLIT_EXPENSE) or command.amount is None:
        return None
    said = _SHARED_THE_SAME.search(command.text)
    amount = command.spans.get("amount")
    if said is None or command.split_with or amount is None:
        return None
    if amount.start < said.end() and said.start() < amount.end:
        return None  # "same three" alone: the three are people, no bill is told
    span = Span(said.start(), said.end(), said.group(0))
    same_day = {"date": previous.date} if command.date is None and previous.date else {}
    return command.evolve(  # (the same people out the same day, unless another is said)
        intent=Intent.SPLIT_EXPENSE,
        split_with=previous.split_with,
        split_ways=previous.split_ways,
        spans={"split_with": span},
        **same_day,
    )


# "wait it was 2 of them, so double it", "there were three of those", "triple it": the
# entry before bought more than once
_TIMES_OVER = re.compile(
    r"^\W*(?:(?:wait|oh|no|actually|sorry|oops)\W+)*(?:it\s+was\s+|there\s+were\s+|make\s+it\s+|"
    r"i\s+(?:got|bought|had)\s+)(?P<count>[2-9]|"
    + "|".join(SMALL_COUNTS)
    + r")\s+of\s+(?:them|those|these)\b|\b(?P<times>double|triple)\s+(?:it|that)\b"
    # the count alone with a sign of times: "x2", "×3", "times 2", "2x"
    r"|^\W*(?:(?:wait|oh|no|actually|sorry|oops|make\s+it|it\s+was)\W+)*(?:[x×]\s?(?P<after_sign>[2-9])|"
    r"(?P<before_sign>[2-9])\s?[x×]|times\s+(?P<said_times>[2-9]|two|three|four))"
    # who the others were for, after: "x2 actually, bought one for khoa", "times two, one for
    # my brother"
    r"(?:[\s,.]+actually)?(?:[\s,.;:-]+(?:(?:i\s+)?(?:bought|got|had)\s+(?:one|another|the\s+other)|"
    r"(?:the\s+other\s+)?one\s+(?:was\s+)?for|another\s+for)\b[^.!?\d]{0,40})?\s*[.!]*\s*\Z",
    re.I,
)
_TIMES_WORDS = {"double": 2, "triple": 3}


def bought_more(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (an entry or a payment with an amount) bought that many times ("cinema
    ticket 9.50", then "wait it was 2 of them, so double it": 19.00); None when `command` is
    not that."""
    said = _TIMES_OVER.search(command.text)
    if said is None or previous.amount is None:
        return None
    if previous.intent not in ENTRY_INTENTS and previous.intent is not Intent.DRAFT_PAYMENT:
        return None  # (a payment doubled too: "wait it's 2 tickets, so double that")
    counted = ("count", "times", "after_sign", "before_sign", "said_times")
    word = next(said.group(name) for name in counted if said.group(name)).lower()
    times = _TIMES_WORDS.get(word) or SMALL_COUNTS.get(word) or int(word)
    span = Span(said.start(), said.end(), said.group(0))
    amount = previous.amount * times
    return previous.evolve(text=command.text, amount=amount, spans={"amount": span})


# The tip taken back after it was added: "nvm i didnt tip", "actually no tip", "forget the
# tip", "without the tip please"
_NO_TIP_AFTER_ALL = re.compile(
    r"^\W*(?:(?:nvm|never\s*mind|actually|oh|wait|sorry|oops|no|nah|hmm+|ok|okay)\W+)*"
    r"(?:(?:i|we)\s+(?:didn['’]?t|did\s+not|never)\s+(?:leave\s+(?:a|any)\s+)?tip(?:ped)?(?:\s+(?:him|her|them))?|"
    r"(?:no|without\s+(?:the|a|any))\s+tip|(?:forget|drop|remove|take\s+off)\s+the\s+tip)"
    r"(?:\s+(?:after\s+all|actually|this\s+time|then|please|pls))*\W*\Z",
    re.I,
)
# The tip in the entry before: "18 plus 3 tip", "25 + tip 4", "tipped 2"
_TIP_GIVEN = re.compile(
    r"(?:\+|\bplus|\band|\bwith)\s*(?:a\s+)?[$€£]?\s?(?P<tip>\d[\d.,]*)\s*(?:[$€£]\s*)?(?:tip|gratuity)\b|"
    r"\b(?:tip|gratuity)\s+(?:of\s+)?[$€£]?\s?(?P<tip2>\d[\d.,]*)|\btipped\s+(?:\w+\s+)?[$€£]?\s?(?P<tip3>\d[\d.,]*)",
    re.I,
)


def tip_taken_back(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` without the tip it added ("lunch 18 plus 3 tip", 21, then "nvm i didnt
    tip": 18); None when `command` is not that or no tip was added before."""
    said = _NO_TIP_AFTER_ALL.match(command.text)
    if said is None or previous.intent not in ENTRY_INTENTS or previous.amount is None:
        return None
    tips = list(_TIP_GIVEN.finditer(previous.text))
    if len(tips) != 1:
        return None  # (none said, or more than one: which?)
    try:
        tip, _ = read_money(next(group for group in tips[0].groups() if group))
    except InvalidAmount:
        return None
    if not 0 < tip < previous.amount:
        return None
    span = Span(said.start(), said.end(), said.group(0))
    return previous.evolve(text=command.text, amount=previous.amount - tip, spans={"amount": span})


# The way back told after the way there: "and the return too", "back home too 29k", "the
# ride back as well, 18" (a journey's second leg, never money returned)
_WAY_BACK_TOO = re.compile(
    r"^\W*(?:(?:and|oh|plus|\+)\W+)?(?P<leg>(?:" + WAY_BACK + r")\s+(?:too|also|as\s+well))\b"
    r"(?P<rest>[^.!?]*)[.!]*\s*\Z",
    re.I,
)


def way_back_too(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """A second entry for the way back after a fare ("grab bike 32k", then "back home too
    29k"), at the figure said or, with none, the same fare again ("retour aussi" after "SBB
    Genève–Zurich 2 × 44.–"); None when `command` is not that."""
    said = _WAY_BACK_TOO.match(command.text)
    if said is None or previous.intent is not Intent.ADD_EXPENSE or previous.amount is None:
        return None
    words_of_its_own = re.search(r"[^\W\d_]{2,}", said.group("rest"))
    if words_of_its_own and (command.amount is None or not _amount_told(command)):
        return None  # ("back home too, but I walked")
    amount = command.amount if command.amount is not None else previous.amount
    leg = Span(said.start("leg"), said.end("leg"), said.group("leg"))
    # (its shop and kind are the way back's own, so a saved fare is never "corrected" by it)
    named = {slot: leg for slot in ("merchant", "category") if getattr(previous, slot)}
    return previous.evolve(
        text=command.text,
        amount=amount,
        currency=command.currency if "currency" in command.spans else previous.currency,
        spans={"amount": command.spans.get("amount") or leg, **named},
    )


_COUNT_WORD = r"(?:\d{1,2}|" + "|".join(SMALL_COUNTS) + r")"
# A new count of the things just priced each: "nah change to 3 beers", "no, 3 cups, my sister
# also drank one", "sorry it was 4 trays not 3"
_RECOUNTED = re.compile(
    # ("Scratch that, it was 3 hours": the count before dropped, then told again)
    r"^\W*(?:(?P<lead>wait|oh|no|nah|nope|actually|sorry|oops|my\s+bad|(?:scratch|scrap)\s+that)\W+)*"
    r"(?P<verb>(?:change|make)\s+(?:it\s+|that\s+)?(?:to\s+)?|(?:it\s+)?(?:was|is|were)\s+)?"
    r"(?P<count>" + _COUNT_WORD + r")\s+(?P<thing>[^\W\d_]{3,})\b"
    # (the count said, then nothing or a clause: not "3 beers would have been too many")
    r"(?=\s*(?:$|[,.;:!?)]|not\b|instead\b|then\b|please\b|actually\b|each\b|in\s+total\b))",
    re.I,
)
# (the shop may be named with a comma after it: "3 onigiri at Lawson, 150 yen each")
_COUNTED_EACH = (
    r"\s+(?:[^\W\d_]+,?\s+){0,4}?(?:at|@|x|à|a)?\s*[$€£¥]?\s*\d[\d.,]*k?\s*(?:each|ea|apiece)?"
)


def _count_of_word(word: str) -> int:
    """The count a word or digits say ("3", "three")."""
    return int(word) if word.isdigit() else SMALL_COUNTS[word.lower()]


# The price of one, told after the things were counted: "145 EUR per night, paid today",
# "Each one was 0,95 €", "they were 4.50 each"
_PRICE_OF_ONE = re.compile(
    r"\b(?:each(?:\s+one)?|apiece|a\s+piece|per\s+(?P<unit>[a-z]+)|a\s+(?P<unit2>night|day|week|"
    r"hour|person|ticket|lesson|session|class|head))\b",
    re.I,
)
# the things counted in the entry before: "3 nights", "10 of them", "two tickets"
_COUNTED_BEFORE = re.compile(
    r"\b(?P<count>" + _COUNT_WORD + r")\s+(?:(?P<of_them>of\s+them)|(?P<thing>[a-z]{3,}))\b", re.I
)


def priced_each_after(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous`, an entry of things counted with no amount yet ("Hotel in Milan, 3
    nights."), at the price of one `command` tells ("145 EUR per night, paid today"): so
    many times that price; None otherwise."""
    entry = previous.intent in ENTRY_INTENTS or (
        previous.intent is Intent.OTHER and previous.closest in ENTRY_INTENTS
    )
    if not entry or command.amount is None or command.intent not in (*ENTRY_INTENTS, Intent.OTHER):
        return None
    each = _PRICE_OF_ONE.search(command.text)
    counted = _COUNTED_BEFORE.search(previous.text)
    if each is None or counted is None:
        return None
    if previous.amount not in (None, Decimal(_count_of_word(counted.group("count")))):
        return None  # (a count alone may have been read as its amount: "…, 10 of them.")
    unit = (each.group("unit") or each.group("unit2") or "").lower().rstrip("s")
    if unit and (counted.group("thing") or "").lower().rstrip("s") != unit:
        return None  # "3 nights" then "20 per person": not a price of a night
    count = _count_of_word(counted.group("count"))
    if count < 2:
        return None
    amount = command.amount * count
    spans = {k: v for k, v in command.spans.items() if k in ("amount", "currency", "date")}
    return previous.evolve(
        text=command.text,
        intent=previous.intent if previous.intent in ENTRY_INTENTS else Intent.ADD_EXPENSE,
        amount=amount,
        currency=command.currency or previous.currency,
        date=command.date or previous.date,
        missing=tuple(slot for slot in previous.missing if slot != "amount"),
        spans=spans,
    )


def counted_again(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (an entry priced at so much each, "2 beers at the bar 14 each") for the new
    count `command` gives of the same things ("nah change to 3 beers": 42); None when
    `command` is not that."""
    said = _RECOUNTED.match(command.text)
    if said is None or previous.intent not in ENTRY_INTENTS or previous.amount is None:
        return None
    if not (said.group("lead") or said.group("verb")):
        return None  # "3 beers tonight was too many": a remark, no correction
    stem = said.group("thing").lower().rstrip("s")
    before = re.search(
        r"\b(?P<count>" + _COUNT_WORD + r")\s+" + re.escape(stem) + r"s?\b" + _COUNTED_EACH,
        previous.text,
        re.I,
    )
    if before is None:
        return None
    old, new = _count_of_word(before.group("count")), _count_of_word(said.group("count"))
    each = previous.amount / old
    if old < 2 or new == old or each != each.quantize(CENT):
        return None  # (the amount must be so many of a price to the cent)
    span = Span(said.start("count"), said.end("thing"), said.group(0)[said.start("count") :])
    amount = each * new
    return previous.evolve(text=command.text, amount=amount, spans={"amount": span})


_THERE = re.compile(r"\bthere\b", re.I)


def moved_there(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """A transfer "there" after a question about an account ("how much is in savings", then
    "ok move 200 there from checking"): to that account; None when `command` is not that."""
    if command.intent is not Intent.TRANSFER or previous.intent not in _QUERIES:
        return None
    if command.to_account is not None or previous.account is None:
        return None
    said = _THERE.search(command.text)
    if said is None:
        return None
    span = Span(said.start(), said.end(), said.group(0))
    missing = tuple(m for m in command.missing if m != "to_account")
    return command.evolve(to_account=previous.account, missing=missing, spans={"to_account": span})


# The answer just given, said back with a reaction: "$340... ok dont judge me", "£612. Sophie
# drives …", "lol 310 and i set the budget at 250", "OK, 260 €. My wife says …", "$82 left out
# of $100, ok no more bubble tea" (a sound or two first, the figure, then a pause or a
# reaction; not "50 at tesco", an entry)
_ANSWER_SAID_BACK = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|wow|whoa|woah|oh|ah|lol|lmao|haha+|yikes|ugh|damn|hmm+|right|yeah|"
    r"yep|jeez|geez|omg|oof|ouch|hm+|"
    # understanding said first: "I see, 16,200 yen. That is more than I expected"
    r"i\s+see|got\s+it|understood|i\s+understand|noted|alright|cool|fine)\b[\s,.!…]*)*"
    r"[$€£¥₹]?\s?\d(?:[\d.,]|\s(?=\d{3}\b))*(?:k\b)?\s?(?:[$€£¥₹]|[^\W\d_]{1,6}\b)?"
    r"(?:\s*(?:\.\.\.|[.!?…,;:])|\s+(?:and|but|so|left|spent|remaining|total|in\s+total|so\s+far|"
    r"already|wow|lol|omg|haha+|yikes)\b|\s*\Z)",
    re.I,
)
# A request in the reaction's own clause: "45, add another 3.50 for today", "…. log it"
_REQUEST_IN_A_CLAUSE = re.compile(
    r"(?:^|[,.;:!?]\s*|\b(?:and|so|then|pls|please|just|now)\s+)"
    r"(?:add|log|record|enter|pay|send|transfer|move|put|set|make|change|write|split|note|track)\b",
    re.I,
)


def answer_said_back(text: str, previous: ParsedCommand) -> bool:
    """True for the figure just answered said back with a reaction, after a question
    ("how much on uber eats this month" then "$340... ok dont judge me"): nothing to do, and
    never an entry of the figure."""
    if previous.intent.writes or previous.intent in _NO_FOLLOW_UP:
        return False
    said = _ANSWER_SAID_BACK.match(text)
    if said is None or _A_YEAR.search(said.group(0)):  # "2023?" asks about a year
        return False
    return not _REQUEST_IN_A_CLAUSE.search(text) and asked_to_write(text) is None


# What the person thinks of a price: "so small for twelve bucks", "a rip-off at 12"
_PRICE_JUDGED = re.compile(
    r"\b(?:so\s+(?:small|tiny|expensive|pricey|dear)|getting\s+(?:so\s+|really\s+)?(?:small|smaller|"
    r"expensive|pricier)|too\s+(?:much|expensive|pricey|dear)|rip[\s-]?off|robbery|ridiculous|"
    r"outrageous|insane|crazy|steep|not\s+worth|(?:totally\s+|so\s+)?worth\s+it|a\s+steal|bargain)\b",
    re.I,
)


# Another of the same, not the same one again: "coffee 4 again", "another 4"
_ONE_MORE = re.compile(r"\b(?:again|another|one\s+more|second)\b", re.I)


def price_judged_again(command: ParsedCommand, previous: ParsedCommand) -> bool:
    """True when `command` only says what the person thinks of the price just written, its
    figure said again ("add twelve bucks for lunch at chipotle", then "chipotle portions are
    getting so small for twelve bucks"): a remark, never a second entry nor a change."""
    if previous.intent not in ENTRY_INTENTS or previous.amount is None:
        return False
    if command.amount != previous.amount or asked_to_write(command.text) is not None:
        return False
    if _FOLLOW_UP.match(command.text.strip()) or _ONE_MORE.search(command.text):
        return False  # "no, 12 was too much, make it 10": corrected; "coffee 4 again": another
    return _PRICE_JUDGED.search(command.text) is not None


def corrects_nothing(command: ParsedCommand) -> bool:
    """True for a correction with nothing before it to correct ("make it 15", "actually
    12.80", "300 is enough" as the first thing said): it must not become a new entry of its
    own."""
    text = command.text.strip()
    if command.intent.writes and _figure_judged(text):
        return True  # "300 is enough", "On second thought, 450.": said of a figure before
    if not command.intent.writes or not (_FOLLOW_UP.match(text) or _NEW_AMOUNT.match(text)):
        return False
    return all(word in _CORRECTION_WORDS for word in _values_and_other_words(command)[1])


def follow_up(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` completed by the slots `command` names (`command` was read with
    `previous`'s intent); None when `command` names no slot ("thanks")."""
    said = {name for name in _SLOTS if getattr(command, name) not in (None, ())}
    if "amount" in said and _a_year_told(command):
        said -= {"amount", "currency"}  # "that was 2019.", "it's 2026, nobody uses cheques"
    if _whole_told_again(command) or (
        previous.amount is not None and _AMOUNT_THEN_REASON.match(command.text)
    ):
        # "bill was 1tr35 actually, they added beer", "6000. he added the taxi": still hotpot,
        # still the payment to Tanaka
        said -= {"category", "merchant"}
    if not said:
        return None
    if previous.intent in _QUERIES and "date" in said:
        said = (said - {"date"}) | {"period"}
    changes = {name: getattr(command, name) for name in said}
    if "amount" in said and (carried := _scale_carried(command, previous)) is not None:
        changes["amount"] = carried  # "no 4.5" after "grocery budget 4 million a month"
    changes.update(_bounds_kept(command, previous, said))
    if "amount" in said and "currency" not in command.spans:
        changes["currency"] = previous.currency or command.currency
    changes["spans"] = {key: span for key, span in command.spans.items() if key in said}
    if previous.intent is Intent.BUDGET_STATUS and "amount" in said:
        changes["intent"] = Intent.SET_BUDGET  # "set it to 250" after what is left of a budget
    if _a_months_figure_answered(previous, said):
        changes["recurrence"] = "monthly"  # "$25 feels right" after "set a weekly budget …"
    merged = previous.evolve(text=command.text, **changes)
    if previous.amount is None:  # (a figure corrected keeps the scale it corrects)
        merged = _magnitude_by_what_for(merged, command)
    missing = tuple(m for m in previous.missing if getattr(merged, m) is None)
    return merged.evolve(missing=missing)


def _magnitude_by_what_for(merged: ParsedCommand, command: ParsedCommand) -> ParsedCommand:
    """`merged` with the figure `command` said as a digit and tens read by what the entry
    before it was for ("eighteen fifty for may" after "send rent to my landlord": 1,850,
    no rent is 18.50), as it is when both are said at once."""
    said = command.spans.get("amount")
    if said is None or command.amount is None or merged.amount != command.amount:
        return merged
    amount = said_magnitude(merged.intent, command.amount, said.source, str(merged.category))
    return merged if amount == merged.amount else merged.evolve(amount=amount)


# A figure said with one word after it, and nothing else: "4 million", "1.2k", "5 lakh",
# "8tr", "2tr4" (the word is a scale when the amount read is the figure times a thousand or
# more: "45 dollars" is no scale)
_FIGURE_AND_WORD = re.compile(r"[$€£¥₹₫]?\s*(\d+(?:[.,]\d{1,2})?)\s*[^\W\d_]+\d{0,3}\s*[$€£¥₹₫]?")
# A bare figure, a currency sign at most beside it: "4.5", "$8"
_BARE_FIGURE = re.compile(r"[$€£¥₹₫]?\s*\d+(?:[.,]\d{1,2})?\s*[$€£¥₹₫]?")
_LEAST_SCALE = 1000


def _scale_carried(command: ParsedCommand, previous: ParsedCommand) -> Decimal | None:
    """The amount `command` corrects `previous`'s to when it says a bare figure in the
    scale `previous` was said in ("no 4.5" after "grocery budget 4 million a month" is 4.5
    million; "make it 8" after "rent 5k" is 8k; "no 2.5" after "2tr4" is 2.5 million);
    None when either was said otherwise, or the bare figure is far from the scaled one
    (then it is meant as said: "make it 500" after "budget 5k")."""
    said, before = command.spans.get("amount"), previous.spans.get("amount")
    if command.amount is None or previous.amount is None or said is None or before is None:
        return None
    scaled = _FIGURE_AND_WORD.fullmatch(before.source.strip())
    if scaled is None or not _BARE_FIGURE.fullmatch(said.source.strip()):
        return None
    figure = Decimal(scaled.group(1).replace(",", "."))
    if not figure or not figure / 10 <= command.amount <= figure * 10:
        return None
    # the power of ten the figure was scaled by ("2tr4": 2 read as 2,400,000, a million)
    scale = Decimal(10) ** (len(str(int(previous.amount / figure))) - 1)
    if scale < _LEAST_SCALE:
        return None
    return (command.amount * scale).quantize(Decimal(1))


def _a_months_figure_answered(previous: ParsedCommand, said: set[str]) -> bool:
    """True for a figure alone answering the amount of a budget asked by another rhythm
    ("set a weekly budget for coffee", asked how much a month, then "$25 feels right"):
    the ledger keeps budgets by the month, and the month's figure is what was asked."""
    return (
        previous.intent is Intent.SET_BUDGET
        and "amount" in previous.missing
        and previous.recurrence not in (None, "monthly")
        and "amount" in said
        and "recurrence" not in said
    )


def recategorized(
    merged: ParsedCommand, previous: ParsedCommand, alone: ParsedCommand
) -> ParsedCommand | None:
    """A follow-up that changes nothing of an entry but its category ("make that work
    meals", "that shd be groceries not eating out" after "coles 38.20") is a move to that
    category, never a second entry of the same money: the service moves the card still
    waiting, or else asks to move the latest transaction. The category is the one a move
    read alone names ("… the cat food, change it to pets": pets), else the follow-up's."""
    if previous.intent not in ENTRY_INTENTS or merged.category in (None, previous.category):
        return None
    changed = [name for name in _SLOTS if getattr(merged, name) != getattr(previous, name)]
    if changed != ["category"]:
        return None
    named = alone if alone.intent is Intent.RECATEGORIZE and alone.category else merged
    spans = {key: span for key, span in named.spans.items() if key == "category"}
    return ParsedCommand(
        merged.text,
        Intent.RECATEGORIZE,
        category=named.category,
        language=merged.language,
        spans=spans,
    )


def _bounds_kept(
    command: ParsedCommand, previous: ParsedCommand, said: set[str]
) -> dict[str, object]:
    """ "now under 20" after "over 100": a new bound that the old one contradicts replaces
    the filter (the old bound is dropped); "and under 50" after "over 20" narrows it."""
    low = command.min_amount if "min_amount" in said else previous.min_amount
    high = command.max_amount if "max_amount" in said else previous.max_amount
    if low is None or high is None or low <= high:
        return {}
    return {"min_amount": None} if "max_amount" in said else {"max_amount": None}


# "what about coles", "and the joint account?", "same for flipkart": the same question about
# another name
_ABOUT_NAME = re.compile(
    # ("nd swiggy?": texting's "and")
    # ("only doordash" after this week's transactions: the same question, narrowed)
    r"^(?:(?:and|nd|n|&|what\s+about|how\s+about|only|just)\s+(?:at\s+|for\s+|on\s+|from\s+)?|"
    r"(?:now\s+|and\s+)?(?:the\s+)?same\s+(?:thing\s+|question\s+)?(?:for|at|with)\s+)(?:the\s+|my\s+)?"
    r"(?P<name>[^\W\d_][\w'’&.-]*(?:\s+[^\W\d_][\w'’&.-]*){0,3})\s*[?!.]*\s*$",
    re.I,
)
_ACCOUNT_WORDS = re.compile(r"\b(?:account|acc|acct|card|savings|checking|current|joint)\b", re.I)
# the name first, then "too": "aldi too", "Swiggy also for same month", "and lidl as well?"
_NAME_TOO = re.compile(
    r"^(?:and\s+)?(?:at\s+|for\s+|on\s+)?(?:the\s+|my\s+)?"
    r"(?P<name>[^\W\d_][\w'’&.-]*(?:\s+[^\W\d_][\w'’&.-]*){0,2}?)\s+(?:too|also|as\s+well)"
    r"(?:\s+(?:for|in)\s+(?:the\s+)?same\s+(?:month|period|time|week|year|dates?))?\s*[?!.]*\s*$",
    re.I,
)


def about_another_name(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (a question about a merchant or an account) asked again about the name
    in "what about coles" / "and the joint account?"; None when `text` is not that."""
    too = _NAME_TOO.match(text.strip())
    if too is not None and any(word.lower() in _WHEN_WORDS for word in too.group("name").split()):
        too = None  # "last month too": the same question for another period
    match = too or _ABOUT_NAME.match(text.strip())
    if match is None or previous.intent not in _QUERIES:
        return None
    name = match.group("name")
    span = Span(match.start("name"), match.end("name"), name)
    if _ACCOUNT_WORDS.search(name):
        if previous.intent not in (Intent.BALANCE, Intent.QUERY_SPENDING, Intent.SHOW_TRANSACTIONS):
            return None
        return previous.evolve(text=text, account=name, merchant=None, spans={"account": span})
    if previous.intent is Intent.BALANCE:
        return None
    return previous.evolve(text=text, merchant=name, spans={"merchant": span})


def another_shop_asked(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous`, a question about a shop, asked again about the chain `text` names ("what
    about aldi" after what went to Tesco last month), or any shop named with "too" ("Swiggy
    also for same month" after Zomato's): a chain's name also names its kind of shop, which
    must not leave the question at Tesco; None otherwise."""
    if previous.merchant is None:
        return None
    asked = about_another_name(text, previous)
    if asked is None or asked.merchant is None:
        return None
    named_too = _NAME_TOO.match(text.strip()) and not is_category_word(asked.merchant)
    if not (is_brand(asked.merchant) or named_too):  # ("Swiggy also for same month")
        return None
    return asked.evolve(category=previous.category if "category" in previous.spans else None)


# How a budget just set or asked about stands, asked without naming it again: "how am i
# doing on that this month", "and now, how much is left?", "am I over yet?"
_HOW_THE_BUDGET_STANDS = re.compile(
    r"\bhow(?:\s+am\s+i|['’]m\s+i|\s+are\s+we|\s+is\s+(?:it|that)|['’]?s\s+(?:it|that))\s+"
    r"(?:doing|doin['’]?|going|goin['’]?|looking|lookin['’]?|tracking|faring|holding\s+up|"
    r"shaping\s+up)(?!\w)|"
    # where the person stands: "where I am with it?", "where are we at with that"
    r"\bwhere\s+(?:am\s+i|i\s+am|are\s+we|we\s+are|do\s+(?:i|we)\s+stand|(?:i|we)\s+stand)(?:\s+at)?"
    r"(?:\s+(?:with|on)\s+(?:it|that|this|the\s+budget))?\s*(?:(?:now|so\s+far)\s*)?(?:[?!.]|$)|"
    r"\bh(?:o)?w\s+much\s+(?:is\s+|['’]s\s+|do\s+i\s+have\s+|have\s+i\s+got\s+|i\s+have\s+)?"
    r"(?:still\s+)?(?:left|remaining)\b|"
    r"\bwhat['’]?s\s+(?:still\s+)?(?:left|remaining)\b|"
    r"\bam\s+i\s+(?:still\s+)?(?:on\s+track|over|under|within)\b|"
    # what of it is gone: "how much of it have i used so far", "how much I already used",
    # "how much have I spent of it" (not "how much did I spend on wine", which names its own)
    r"\bhow\s+much\s+(?:of\s+(?:it|that|this)\s+)?(?:have\s+i|did\s+i|i['’]?ve|i\s+have|i)\s+"
    r"(?:already\s+)?(?:use[ds]?\b|spen[dt]\s+(?:of\s+it|on\s+it|on\s+that|so\s+far|already)\b)|"
    # ("how much of it is used already?", said of the budget itself)
    r"\bhow\s+much\s+of\s+(?:it|that|this)\s+(?:is|was|has\s+been)\s+(?:already\s+)?(?:used|spent|gone)\b|"
    # "and how is it now?", "And how it looks now this month?", "How much used?"
    r"\bhow\s+(?:is\s+it|['’]s\s+it|it\s+looks|does\s+it\s+look|is\s+it\s+looking)\s+(?:now|so\s+far|this)\b|"
    r"^\W*how\s+much\s+(?:is\s+)?(?:already\s+)?used\b|"
    # the question word last, as people text: "already spent how much of that?", "used how
    # much so far"
    r"\b(?:spent|used)\s+how\s+much(?:\s+of\s+(?:it|that|this))?\b",
    re.I,
)
_ASKED_OF_A_BUDGET = frozenset(
    {
        Intent.QUERY_SPENDING,
        Intent.QUERY_BREAKDOWN,
        Intent.BALANCE,
        Intent.BUDGET_STATUS,
        Intent.OTHER,
    }
)


# Another account asked after a balance: "and starling?", "n icici?", "And the everyday
# account?", "and in the caixinha?"
_ANOTHER_ACCOUNT = re.compile(
    r"^\W*(?:(?:thanks|thank\s+you|ok|okay)\b[\s,.!]*)?(?:(?:and\s+)?(?:what\s+about|how\s+about)|and|n|&|"
    # the total narrowed to one account: "just monzo", "Only Rakuten Bank please"
    r"(?P<only>just|only))\s+"
    r"(?:in\s+|on\s+|for\s+)?(?:the\s+|my\s+)?(?P<account>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?)"
    r"(?:\s+(?:please|pls|plz))?\s*[?.!]*\s*$",
    re.I,
)


# Words of a time, never an account's name: "and last month?", "and in May?"
_WHEN_WORDS = frozenset(
    {"last", "this", "next", "previous", "month", "week", "year", "today", "yesterday", "now"}
    | {*MONTHS, *WEEKDAYS}
)


def another_account_asked(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous`, a balance asked, asked again of the account `text` names ("and starling?"
    after "monzo balance"); None otherwise, or when the words name a period or a kind (the
    follow-ups of a question handle those)."""
    said = _ANOTHER_ACCOUNT.match(text)
    if previous.intent is not Intent.BALANCE or said is None:
        return None
    name = said.group("account")
    words = set(name.lower().split())
    if words & (_FILLER | _WHEN_WORDS) or category_code(name):
        return None
    span = Span(said.start("account"), said.end("account"), name)
    return previous.evolve(text=text, account=name.lower(), spans={"account": span})


def budget_asked_after(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """How the budget just set or asked about stands, when `command` asks it without naming
    one ("how am i doing on that this month" after "set a budget of 400 a month for gas"):
    that budget's status, for the period `command` names; None when `command` is no such
    question or names a category, a shop or an account of its own."""
    if (
        previous.intent not in (Intent.SET_BUDGET, Intent.BUDGET_STATUS)
        or previous.category is None
    ):
        return None
    if (
        command.intent not in _ASKED_OF_A_BUDGET
        or command.category
        or command.merchant
        or command.account
    ):
        return None
    if command.amount is not None or not _HOW_THE_BUDGET_STANDS.search(command.text):
        return None
    spans = {key: span for key, span in command.spans.items() if key == "period"}
    return ParsedCommand(
        command.text,
        Intent.BUDGET_STATUS,
        category=previous.category,
        period=command.period,
        language=command.language,
        spans=spans,
    )


# What the subscriptions just listed cost, asked of them: "How much they cost together per
# year?", "and what do those come to a month"
_THEIR_COST_ASKED = re.compile(
    r"\b(?:how\s+much|what)\s+(?:do\s+|does\s+|would\s+)?(?:they|those|these|them|it\s+all|all\s+of\s+them|"
    # ("Combien ça coûte par an ?", glossed "how much does it cost a year ?")
    r"it(?=\s+(?:cost|come\s+to)\b))(?:\s+all)?\s+(?:cost|come\s+to|add\s+up\s+to|total)\b|"
    # ("tổng cộng mỗi năm bao nhiêu?", glossed "total a year how much?")
    r"^\W*total\b[^.!?]{0,20}\bhow\s+much\b",
    re.I,
)


def subscriptions_costed(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """The subscriptions again, asked what they cost, by the year when asked so ("How much
    they cost together per year?" after "Which abos I have?"); None when `command` is not
    that."""
    if previous.intent is not Intent.QUERY_SUBSCRIPTIONS:
        return None
    if not _THEIR_COST_ASKED.search(command.text):
        return None
    # ("total a year how much?": a question's "a year" is read as its period, not a rhythm)
    by_year = "yearly" if _BY_THE_YEAR.search(command.text) else None
    return previous.evolve(text=command.text, recurrence=command.recurrence or by_year)


_BY_THE_YEAR = re.compile(r"\b(?:a|per|each|every)\s+year\b|\byearly\b|\bannual(?:ly)?\b", re.I)


# A part of the bill just said: "half of that thirty six", "a third of it"
_PART_OF_IT = re.compile(r"\b(?:half|third|quarter|share|part)\s+of\s+(?:that|it|this|the)\b", re.I)


def shared_after_all(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (an expense, or a split) now shared with the people `command` names
    ("split it with Lena and Marco", "actually split that 3 ways"), its amount told again
    with them when a correction opens the sentence ("it was 2,860 yen. please split with
    him"); None when `command` is no such split."""
    command = _companions_meant(_share_told(command), previous)
    if command.intent is not Intent.SPLIT_EXPENSE or not (command.split_with or command.split_ways):
        return None
    if previous.intent not in (Intent.ADD_EXPENSE, Intent.SPLIT_EXPENSE):
        return None
    said, before = command.amount, previous.amount
    corrects = _FOLLOW_UP.match(command.text.strip()) is not None and said is not None
    told_again = corrects and (before is None or _amount_said_again(command))
    # "actually morag owes me half of that thirty six so split it with her": a part of it
    part_of_it = (
        said is not None and before is not None and corrects and _PART_OF_IT.search(command.text)
    )
    if not (_names_only(command, previous) or told_again or part_of_it):
        return None  # "dinner 60 split with Tom" stands on its own
    kept = ("split_with", "split_ways", "amount") if told_again else ("split_with", "split_ways")
    spans = {k: v for k, v in command.spans.items() if k in kept}
    return previous.evolve(
        text=command.text,
        intent=Intent.SPLIT_EXPENSE,
        amount=command.amount if told_again else previous.amount,
        currency=command.currency if told_again else previous.currency,
        split_with=command.split_with,
        split_ways=command.split_ways,
        # ("Kino with Anna, 26 euro" took Anna for the shop; sharing with her, she is not)
        merchant=None if previous.merchant in command.split_with else previous.merchant,
        missing=tuple(slot for slot in previous.missing if slot != "amount" or not told_again),
        spans=spans,
    )


def settled_already(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """A cancel of the card `previous` left on screen when `command` says it is not needed:
    the entry is in the ledger already ("Cancel, I already added it this morning" without
    the cancel: "I already logged that one"), or the person to be paid has been paid or
    needs nothing ("wait he already got it", "nah he paid for himself in the end"); None
    otherwise."""
    if not previous.intent.writes or previous.intent in (Intent.UNDO, Intent.CANCEL):
        return None
    if command.amount is not None or command.intent not in (Intent.OTHER, previous.intent):
        return None
    paid = previous.intent in _PAYING and _PAID_ALREADY.search(command.text) is not None
    if not (paid or _LOGGED_ALREADY.search(command.text)):
        return None
    return replace(command, intent=Intent.CANCEL, spans={})


_PAYING = frozenset({Intent.DRAFT_PAYMENT, Intent.TRANSFER, Intent.SPLIT_EXPENSE})
# The entry already in the ledger: "I already added it", "already logged that one"
_LOGGED_ALREADY = re.compile(
    r"\b(?:i|we)(?:['’]ve|\s+have)?\s+(?:already|just)\s+(?:added|logged|entered|recorded|saved|"
    r"put\s+(?:it|that|this)\s+in)\b|\b(?:added|logged|entered|put\s+(?:it|that)\s+in)\s+(?:it\s+|that\s+)?"
    r"already\b",
    re.I,
)
# The payee paid or provided for: "he already got it", "she paid for herself in the end",
# "he says it's on him", "they sorted it already"
_PAID_ALREADY = re.compile(
    r"\b(?:he|she|they|[A-Z][a-z]+)\s+(?:has\s+|have\s+)?(?:already|just)\s+(?:got|paid|sorted|covered|"
    r"received|has)\b|\bpaid\s+for\s+(?:himself|herself|themselves)\b|"
    r"\b(?:he|she|they)\s+(?:says?|said)\s+(?:there'?s\s+)?(?:no\s+need|it'?s\s+on\s+(?:him|her|them))\b",
)


# Someone paying their part: "Mia is paying half", "Tom and Ana are paying their share",
# "Jo owes me a third" (not "Tom split up with his girlfriend", "Sarah is sharing her flat")
_PAYS_A_PART = re.compile(
    r"\b(?:pay(?:s|ing)?|owes?|give(?:s)?|giving|chip(?:s|ping)?\s+in)\s+(?:me\s+)?(?:back\s+)?"
    r"(?:(?:his|her|their|a)\s+)?(?:half|share|part|third|quarter|bit)\b|"
    # "Tom and Jo both owe me", "Mia owes me for that": their parts owed, no amount said
    r"\bowes?\s+me(?:\s+(?:for\s+(?:it|that|this|them)|too|as\s+well))?\s*[.!]*$|"
    # "half of it is Sarah's", "half of that goes to Ben": a part told as someone's
    r"\bhalf\s+(?:of\s+(?:it|that|this)\s+)?(?:is|was|goes\s+to)\s+(?-i:[A-Z])[\w-]*(?:['’]s)?\b",
    re.I,
)


# The people of the expense before, meant by a pronoun: "split it with her", "split with
# them pls", "share that with him"
_WITH_THEM = re.compile(r"\b(?:with|between)\s+(?P<who>her|him|them)\b", re.I)


def _companions_meant(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand:
    """`command`, a split naming no one but "her", "him" or "them", shared with the people
    `previous` (an expense) said were there ("Kino with Anna, 26 euro" then "split with her
    pls"); `command` itself when it names people, or the pronoun fits no one named before
    (one person for "her" and "him")."""
    if command.intent is not Intent.SPLIT_EXPENSE or command.split_with or command.split_ways:
        return command
    said = _WITH_THEM.search(command.text)
    if said is None or previous.intent is not Intent.ADD_EXPENSE:
        return command
    found = find_split_with(previous.text, said_shared=True)
    if found is None or (said.group("who").lower() != "them" and len(found[0]) != 1):
        return command
    span = Span(said.start("who"), said.end("who"), said.group("who"))
    return replace(command, split_with=found[0], spans={**command.spans, "split_with": span})


def _names_only(command: ParsedCommand, previous: ParsedCommand) -> bool:
    """True when a split says nothing of its own but its people: no amount, shop or
    category, or only `previous`'s again ("split the 63 with him" after a taxi of 63)."""
    return (
        command.amount in (None, previous.amount)
        and not command.amount_choices
        and command.category in (None, previous.category)
        and command.merchant in (None, previous.merchant)
    )


def _share_told(command: ParsedCommand) -> ParsedCommand:
    """`command` as a split when, read alone, it only tells that people pay their part ("Mia
    is paying half", "Tom and Ana are paying their share"): with no amount of its own it is
    talk, but after an expense it shares that expense."""
    if command.intent is not Intent.OTHER or command.amount is not None:
        return command
    if not _PAYS_A_PART.search(command.text):
        return command
    found = find_split_with(command.text, said_shared=True)
    if found is None:
        return command
    names, span = found
    return replace(
        command, intent=Intent.SPLIT_EXPENSE, split_with=names, spans={"split_with": span}
    )


# "and Chloe too", "oh, add Sam as well", "plus Kai", "Kai too", "with Kai too", "also add
# Rohan, he joined last minute", "add dev too, 4 ways": more people on the split just made
_CAME_ALONG = (
    # ("Ananya also joined", "she was also there", "Kimura join": the present said for the
    # past, as people writing a second language do)
    r"(?:(?:also\s+)?(?:was|were|came|join(?:s|ed)?(?:\s+us)?|ate|had\s+some|showed\s+up|"
    r"turned\s+up)(?:\s+also)?(?:\s+(?:there|with\s+us|along))?|"
    # "Júlia also enter in the split", "Bo is in on it too": taken into the sharing
    r"(?:also\s+)?(?:is|was|are|were|enters?|entered|goes|went|gets?|got|comes?)\s+"
    r"(?:in(?:to)?|on)(?:\s+on)?\s+(?:the|that|this|it)(?:\s+(?:split|bill|one))?)"
)
_CAME_LATE = r"(?:\s+(?:too|as\s+well|also|later|late|after|last[\s-]+minute|in\s+the\s+end))"
# why they share it, said of them after the name: "he ate like half of it", "she had 3
# slices"; never what they paid ("he paid the tip" is another story)
_WHY_THEY_SHARE = (
    # ("she's coming with us")
    r"(?:she|he|they)(?:['’](?:s|re|ll))?\s+"
    r"(?![^.!?]*\b(?:paid|pays|paying|owes?|covered|gave|sent|transferred)\b)"
    r"[^.!?]{1,60}"
)
_MORE_PEOPLE = re.compile(
    # ("oh n carla too": texting's "n" for "and")
    # ("I forgot Júlia, she was also there": the name left out of the split before)
    # ("+ jordo too": the sign for "and"; "Actually add Meera also")
    r"^(?:(?:oh|ah|and\s+oh|oops|wait|actually|actualy|ok|okay)[\s,]+)*"
    r"(?P<lead>(?:and|n|&|also|plus|add|include|put|i\s+forgot(?:\s+(?:about|to\s+add))?)\s+|\+\s*)?"
    r"(?:(?:with|also|include|add)\s+)*"
    # ("put Chloe in too": the name, then "in"; "add Jenny to that split")
    r"(?P<rest>.+?)(?:\s+in(?=\s+(?:too|as\s+well)\b))?"
    r"(?P<too>\s+(?:too|as\s+well|also)|"
    # "oh and jack was there too", "Kim came too", "Yamada-san joined", "Sam joined us"
    rf"\s+{_CAME_ALONG}{_CAME_LATE}?|"
    # "and Priya, she came too", "add Jess too, she came later"
    rf",?\s+(?:she|he|they)\s+{_CAME_ALONG}{_CAME_LATE}?|"
    r"\s+(?:to|on|in)\s+(?:that|the|this)\s+(?:split|bill|one)(?:\s+(?:too|as\s+well))?)?"
    r"(?:,?\s+(?:she|he|they)\s+(?:came|joined|showed\s+up|turned\s+up)"
    rf"{_CAME_LATE})?"
    # the asking or the reason after the name: "… came along too actually, add her in", "add
    # marcus too he ate like half of it", "and Bia too, she ate 3 slices"
    r"(?:[\s,]+(?:actually|actualy))?"
    r"(?:[\s,.]+(?:so\s+)?(?:add|put|include|count)\s+(?:her|him|them)(?:\s+in)?(?:\s+too)?|"
    # ("and Alexis, she ate 3 slices lol": the reason after a comma, "too" left unsaid)
    rf"(?:(?<=too)[\s,.]+|,\s*){_WHY_THEY_SHARE})?"
    # how many share it now: "add dev too, 4 ways", "Also Yamada-san joined, please three people"
    r"(?:[\s,.;:-]+(?:(?:so\s+|please\s+|now\s+|that['’]?s\s+|making\s+(?:it\s+)?)?"
    rf"(?P<ways>{_COUNT_WORD})\s+(?:ways|people|persons|of\s+us)|"
    # "Ananya also joined, split among three"
    r"(?:so\s+|now\s+)?(?:split|share|divide)(?:\s+(?:it|that))?\s+(?:among|between|by|in)\s+"
    rf"(?P<among>{_COUNT_WORD})(?:\s+(?:ways|people|persons|of\s+us))?))?"
    r"[\s.!?]*$",
    re.I,
)

_FORGOT = re.compile(r"i\s+forgot\b", re.I)
_SAID_TOO = re.compile(
    r"\b(?:too|as\s+well|also|later|late|after|last[\s-]+minute)\b|^,?\s+(?:she|he|they)\b", re.I
)


def joined_by_more(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (a split) shared with the people `text` adds ("and Chloe too", "Kai too":
    a name said alone is capitalized); None when `text` is not only names added to a split,
    or counts the people ("4 ways") otherwise than it names them."""
    said = _MORE_PEOPLE.match(text.strip())
    if previous.intent is not Intent.SPLIT_EXPENSE or not previous.split_with or said is None:
        return None
    too = said.group("too") or ""
    if not said.group("lead") and not (_SAID_TOO.search(too) and said.group("rest")[0].isupper()):
        return None  # ("Sam was there" alone is talk; "Sam was there too" adds Sam)
    if _FORGOT.match(said.group("lead") or "") and not said.group("rest")[0].isupper():
        return None  # "I forgot Júlia" names her; "I forgot my wallet" tells of something else
    offset = len(text) - len(text.lstrip())
    names, span = names_at(text, offset + said.start("rest"))
    if not names or span is None or span.end != offset + said.end("rest"):
        return None
    if any(name.islower() and is_category_word(name) for name in names):
        return None  # "add coffee", "and wine too": something bought, not someone
    new = tuple(n for n in names if n.lower() not in {p.lower() for p in previous.split_with})
    sharing = previous.split_with + new
    ways = previous.split_ways
    if counted := said.group("ways") or said.group("among"):
        ways = _count_of_word(counted)
        if ways != len(sharing) + 1:
            return None  # "add Dev too, 5 ways" with four named: asked, not guessed
    return previous.evolve(
        text=text, split_with=sharing, split_ways=ways, spans={"split_with": span}
    )


# Someone of a split who did not share it after all, told right after it: "Gabi didn't come,
# it was only me and Lucas", "oops Leo didnt come", "Ana dropped out, just Tom and Jo", "the
# Gabi no came"
_DROPPED_OUT = re.compile(
    r"^\W*(?:(?:oh|oops|wait|sorry|actually|actualy|ah|ok|okay|so|no)\b[\s,.!]*)*(?:the\s+)?"
    r"(?P<gone>.+?)(?:\s+(?:(?:didn['’]?t|did\s+not|didnt|no|never|couldn['’]?t|could\s+not|"
    r"wasn['’]?t|was\s+not|did\s+n['’]?t)\s+(?:come|came|make\s+it|show(?:\s+up)?|join(?:\s+us)?|"
    r"eat|go|turn\s+up|there)|dropped\s+out|bailed(?:\s+out)?|cancell?ed|pulled\s+out|"
    # "Meera left early", "Rob's not coming now", "Jo isn't coming", "Sam won't come"
    r"left(?:\s+(?:early|before\s+(?:the\s+)?\w+))?|"
    r"(?:is\s+not|isn['’]?t|is\s+no\s+longer|won['’]?t\s+be|will\s+not\s+be|"
    r"can['’]?t|cannot|won['’]?t|will\s+not)\s+(?:coming|come|joining|make\s+it))|"
    r"['’]s\s+(?:not|no\s+longer)\s+(?:coming|joining))"
    r"(?:\s+(?:in\s+the\s+end|after\s+all|now|anymore|any\s+more))?"
    r"(?P<rest>[\s,.;:!-]+.*)?$",
    re.I,
)
# Who shared it in the end, said after: "it was only me and Lucas", "just Kasia and Bartek",
# "split it with nina"
_ONLY_THESE = re.compile(
    r"^[\s,.;:!-]*(?:so\s+)?(?:it\s+was\s+|it['’]?s\s+|was\s+|we\s+were\s+)?"
    r"(?:only|just|(?:split|share)\s+(?:it|that)\s+(?:with|between)(?:\s+(?:only|just))?)\s+"
    # ("just me kayla and sam": the person first, a comma left out as people texting do)
    r"(?:(?:me|i|myself)(?:\s*(?:,|and|&|n)\s*|\s+))?(?P<names>.+?)(?:\s+(?:and|&)\s+(?:me|i|myself)|"
    r"\s+with\s+me)?[\s.!]*$",
    re.I,
)
_THE_FEW_OF_US = re.compile(r"\bthe\s+(?:\d|two|three|four|five)\s+of\s+us\b", re.I)


# The one gone taken off the split, asked after it: "take him off", "remove her", "drop them"
_TAKE_THEM_OFF = re.compile(
    r"^[\s,.;:!-]*(?:so\s+|please\s+|pls\s+)*(?:take\s+(?:him|her|them)\s+(?:off|out)|"
    r"(?:remove|drop)\s+(?:him|her|them))(?:\s+(?:from\s+(?:it|that|the\s+split|the\s+bill)|"
    r"please|pls))*[\s.!]*",
    re.I,
)


def dropped_out(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (a split) shared without the people `text` says did not come ("Gabi didn't
    come, it was only me and Lucas", "Ana dropped out, just Tom and Jo"); None when `text`
    says nothing of the kind or names no one of the split. With no one left, the whole bill
    is the person's own expense."""
    said = _DROPPED_OUT.match(text.strip())
    if previous.intent is not Intent.SPLIT_EXPENSE or not previous.split_with or said is None:
        return None
    offset = len(text) - len(text.lstrip())
    gone, span = names_at(text, offset + said.start("gone"))
    if not gone or span is None or span.end != offset + said.end("gone"):
        return None
    sharing = {name.lower(): name for name in previous.split_with}
    if not all(name.lower() in sharing for name in gone):
        return None  # someone the split never named: not this split's people
    rest = said.group("rest") or ""
    if (taken_off := _TAKE_THEM_OFF.match(rest)) is not None:
        rest = rest[taken_off.end() :]
    gone_lower = {name.lower() for name in gone}
    left = tuple(name for name in previous.split_with if name.lower() not in gone_lower)
    # the people's span is where the ones left are named ("only me and Lucas"); none when
    # they are only the split's people less the ones gone, named earlier
    spans = {k: v for k, v in previous.spans.items() if k != "split_with"}
    if (only := _ONLY_THESE.match(rest)) is not None and not _THE_FEW_OF_US.search(rest):
        rest_at = offset + said.start("rest")
        named, named_span = names_at(text, rest_at + only.start("names"))
        named = tuple(n for n in named if n.lower() not in ("me", "i", "myself"))
        if any(n.lower() in gone_lower for n in named):
            return None  # "only Gabi": contradicts itself, so asked
        left = tuple(sharing.get(n.lower(), n) for n in named)  # spelt as the split has them
        if named and named_span is not None:
            spans["split_with"] = named_span
    elif not left and rest.strip(" ,.;:!-"):
        return None  # no one left, and more said: not read here
    if not left:  # "Sam didn't come, it was just me": the whole bill is the person's
        intent, ways = Intent.ADD_EXPENSE, None
    else:
        intent = Intent.SPLIT_EXPENSE
        ways = None if previous.split_ways is None else len(left) + 1
    return replace(
        previous, text=text, intent=intent, split_with=left, split_ways=ways, spans=spans
    )


# A correction's opening sounds: "actually just me and Ana", "oh only Tom"
_CORRECTION_OPENING = re.compile(
    r"^\W*(?:(?:no|oh|oops|sorry|actually|actualy|wait|ah)\b[\s,.!]*)*"
)
# Who shares it said anew, not narrowed: "split it with Tom", "we were only …"
_SHARED_ANEW = re.compile(r"[\s,.;:!-]*(?:we\s+were|split|share)\b", re.I)
# Words that may stand beside a name told alone: "oh, her name is Bea", "btw his name's Tom"
_BESIDE_A_NAME = re.compile(r"(?:oh|ah|and|sorry|btw|by\s+the\s+way)?", re.I)


def only_some_shared(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (a split) shared only by the people `text` names of it ("only Tom",
    "actually just me and Ana"); None when `text` says anything else or names someone the
    split never named."""
    if previous.intent is not Intent.SPLIT_EXPENSE or len(previous.split_with) < 2:
        return None
    opening = _CORRECTION_OPENING.match(text)
    opened = opening.end() if opening else 0
    rest = text[opened:]  # (`_ONLY_THESE` reads from the start of what it is given)
    only = _ONLY_THESE.match(rest)
    if only is None or _SHARED_ANEW.match(rest):
        return None
    named, span = names_at(text, opened + only.start("names"))
    named = tuple(n for n in named if n.lower() not in ("me", "i", "myself"))
    sharing = {name.lower(): name for name in previous.split_with}
    if not named or span is None or not all(n.lower() in sharing for n in named):
        return None
    if len(named) == len(previous.split_with):
        return None  # everyone named again: nothing narrowed
    left = tuple(sharing[n.lower()] for n in named)
    ways = None if previous.split_ways is None else len(left) + 1
    return previous.evolve(text=text, split_with=left, split_ways=ways, spans={"split_with": span})


# The figure of what was just said, as someone reported it: "she said it's 35 now", "He wrote
# again: it is 64,80 plus 13,00 for the second visit"
_FIGURE_REPORTED = re.compile(
    r"^\W*(?:(?:wait|oh|ah|ok|okay|so|sorry|update|actually|no|hmm+|attends)[,.!\s]+)*"
    r"(?:he|she|they|the\s+[^\W\d_]+)\s+(?:wrote|said|says|told\s+me|texted|emailed|messaged|"
    r"replied|called)(?:\s+(?:again|back|now|me))*[:,]?\s+(?:that\s+)?"
    r"(?:(?:it['’]?s|it\s+is|its|it\s+will\s+be|it['’]ll\s+be|the\s+(?:total|price|bill|amount)\s+is)"
    r"\s+)?(?:only\s+|now\s+|actually\s+)?[$€£¥₹]?\s?\d",
    re.I,
)
# The whole bill's figure told again, in a clause of its own: "bill was 1tr35 actually", "the
# total came to 64 in the end", "we rounded up to 330" (not "the electricity bill was 80":
# a bill of its own, named)
_WHOLE_TOLD_AGAIN = re.compile(
    r"(?:^|[,.;:!?–-]\s*|\b(?:and|but|so|then)\s+)(?:"
    r"(?:the\s+|our\s+)?(?:bill|total|check|cheque|tab|whole\s+thing|it)\s+(?:was|is|came\s+to|"
    r"comes\s+to|ended\s+up\s+(?:at|being)|came\s+out\s+(?:at|to))\s+(?:actually\s+|really\s+)?|"
    r"(?:we\s+|i\s+)?rounded\s+(?:it\s+)?up\s+to\s+)"
    r"(?P<figure>[$€£¥₹]?\s?\d)",
    re.I,
)
# What tells the figure before was not the whole: the figure mended or grown since
_NOT_THE_WHOLE_BEFORE = re.compile(
    r"\b(?:actually|in\s+the\s+end|after\s+all|in\s+fact|really|rounded|forgot|forgotten|"
    r"added|with\s+(?:the\s+)?(?:tip|service|tax)|incl(?:uding|\.)?)\b",
    re.I,
)


def _whole_told_again(command: ParsedCommand) -> bool:
    """True when `command` tells the whole bill's figure again, mended ("bill was 1tr35
    actually, they added beer", "I forgot the tip, we rounded up to 330"): its one amount is
    the figure of that clause."""
    said = _WHOLE_TOLD_AGAIN.search(command.text)
    amount = command.spans.get("amount")
    if said is None or amount is None or not _NOT_THE_WHOLE_BEFORE.search(command.text):
        return False
    return said.start("figure") <= amount.start < said.end("figure") + 2


# Who is to be paid, named after the payment was asked: "her name's Bea", "his name is Tom
# Price", "she's called Ana"
_NAMED_AS = re.compile(
    r"\b(?:(?:her|his|their)\s+name(?:['’]s|\s+is)|(?:she|he|they)(?:['’]s|\s+is|\s+are|['’]re)\s+"
    r"called)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def payee_named(command: ParsedCommand, text: str) -> ParsedCommand:
    """`command`, a payment, paid to the person `text` names ("pay the dog walker", then
    "it's 25 quid, her name's Bea": Bea is paid); `command` as it was otherwise."""
    said = _NAMED_AS.search(text)
    if command.intent is not Intent.DRAFT_PAYMENT or said is None:
        return command
    span = Span(said.start("name"), said.end("name"), said.group("name"))
    return command.evolve(payee=said.group("name"), merchant=None, spans={"payee": span})


def payee_named_alone(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (a payment) paid to the person `text` names and nothing else ("her name is
    Bea Miller"); None otherwise."""
    said = _NAMED_AS.search(text)
    if previous.intent is not Intent.DRAFT_PAYMENT or said is None:
        return None
    rest = (text[: said.start()] + text[said.end() :]).strip(" ,.;:!-")
    if not _BESIDE_A_NAME.fullmatch(rest):
        return None
    return payee_named(previous.evolve(text=text, spans={}), text)


# A split's people counted again, maybe with who else had some: "actually it's 4 of us, soph
# had some too", "we were 3 of us"
_NOW_THE_FEW_OF_US = re.compile(
    r"^\W*(?:(?:oh|oops|wait|sorry|actually|actualy|ah|no|nah)\b[\s,.!]*)*"
    # ("oops Maya was in the car too, so 4 of us": who came first, then the count)
    # ("Hilde also came at the end, so we are four people": "also" before the verb)
    r"(?:(?P<first>[^\W\d_][^,.;!?]*?)\s+(?P<also>(?:also|too)\s+(?=(?:was|were|came|joined)\b))?"
    r"(?:was|were|came|joined|had\s+some)\b"
    r"(?(also)[^,.;!?]*?|[^,.;!?]*?\b(?:too|as\s+well|also))[\s,.;:-]+(?:so\s+)?)?"
    r"(?:it['’]?s|its|it\s+(?:is|was)|we\s+(?:are|were)|there\s+(?:are|were)|so|"
    r"that\s+makes|that['’]?s|thats|which\s+makes|making\s+it|makes\s+it)\s+(?:the\s+)?"
    r"(?P<count>\d|two|three|four|five|six|seven|eight)\s+(?:of\s+us|people|persons|ppl)"
    r"(?:[\s,.;:-]+(?:(?:and|cos|because|since)\s+)?(?P<who>.+?)\s+(?:had\s+some|came|joined|"
    r"was\s+there|ate(?:\s+too)?)(?:\s+(?:too|as\s+well|also))?)?[\s.!]*$",
    re.I,
)


def counted_again_with(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (a split, or an expense then shared) shared by as many people as `text`
    counts ("actually it's 4 of us, soph had some too": four ways, Soph added); None
    otherwise, or when more people are named than counted."""
    said = _NOW_THE_FEW_OF_US.match(text.strip())
    if previous.intent not in (Intent.SPLIT_EXPENSE, Intent.ADD_EXPENSE) or said is None:
        return None
    word = said.group("count").lower()
    ways = int(word) if word.isdigit() else SMALL_COUNTS.get(word)
    if ways is None or ways < 2:
        return None
    sharing, spans = previous.split_with, {}
    who = "first" if said.group("first") else "who"
    if said.group("first") and said.group("who"):
        return None  # people named both before and after the count: asked, not guessed
    if said.group(who):
        offset = len(text) - len(text.lstrip())
        names, span = names_at(text, offset + said.start(who))
        if not names or span is None or span.end != offset + said.end(who):
            return None
        known = {name.lower() for name in sharing}
        sharing = sharing + tuple(n for n in names if n.lower() not in known)
        spans = {"split_with": span}  # the people said now: "Leo" of "Leo had some too"
    if sharing and len(sharing) + 1 > ways:
        return None  # more people named than counted: asked, not guessed
    # ("coffee 4", then "it's 3 of us": shared after all, three ways; whom with is asked)
    return previous.evolve(
        text=text, intent=Intent.SPLIT_EXPENSE, split_with=sharing, split_ways=ways, spans=spans
    )


_BREAKDOWN_OF_IT = re.compile(
    r"\b(?:it|that|this|those|them)\b|^(?:and\s+|now\s+)?(?:by|per)\b", re.I
)  # "break it down by shop", "by category?", "split that per merchant"
_BY_WHAT = re.compile(
    r"^(?:and\s+|now\s+)?(?:by|per)\s+(?:each\s+)?"
    r"(?:shop|store|merchant|place|categor(?:y|ie))s?\W*$",
    re.I,
)  # "and by shop?", "per store": a ranking asked for in a few words


def broken_down(command: ParsedCommand, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (a question about spending in a period) asked again as a ranking ("break
    it down by shop" after "how much did I spend in october"); None otherwise."""
    asked = command.intent is Intent.QUERY_BREAKDOWN or _BY_WHAT.match(command.text.strip())
    if not asked or command.period is not None:
        return None
    if previous.intent not in _QUERIES or previous.period is None:
        return None
    if not _BREAKDOWN_OF_IT.search(command.text.strip()):
        return None
    return previous.evolve(text=command.text, intent=Intent.QUERY_BREAKDOWN, spans={})


# The shop of the entry just said, named again: "sorry it was Lidl not Biedronka", "no, it
# was Costa", "it was at Aldi, not Lidl"
_SHOP_SAID_AGAIN = re.compile(
    r"^\W*(?:(?:no|nope|sorry|oops|actually|wait|my\s+bad)[\s,.!]+)*"
    r"(?:it\s+was|it['’]s|that\s+was|was)\s+(?:at\s+|in\s+|from\s+)?"
    r"(?P<name>[^\W\d_][\w'’&.-]*(?:\s+[^\W\d_][\w'’&.-]*){0,2}?)"
    r"(?:\s*,?\s*not\s+(?:at\s+|in\s+|from\s+)?(?P<other>[^\W\d_][\w'’&.-]*(?:\s+[^\W\d_][\w'’&.-]*){0,2}))?"
    r"\s*[.!]*\s*$",
    re.I,
)


def shop_corrected(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """`previous` (an entry) with its shop named again ("sorry it was Lidl not Biedronka"
    after "Biedronka 87,43", "it was Pret" after "lunch 12"): the same entry at that shop;
    None unless the words deny the shop said before or name a capitalized one."""
    if previous.intent not in _SHOPPED:
        return None
    said = _SHOP_SAID_AGAIN.match(text)
    if said is None or _names_a_day(said.group("name")):
        return None  # (not "it was Tuesday": a day, moved elsewhere)
    name, other = said.group("name"), said.group("other")
    before = (previous.merchant or "").lower()
    denies_the_shop = other is not None and other.lower() == before
    if not (denies_the_shop or (other is None and name[:1].isupper())):
        return None
    if name.lower() == before:
        return None
    span = Span(said.start("name"), said.end("name"), name)
    return previous.evolve(text=text, merchant=name, spans={"merchant": span})


_SHOPPED = frozenset({Intent.ADD_EXPENSE, Intent.ADD_REFUND, Intent.SPLIT_EXPENSE})
_DAY_WORDS = frozenset({"today", "yesterday", "tonight", "this", "last"})


def _names_a_day(words: str) -> bool:
    """True when `words` start with a day's or a month's name ("Tuesday", "last friday")."""
    first = words.split()[0].lower()
    return first in WEEKDAYS or first in MONTHS or first in _DAY_WORDS


# The total of what was just ranked or listed, asked in a few words: "and how much total?",
# "and the total?", "what's that in total", "how much altogether"
_TOTAL_OF_IT = re.compile(
    r"^\W*(?:(?:and|ok|okay|so|thanks)[\s,]+)*(?:(?:how\s+much|what(?:['’]?s|\s+is|\s+was)?)\s+)?"
    r"(?:(?:is\s+|was\s+)?(?:it|that|the|in)\s+)?(?:total|altogether|overall|all\s+together|in\s+all)"
    r"(?:\s+(?:then|please|pls))?\s*[?!.]*\s*$",
    re.I,
)


def total_of_it(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """The total of what `previous` ranked or listed, for the same period and filters ("and
    how much total?" after "top categories february"); None otherwise."""
    if previous.intent not in (Intent.QUERY_BREAKDOWN, Intent.SHOW_TRANSACTIONS):
        return None
    if _TOTAL_OF_IT.match(text) is None:
        return None
    return previous.evolve(text=text, intent=Intent.QUERY_SPENDING, spans={})


# The transactions behind the answer just given, asked for: "ok list them", "show me each
# one", "which ones were they?", "can I see them", "what were they"
_LIST_THEM = re.compile(
    r"^\W*(?:(?:ok|okay|and|so|now|thanks|great|cool|then|pls|please)[\s,.!]+)*"
    r"(?:(?:can|could)\s+(?:you|i)\s+)?(?:please\s+)?"
    r"(?:(?:list|show|see|display|give)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?"
    r"(?:them|those|these|each(?:\s+one|\s+of\s+them)?|every\s+one|the\s+(?:transactions|"
    r"payments|purchases|entries|items|list|details)|which\s+ones)|"
    r"which\s+ones?(?:\s+(?:were|was)\s+(?:they|it|those))?|what\s+were\s+(?:they|those))"
    r"(?:\s+(?:then|now|please|pls|one\s+by\s+one|in\s+detail))*\s*[?!.]*\s*$",
    re.I,
)


def listed_after(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """The transactions behind the total just asked, listed with its filters ("ok list
    them" after "what did I spend at dm last month": dm's, last month); None otherwise."""
    if previous.intent not in (Intent.QUERY_SPENDING, Intent.QUERY_BREAKDOWN):
        return None
    if _LIST_THEM.match(text) is None:
        return None
    return previous.evolve(text=text, intent=Intent.SHOW_TRANSACTIONS, spans={})


def inherited_slots(command: ParsedCommand) -> tuple[str, ...]:
    """Slots with a value but no span in the command's own text (they came from context)."""
    names = [f.name for f in fields(command) if f.name in _SLOTS]
    return tuple(n for n in names if getattr(command, n) is not None and n not in command.spans)


# "and the month before?", "what about the week before that", "the previous year": the
# period just before the one the previous question asked about
_PERIOD_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:(?P<unit>day|week|fortnight|month|quarter|year|one)\s+(?:before|prior)"
    r"(?:\s+that)?|previous\s+(?P<unit2>week|month|quarter|year|one))\b|\bbefore\s+that\b|"
    # "same time last year?", "vs last year same time?": the same span, a year earlier
    r"\b(?P<year_ago>(?:the\s+)?same\s+(?:time|period)\s+(?:of\s+|from\s+)?last\s+year|"
    r"last\s+year\s+same\s+time|(?:vs\.?|versus|compared\s+(?:to|with))\s+last\s+year)\b",
    re.I,
)


# A month asked after a question, its name alone: "and may?", "And the whole March?", "and
# March so far?" (a month said alone is read as one only after a question: "may" and
# "march" are verbs too)
_MONTH_ASKED = re.compile(
    r"^\W*(?:(?:ok|okay|thanks|thank\s+you)\W+)?(?:(?:and|what\s+about|how\s+about|&|only|just)\s+)*"
    r"(?:(?:in|for|during)\s+)?(?:the\s+)?(?:(?:whole|all)\s+(?:of\s+)?)?"
    r"(?P<when>(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b"
    r"(?:\s+(?P<year>(?:19|20)\d\d))?|(?P<year_alone>(?:19|20)\d\d))(?!\d|[.,]\d)"
    r"(?:\s+(?:(?P<so_far>so\s+far|until\s+now|till\s+now|to\s+date)|too|as\s+well))?"
    # how it compares, asked after it: "what about March, was it better?"
    r"(?:[,\s]+(?:was|is|were)\s+(?:it|that)\s+(?:any\s+|a\s+bit\s+|much\s+)?(?:better|worse|"
    r"higher|lower|less|more|cheaper|the\s+same|similar|different))?\s*[?!.]*\s*$",
    re.I,
)


def month_asked(text: str, previous: ParsedCommand, today: date) -> ParsedCommand | None:
    """The previous question asked again of the month or the year `text` names alone ("and
    may?" after April's spending: the latest May not after today; "and 2025?" after May's:
    May 2025, after this year's: all of 2025; "and March so far?" in March: up to today);
    None otherwise. A month's name or a year said alone is a period only after a question
    ("may" is a verb too, "2025" could be a sum)."""
    said = _MONTH_ASKED.match(text)
    if said is None or previous.intent not in _QUERIES or previous.intent is Intent.BALANCE:
        return None
    if said.group("month"):
        month = MONTHS[said.group("month").lower()]
        latest = today.year if month <= today.month else today.year - 1
        period = month_period(date(int(said.group("year") or latest), month, 1))
    elif previous.period is not None and is_calendar_month(previous.period):
        period = month_period(previous.period.start.replace(year=int(said.group("year_alone"))))
    else:
        period = year_period(int(said.group("year_alone")))
    if said.group("so_far") and period.start <= today < period.end:  # "and March so far?"
        period = Period(period.start, today, period.label)
    span = Span(said.start("when"), said.end("when"), said.group("when"))
    return previous.evolve(text=text, period=period, date=None, spans={"period": span})


def period_before(text: str, previous: ParsedCommand) -> ParsedCommand | None:
    """The previous question asked again about the period just before its own ("and the
    month before?" after October asks about September); None when `text` does not say so
    or the previous command had no period."""
    said = _PERIOD_BEFORE.search(text)
    if said is None or previous.period is None or previous.intent not in _QUERIES:
        return None
    span = Span(said.start(), said.end(), said.group(0))
    unit = (said.group("unit") or said.group("unit2") or "").lower()
    if said.group("year_ago"):
        unit = "year"
    earlier = _unit_before(previous.period, unit) or shifted_back(previous.period)
    return previous.evolve(text=text, period=earlier, spans={"period": span})


_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}


def _unit_before(period: Period, unit: str) -> Period | None:
    """The `unit` said ("the week before" after a month) just before `period`, when it is
    not the period's own length ("the year before" a month is that month a year earlier);
    None when `shifted_back` says it (the same unit, or none)."""
    start = period.start
    length = (period.end - start).days + 1
    if unit in _UNIT_DAYS and _UNIT_DAYS[unit] != length:
        return day_range(start - timedelta(days=_UNIT_DAYS[unit]), start - timedelta(days=1))
    if unit == "month" and not (start.day == 1 and period.end == month_period(start).end):
        return month_period(add_months(start.replace(day=1), -1))
    if unit == "year" and length < _YEAR_DAYS:  # "october" then "and the year before?"
        if start.day == 1 and period.end == month_period(start).end:
            return month_period(add_months(start, -_YEAR_MONTHS))
        return day_range(add_months(start, -_YEAR_MONTHS), add_months(period.end, -_YEAR_MONTHS))
    return None


# "make that the day before", "it was the day after": a day beside the one just said
_DAY_BESIDE = re.compile(
    r"^(?:(?:no|actually|sorry|oops|oh|wait|rather)[\s,]+)*"
    r"(?:(?:make|change)\s+(?:it|that)(?:\s+to)?|(?:it|that)\s+was|i\s+meant)?"
    r"\s*(?:the\s+)?day\s+(?P<side>before|after)(?:\s+that)?"
    r"(?:\s+(?:rather|instead))?[\s.!]*$",
    re.I,
)


def day_beside(text: str, previous: ParsedCommand, today: date) -> ParsedCommand | None:
    """`previous` (an entry, dated `today` when it said no day) moved to the day before or
    after ("make that the day before"); None when `text` is not that."""
    said = _DAY_BESIDE.match(text.strip())
    if said is None or not previous.intent.writes or previous.period is not None:
        return None
    step = timedelta(days=-1 if said.group("side").lower() == "before" else 1)
    offset = len(text) - len(text.lstrip())
    span = Span(offset + said.start(), offset + said.end(), said.group(0).strip())
    return previous.evolve(text=text, date=(previous.date or today) + step, spans={"date": span})


# "in pounds", "make it euros", "that was dollars": the amount just said, in another currency
_CURRENCY_ONLY = re.compile(
    r"^(?:(?:no|actually|sorry|oops|oh|wait|and)[\s,]+)*"
    r"(?:(?:make|change)\s+(?:it|that)(?:\s+(?:to|into))?|(?:it|that)\s+was|(?:it|that)'s|"
    r"i\s+meant)?\s*(?:in\s+)?(?P<word>[a-z]+)(?:\s+not\s+[a-z]+)?(?:\s+(?:please|instead))?"
    r"[\s.!?]*$",
    re.I,
)


def in_another_currency(
    text: str, previous: ParsedCommand, default_currency: str
) -> ParsedCommand | None:
    """`previous` (a command with an amount) with the currency `text` names instead ("in
    pounds" after "lunch 12 at pret"); None when `text` is not that."""
    said = _CURRENCY_ONLY.match(text.strip())
    if said is None or previous.amount is None or previous.intent in _NO_FOLLOW_UP:
        return None
    code = MAJOR_CURRENCY_WORDS.get(said.group("word").lower())
    if code is None:
        return None
    code = resolve_currency_word(code, default_currency)
    offset = len(text) - len(text.lstrip())
    span = Span(offset + said.start("word"), offset + said.end("word"), said.group("word"))
    return previous.evolve(text=text, currency=code, spans={"currency": span})


def shifted_back(period: Period) -> Period:
    """The period of the same kind just before `period`: the month before a whole month,
    the year before a whole year, otherwise as many days (or whole months) just before."""
    start, end = period.start, period.end
    day_before = start - timedelta(days=1)
    if start.day == 1 and end == month_period(end).end:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        earlier = add_months(start, -months)
        if months == 1:
            return month_period(earlier)
        if months == _YEAR_MONTHS and start.month == 1:
            return year_period(earlier.year)
        return day_range(earlier, day_before)
    return day_range(start - (end - start) - timedelta(days=1), day_before)


_YEAR_MONTHS = 12
_YEAR_DAYS = 365
