"""Which intent an utterance expresses, by ordered rules over its words.

Writes need strong evidence (an imperative or first-person statement with a write verb);
questions ("how do I", "why", "can I") and support topics (lost cards, PINs, fees, top-ups)
never become actions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from lingassist.assistant.categories import find_category, target_category_code
from lingassist.assistant.date_words import MONTH_RE
from lingassist.assistant.intent_words import (
    ADVICE_ASKED,
    AMOUNT_TO_SOMEONE,
    ANOTHERS_WORDS_QUOTED,
    ASKS_TO_PAY,
    ATTEMPTED,
    BALANCE,
    BALANCE_TOLD,
    BETWEEN_ACCOUNTS,
    BIGGEST_ITEMS,
    BILL,
    BILL_ARRIVED,
    BILL_CHANGED,
    BILL_PAID_LATER,
    BILLIONS,
    BOUGHT_BY_WEIGHT,
    BOUGHT_SAID,
    BUDGET,
    BUDGET_KIND,
    BUDGET_SET,
    BUDGETING_ADVICE,
    CANCEL,
    CASH_DEPOSIT,
    CASH_MACHINE_TROUBLE,
    CASH_WITHDRAWAL,
    CHOICE_ASKED,
    CONVERSION_ASKED,
    COST_ME_TOLD,
    COUNTERFACTUAL,
    CREATIVE_ASKED,
    CRYPTO,
    DEBT,
    DECLINED,
    DENIED_ACTION,
    DO_IT_ASKED,
    DUE_LATER,
    EARNED,
    EARNED_FIRST,
    EARNINGS_FACT,
    ECONOMY_NEWS,
    ERRAND,
    EXAMPLE_GIVEN,
    EXERCISE,
    EXPENSE_CMD,
    EXPENSE_PAST,
    FEE_LINE,
    FEE_TAKEN,
    FUEL_PRICE_QUOTED,
    FUEL_TAKEN,
    FUNDS_RAISED,
    GAVE_AN_AMOUNT,
    GAVE_BACK,
    GOT_FOR_FREE,
    GOT_PAID_FIRST,
    GREETING,
    HABIT_TO_START,
    HABITUAL,
    HEDGED,
    HELP,
    HOURS_WORKED_UNPAID,
    HOUSEHOLD_BILL_ARRIVED,
    HOW_TO_MOVE,
    HYPOTHETICAL,
    IDIOM,
    INCOME,
    INCOME_QUESTION,
    INCOME_SOURCE,
    INNER_QUESTION,
    INTO_OWN_POT,
    LEFT_TO_SPEND,
    LIMIT_SET,
    LIMIT_WISHED,
    LONG_AGO,
    MARKET_PRICE,
    MATH,
    MESSAGE_TO_CHECK,
    MIC_CHECK_SAID,
    MONEY_ASKED_FOR,
    MONEY_BACK,
    MONEY_BACK_LATER,
    MOST_SPENT,
    MOVED,
    MY_SHARE,
    NAMED_SOMEONE_ELSES,
    NARRATED_PRESENT,
    NEEDED_OR_SAVED,
    NEVER_CAME,
    NOT_DONE,
    NOT_MINE,
    NOT_SENT_BY_ANOTHER,
    NOT_TERSE,
    NOT_TO_RECORD,
    NUMBER_WORD,
    OFFER,
    OPINION_ASKED,
    OPINION_ON_IT,
    OTHERS_PAY,
    OTHERS_WILL_PAY,
    OWN_ACCOUNT_WORD,
    OWN_MONEY_PLACES,
    PAID_AN_AMOUNT,
    PAID_BY_OTHERS,
    PAID_FOR_ME,
    PAID_INTO_OWN_SAVINGS,
    PAID_LATER_BY_ANOTHER,
    PAID_OUT_WORDS,
    PART_COMING_BACK,
    PAY,
    PAY_APP,
    PAY_APP_NAME,
    PAY_ARRIVED,
    PAY_DUE_LATER,
    PAY_LATER_TOLD,
    PAY_OFF_OWN_CARD,
    PAYMENT_OF_A_FIGURE,
    PAYMENT_PREPARED,
    PLAN_OR_WISH,
    POLITE,
    PREAMBLE,
    PRESENT_PRICE,
    PRICE_ASKED_VERB,
    PRICE_BEFORE_TOLD,
    PRICE_JUDGED,
    PRICE_NOT_TAKEN,
    PRICE_RAISED,
    PRICE_SAID_BY_ANOTHER,
    PRICE_SEEN,
    PRICE_STATEMENT,
    PRICES_COMPARED,
    PROMISED_OR_HEARD,
    QUANTITY_MEASURED,
    QUESTION_START,
    QUESTION_VETO,
    QUOTED,
    RATE_OF_EXCHANGE,
    RATING,
    READ_OUT_NUMBER,
    RECAT,
    RECEIVED_ALREADY,
    RECIPE,
    REFUND_ASKED,
    REFUNDED_FOR_WHAT_NEVER_CAME,
    REFUNDED_LESS_A_FEE,
    REMINDER,
    REQUEST_INSIDE,
    SCHEDULE,
    SCHEDULED_TO,
    SCORE,
    SELF_CORRECTION,
    SENT_BY_FAMILY,
    SENTENCE_END,
    SERVICE_STATUS,
    SHARE_MOVED,
    SHARE_RECEIVED,
    SOMEONE_ELSES,
    SPENDING,
    SPENDING_NORM,
    SPENT_ALREADY,
    STANDING_FACT,
    STATEMENT,
    STATISTIC_TOLD,
    STILL_TO_PAY,
    SUPPORT,
    SUPPORT_STRONG,
    SUPPORT_TOPIC,
    SUPPORT_WEAK,
    TANK_FILLED,
    THANKS,
    THRESHOLD_ASKED,
    TIME_SPENT,
    TOP_UP_BOUGHT,
    TOP_UP_OWN_POT,
    TOTAL_TOLD,
    TRADE_ORDER,
    TRANSACTIONS,
    TRANSFER_VERB,
    UNDO,
    UNDRAFTABLE,
    UNIT_PRICE,
    UNSURE_WHEN,
    WANT,
    WRITE_DENIED_BEFORE,
    WRITE_REQUEST_AT_CLAUSE,
    asked_to_write,
    lead_in_end,
    own_share_paid,
    score_told,
)
from lingassist.assistant.lexicon import (
    COMMON_CODES,
    CURRENCY_NAMES,
    MAJOR_CURRENCY_WORDS,
    MEASURE_UNITS,
    NUMBER_WORDS,
    PAID_PEOPLE,
    PERSON_WORDS,
    TIP_WORDS,
    words_naming,
)
from lingassist.assistant.sharing import SPLIT_WORDS, find_split_ways
from lingassist.assistant.types import Intent, Span, without_spans
from lingassist.assistant.whose import (
    PAID_FOR_THE_PERSONS_WORK,
    PERSON_SPENT,
    charged_someone_else,
    owned_by_someone_else,
    spender_of,
    spent_by_someone_else,
)


def classify(
    text: str,
    *,
    has_amount: bool,
    has_name: bool,
    has_money: bool = False,
    dates: Sequence[Span] = (),
    amounts: Sequence[Span] = (),
) -> Intent:
    """The intent of `text`; `has_amount` (any amount), `has_money` (an amount with a
    currency), `has_name` (a payee), the `dates` and the `amounts` said come from the slot
    finders."""
    plain = _without_courtesies(UNSURE_WHEN.sub(" ", text))
    if not plain:
        return Intent.OTHER
    for rule in (_rule_cancel, _rule_undo_help, _rule_budget, _rule_recategorize):
        found = rule(plain, has_amount)
        if found is not None:
            return found
    if has_amount and paid_before_money_back_to_come(plain):
        return Intent.ADD_EXPENSE  # "dentist 180, insurance will refund 80% later": paid now
    if (
        has_amount
        and money_returned(plain)
        and not (plain.endswith("?") or QUESTION_START.match(plain))
    ):
        return Intent.ADD_REFUND  # "the ATM 200 was put back into my account"
    if has_amount and re.match(r"\+\s?[$€£]?\d", plain):
        return (
            Intent.ADD_INCOME
        )  # "+4800 invoice acme gmbh oct": money in, as a statement writes it
    if has_amount and is_charge_line(_without_courtesies(without_spans(text, dates))):
        return Intent.ADD_EXPENSE  # "ATM fee 3.50 ugh": a charge written as a ledger line
    if not has_amount and INCOME_QUESTION.search(plain):
        return Intent.QUERY_SPENDING  # "how much did i earn this month": income asked about
    if not has_amount and THRESHOLD_ASKED.match(plain):
        return Intent.QUERY_SPENDING  # "did I go over 200 on takeaway this month?": a total
    if not has_amount and _BREAKDOWN_ASKED.match(plain):
        return Intent.QUERY_BREAKDOWN  # "food breakdown", "spending breakdown for october"
    ranked = BIGGEST_ITEMS.search(plain) or MOST_SPENT.search(plain)
    if ranked and not has_amount and not SPENDING_NORM.search(plain):  # not people in general
        if re.search(r"\bsubscriptions?\b", plain):
            return Intent.QUERY_SUBSCRIPTIONS  # "which subscription is the most expensive"
        return Intent.QUERY_BREAKDOWN  # "my 3 biggest purchases last month": ranked
    if asks_to_see(plain) and TRANSACTIONS.search(plain):
        return Intent.SHOW_TRANSACTIONS  # "show me the refunds from this month"
    if (
        has_amount
        and paid_out(plain)
        and not QUESTION_START.match(plain)
        and not ASKS_TO_PAY.match(plain)  # "pay Ramesh bhaiya 2,000 for the maid salary"
        and not PAYMENT_PREPARED.search(plain)  # "council tax 168, set that up as a payment"
        and not INTO_OWN_POT.search(plain)  # "stick 500 into the tax pot": kept, not paid
        and not GOT_PAID_FIRST.match(plain)  # "got paid 640 … forgot to withhold the tax"
        and not _INCOME_LABEL_FIRST.match(plain)  # "Side income 20,000: tax return prep"
    ):
        return Intent.ADD_EXPENSE  # "council tax 168", "holiday deposit 200"
    if has_amount and withdrew_cash(plain):
        return Intent.TRANSFER  # "took out 50 at the atm": into the cash in one's pocket
    if has_amount and COST_ME_TOLD.match(plain) and not plain.endswith("?"):
        return Intent.ADD_EXPENSE  # "my round cost me 48 last night, never again lol": paid
    if (
        has_amount
        and FEE_TAKEN.search(plain)
        and not QUESTION_START.match(plain)
        and not REFUNDED_LESS_A_FEE.search(plain)
    ):
        return Intent.ADD_EXPENSE  # "Etsy took 12 in fees today": a fee the person paid
    if has_amount and CASH_DEPOSIT.search(plain) and not QUESTION_START.match(plain):
        return Intent.TRANSFER  # "deposited 500 cash into my savings": out of one's pocket
    if has_amount and AMOUNT_TO_SOMEONE.fullmatch(text.strip(" .!")):
        return Intent.DRAFT_PAYMENT  # "40 to Marco", "50 quid to my sister"
    # (a story, then asked to be written as a question: "I've been paid £1,980.50 today,
    # could you record it?" tells, it asks nothing of the ledger)
    question = bool(QUESTION_START.match(plain)) or (
        plain.endswith("?") and not _WRITE_ASKED_LAST.search(plain)
    )
    request = POLITE.sub("", plain)
    polite = request != plain
    # "top up my card" asks support; "top up my savings with 150" moves money; the "plus"
    # of an amount read as a sum ("58.30 plus 10 tip") is no arithmetic asked for
    weak_veto = (
        bool(
            SUPPORT_WEAK.search(
                _without_courtesies(without_spans(_without_surcharges(text), amounts))
            )
        )
        and not has_money
        and not TOP_UP_OWN_POT.match(plain)
    )
    if (not question or polite) and not weak_veto:
        # "parking by the site 12 on the 14th": its date's words do not make it a sentence,
        # nor the letters of its amount ("flour from Makro R2 450 for the week")
        terse = has_amount and (
            _is_terse_entry(
                _words_besides(text, dates),
                _words_besides(text, (*dates, *amounts)),
                _price_said_last(text, amounts),
            )
            or _terse_line_then_talk(text, dates, amounts)
        )
        # a line that starts with its amount, as the slot finder read it with its currency:
        # "12.50 lunch", "R1 850 at Builders Warehouse …", "twenty quid on petrol"
        first = min((span.start for span in amounts), default=None)
        amount_first = first is not None and not _without_courtesies(text[:first]).strip(" .!,")
        write = _rule_write(request, plain, has_amount, has_name, terse, amount_first)
        if write is not None:
            return write
    elif HOW_TO_MOVE.match(plain) and BETWEEN_ACCOUNTS.search(plain) and not SUPPORT.search(plain):
        return Intent.TRANSFER
    if has_amount and not weak_veto and (inside := _command_in_a_clause(plain)) is not None:
        return (
            inside  # "my nephew turns 18 and I want to send him 100 for it. can you set that up?"
        )
    return _rule_query(plain)


# A request to write what was just told, said last as a question: "…, could you record it?",
# "…. Can you add that please?"
_WRITE_ASKED_LAST = re.compile(
    r"[,.;!]\s*(?:(?:can|could|would|will)\s+you\s+)(?:please\s+|pls\s+)?"
    r"(?:record|log|add|note|save|enter|put|write)\s+(?:it|that|this)(?:\s+(?:down|in))?"
    r"(?:\s+for\s+me)?(?:\s+please|\s+pls)?\s*\?\s*$",
    re.I,
)
# The clauses of a longer message: its sentences, and the parts joined by "and", "so", "but"
_CLAUSE_BREAK = re.compile(r"[.!?;]+\s+|,?\s+\b(?:and|so|but|then)\s+(?=i\b|we\b)", re.I)
# A clause that asks to move money: "I want to send him 100", "we need to split the 84"
_COMMAND_START = re.compile(r"(?:pay|send|wire|transfer|move|split|divide|share)\b", re.I)


def _command_in_a_clause(plain: str) -> Intent | None:
    """The one payment, transfer or split asked in a clause of a longer message, the rest
    telling a story around it ("my nephew Liam turns 18 this weekend and I want to send him
    100 for it. can you set that up for me?"); None when no clause, or more than one kind,
    is asked."""
    clauses = [c.strip(" ,") for c in _CLAUSE_BREAK.split(plain)]
    if len(clauses) < 2:
        return None
    asked = set()
    for clause in clauses:
        core = _strip_wants(POLITE.sub("", clause))
        if _COMMAND_START.match(core) and re.search(r"\d", clause):
            found = _rule_write(
                clause, clause, has_amount=True, has_name=False, terse=False, amount_first=False
            )
            if found is not None:
                asked.add(found)
    return asked.pop() if len(asked) == 1 else None


# A surcharge said right after its figure: "18 in fees", "4.95 shipping", "2 booking fee"
_SURCHARGE_AFTER_A_FIGURE = re.compile(
    r"(?<=\d)\s*(?:(?:in|for|of)\s+)?(?:the\s+)?(?:fees?|booking\s+fees?|service\s+(?:fee|charge)|"
    r"delivery|shipping|postage)\b",
    re.I,
)


def _without_surcharges(text: str) -> str:
    """`text` with the surcharge a figure prices blanked out, its length kept ("concert tix
    89.50 x2 plus 18 in fees"): a fee paid with the price, never a question about a bank's
    fees."""
    return _SURCHARGE_AFTER_A_FIGURE.sub(lambda said: " " * len(said.group(0)), text)


def _terse_line_then_talk(text: str, dates: Sequence[Span], amounts: Sequence[Span]) -> bool:
    """True for a terse ledger line said first, all its money in it, then sentences of talk
    with no figure ("fuel 18,000 naira at Total yesterday, 30 litres. petrol price no get
    sense again"): the line is the entry, whatever the talk after it."""
    first = SENTENCE_END.split(text.strip(), maxsplit=1)
    line_is_first = len(first) == 2 and ledger_line_first(first[0].lower())
    if len(first) < 2:
        first = _line_before_its_comment(text.strip())  # "weekly shop at aldi, 67.80, prices …"
        line_is_first = len(first) == 2 and ledger_line_first(text.strip().lower())
    if len(first) < 2 or re.search(r"\d", first[1]) or not amounts:
        return False
    if not line_is_first or _NEGATED.search(first[0].lower()):
        return False  # "Today I saw at Yodobashi the new lens, 148,000 yen. Very expensive"
    end = len(first[0])
    if any(span.end > end for span in amounts):
        return False
    line_dates = [span for span in dates if span.end <= end]
    return _is_terse_entry(
        _words_besides(first[0], line_dates),
        _words_besides(first[0], (*line_dates, *amounts)),
        _price_said_last(first[0], amounts),
    )


def _line_before_its_comment(text: str) -> list[str]:
    """`text` cut after the ledger line it opens with, when its comment follows after a comma
    (`_THING_COMMA_FIGURE`); `text` whole otherwise."""
    parts = _amount_after_a_comma(text.lower())
    if parts is None:
        return [text]
    end = len(parts[0])
    return [text[:end], text[end:]]


def _price_said_last(text: str, amounts: Sequence[Span]) -> bool:
    """True when the line ends with its last amount, said in several words ("dinner with the
    client at ruth's chris three hundred eighty seven fifty")."""
    if not amounts:
        return False
    last = max(amounts, key=lambda span: span.end)
    return not text[last.end :].strip(" .!") and " " in last.source


def _words_besides(text: str, spans: Sequence[Span]) -> str:
    """`text` as the rules read it, without the words of `spans` and of a doubt about the
    day ("… not sure which day")."""
    return _without_courtesies(UNSURE_WHEN.sub(" ", without_spans(text, spans)))


def _without_courtesies(text: str) -> str:
    """`text` in lower case with single spaces, without a greeting, a lead-in ("I hope this
    is the right place to ask, but …") or thanks around the request."""
    plain = re.sub(r"\s+", " ", text.strip().lower()).strip(" .!")
    plain = _SIGN_AFTER.sub(r"\g<sign>\g<number>", plain)  # "50 € cash" read as "€50 cash"
    return THANKS.sub("", PREAMBLE.sub("", GREETING.sub("", plain))).strip(" .!") or plain


# A currency sign written after its number, as much of Europe writes it ("took out 50 € cash",
# "12,50€"): the rules read it before, where their patterns look for it
_SIGN_AFTER = re.compile(r"(?<![\d.,])(?P<number>\d[\d.,]*\d|\d)\s?(?P<sign>[€$£])(?!\w)")


# Something asked to be prepared that is not a payment: "draft an email to my landlord
# about the 950 rent", "prepare the kids' lunches, 3 of them"
_PREPARED_SOMETHING_ELSE = re.compile(
    r"\W*(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:prepare|draft|write|pack|cook)\s+"
    r"(?:(?:a|an|the|my|our|some)\s+)?(?:[a-z]+(?:'s|s')?\s+){0,2}"
    r"(?:e-?mails?|letters?|messages?|texts?|notes?|lunch(?:es)?|dinners?|breakfasts?|meals?|"
    r"lists?|reports?|speech(?:es)?|essays?|cv|resume|bags?|boxes|cards?|invitations?)\b",
    re.I,
)


# A request to write said first, whole in its clause, then a comment: "move €300 over to the
# holiday savings pot please, Portugal isn't going to pay for itself", "set a £150 budget for
# christmas presents this yr, last year i went way over"
_IN_THE_CLAUSE = r"(?:[^,;.!?]|(?<=\d)[.,](?=\d))"  # a character before the clause ends ("1,250")
_COMMAND_CLAUSE = re.compile(
    r"^(?:please\s+|pls\s+|kindly\s+)?"
    # a request said politely: "I would like to set a budget of 350 € …, my son says I should"
    r"(?:(?:i|we)\s+would\s+like\s+to\s+|(?:i|we)['’]d\s+like\s+to\s+|(?:i|we)\s+want\s+to\s+)?"
    r"(?:move|transfer|put|set|log|add|record|enter|note|pay|send|"
    r"prepare|draft|wire)\b" + _IN_THE_CLAUSE + r"*\d" + _IN_THE_CLAUSE + r"*"
    r"(?:[,;.!?](?!\d)|\s[-–—]\s)\s*(?!(?:if|unless|when|once|but|only|not|no|jk|just\s+kidding|"
    r"actually|wait|or|and\s+(?:then|also))\b)(?=\S)"
)


# A comment that takes the request back or gives the money to another: "… Kidding, I have 12
# euros to my name", "… in doyle's envelope, its not my stuff"
_TAKEN_BACK = re.compile(
    # ("pay 40 to Tom? nah maybe not", "…? no, wait")
    r"\b(?:nah|nope)\b|\bmaybe\s+not\b|\?+\s*(?:no|hmm+|wait)\b|"
    r"\b(?:kidding|joking|jk|lol\s+no|not\s+(?:really|my|mine|for\s+me)|(?:it'?s|that'?s|is)\s+not\s+my|"
    r"isn'?t\s+mine|(?:his|her|their)\s+(?:money|stuff|card)|for\s+(?:him|her|them)\b)",
)


def _command_told_first(plain: str) -> str | None:
    """The clause of a request to write said first, when a comment of another sentence
    follows it (not a condition, a correction, a second request nor words taking it back);
    None otherwise."""
    command = _COMMAND_CLAUSE.match(plain)
    if command is None or _TAKEN_BACK.search(plain, command.end()):
        return None
    return command.group(0).rstrip(" ,;.!?-–—")


# Money to be paid in a coming season, with no word of anything paid or bought yet
_PAID_AHEAD = re.compile(
    r"^(?!.*\b(?:bought|buyed|paid|spent|got|booked|ordered|put\s+down|was|were|came|charged|"
    # ("physio 85, the club will pay me back half next month": the money back is ahead)
    r"yesterday|today|tonight|last|ago|already|back|reimburs\w*|refund\w*)\b).*?"
    r"\b(?P<next>next)\s+(?:year|month|week|summer|winter|spring|autumn|fall|term|semester)\b"
)
# "… for my trip next week", "… of next month": the thing bought is for later
_FOR_LATER = re.compile(r"\b(?:for|of)\b[^,.;!?\d]{0,25}\Z")


# The person's part of a thing bought, paid back to whoever paid it: "paid jake back 20
# bucks for the tickets" (not "paid my brother back the 2000 ages ago", a debt settled)
_PAID_BACK_FOR_A_THING = re.compile(
    r"\bpaid\s+(?!me\b|us\b)[\w'’]+\s+back\s+(?:[$€£]\s?)?\d[\d.,]*\s*(?:[a-z]{1,6}\s+)?"
    r"for\s+(?:the|my|our|a|an)\s+[a-z]"
)


def _paid_ahead(plain: str) -> bool:
    """True for money to be paid or shared in a coming season, nothing said paid yet
    ("splitting rent 1800 three ways next year", "new phone 800 next month"); not a thing
    bought now for later ("train ticket 49 for my trip next week")."""
    ahead = _PAID_AHEAD.match(plain)
    if ahead is None:
        return False
    return _FOR_LATER.search(plain, 0, ahead.start("next")) is None


def write_vetoed(text: str, intent: Intent | None = None) -> bool:
    """True when `text` cannot be the write `intent` whatever its words suggest: a support
    topic (PIN, lost card, a transfer that has not arrived, a reminder), arithmetic or a
    conversion, a question about something (not a request: "…, can you add it?" asks for
    an action), a plan or a wish for money not yet spent ("gonna spend 200", "I wish I
    had 1000"), money that is not the person's entry (`not_spent_by_the_person`), or a
    refund asked for rather than received ("can I get a refund") or given by the person
    ("gave Sam 20 back")."""
    plain = _without_courtesies(text)
    if (command := _command_told_first(plain)) is not None:
        return write_vetoed(command, intent)  # the comment after it unsays nothing
    if any(never(plain) for never in _NEVER_A_WRITE):
        return True
    if intent in _ENTRIES and _move_of_an_entry_named(plain):
        return True  # "the 74€ from Ryanair put it in viajes": a move to a category we do not
        # know, never the entry written a second time
    if intent in (Intent.ADD_EXPENSE, Intent.SPLIT_EXPENSE) and _paid_ahead(plain):
        return True  # "splitting rent 1800 three ways next year": a plan, nothing paid yet
    if intent is Intent.TRANSFER and _debt_only_told(plain):
        return True  # "I owe my sister 200 from the holiday": a debt told, nothing moved
    if ANOTHERS_WORDS_QUOTED.search(plain) and not _acted_on_after_quoting(plain):
        return True  # "My husband wrote me: 'I paid 60 € for the fine'": his words, his money
    if score_told(text) and not _log_asked_now(plain):
        return True  # (a scoreline is told by its capitals: "Ajax 3-1 PSV", read as written;
        # "lost 50 on the bet, palmeiras lost 2x0, add it pls" asks for the bet's entry)
    if (
        RATING.search(_line_first_or_all(plain))  # (not "haircut 20, 5 stars": rated after)
        and not PERSON_SPENT.search(plain)
        and not _MONEY_NAMED.search(plain)
        and not _PRICE_TO_THE_CENT.search(_RATING_WHOLE.sub(" ", plain))
    ):
        return True  # "the cafe got 4.8 stars and 312 reviews", "gpa 3.4": no money
    if intent in (*_ENTRIES, Intent.SPLIT_EXPENSE) and _TWO_OTHERS_SHARED.match(text):
        return True  # "Rhys and Gethin went halves on a pizza, £18": their bill, not the person's
    if intent is Intent.SPLIT_EXPENSE and _TIP_JAR.search(plain) and not MY_SHARE.search(plain):
        return True  # "the tips jar had 47,35 today, we divide on friday": the staff's, later
    if intent is Intent.ADD_INCOME and OTHERS_PAY.search(plain) and not _log_asked_now(plain):
        return True  # "Mum's pension went in today, $1,840": her money, not the person's income
    if intent is Intent.ADD_INCOME and _INCOME_TO_COME.search(plain) and not _log_asked_now(plain):
        return True  # "stokvel payout is in december, around 8000": not received yet
    if intent in _LOGGED and _PAYS_FROM_A_MONTH.search(plain) and not PERSON_SPENT.search(plain):
        return True  # "the lodger pays 650 monthly from march": a contract, nothing paid yet
    if intent in _ENTRIES and BILL_PAID_LATER.search(plain):
        return True  # "the light bill came for 1,345, I pay it next week": not paid, no income
    if intent in _ENTRIES and HOUSEHOLD_BILL_ARRIVED.search(plain):
        return True  # "Electricity bill came 3,200 this month, so much!!": arrived, not paid
    if intent in _ENTRIES and (NOT_MINE.search(plain) or PAID_FOR_ME.search(plain)):
        return True  # "my parents sent 500 to my brother, not me"
    if intent in _ENTRIES and owned_by_someone_else(plain) and not _log_asked_now(plain):
        return True  # "Colleague's Tesla repair was 62 000 kr": told of someone else's
    if intent in _ENTRIES and _SOMEONES_NEW_THING.match(text.strip()) and not _log_asked_now(plain):
        return True  # "Sato's new car 4.2 million yen lol": someone's new thing, priced
    if intent in _ENTRIES and PRICE_RAISED.search(plain) and not _log_asked_now(plain):
        return True  # "Nando's upped the half chicken to £11.95, scandalous": a price told
    if (
        intent in (Intent.SPLIT_EXPENSE, Intent.DRAFT_PAYMENT)
        and PAID_FOR_ME.search(plain)
        and not ASKS_TO_PAY.match(plain)
        and not (intent is Intent.DRAFT_PAYMENT and _payment_asked(plain))
    ):
        return True  # "the bill came, 86 for four of us, Tom is paying": not the person's
    if intent is Intent.DRAFT_PAYMENT and _PREPARED_SOMETHING_ELSE.match(plain):
        return True  # "draft an email to my landlord about the 950 rent": a letter, no payment
    if intent is Intent.SET_BUDGET and _cheap_kind_only(plain):
        return True  # "budget airlines always want 30 for a bag": no limit set
    if (
        intent is Intent.SET_BUDGET
        and _FIGURE_WANTED_BY_ANOTHER.search(plain)
        and not re.match(r"\W*(?:please\s+)?(?:set|make|put|cap|limit)\b", plain)
    ):
        return True  # "…the christmas budget, she wants 800 I want 500": a quarrel told
    if (
        intent in _LOGGED
        and PRICE_NOT_TAKEN.search(plain)
        and not (PERSON_SPENT.search(plain) or _CLAUSE_SAYS_BOUGHT.search(plain))
        and not _TAKEN_AFTER_ALL.search(plain)
        and not _LOG_IT_ASKED.search(plain)
        and not (intent is Intent.SET_BUDGET and _LIMIT_CHANGED_BY_AN_ARROW.search(plain))
    ):
        return True  # "flat whites 5.50 at the new place, 6.20 in town": prices, no purchase
    if (
        intent in _LOGGED
        and (declined := DECLINED.search(plain))
        and not _LOG_IT_ASKED.search(plain)
        and not _PAID_BEFORE.search(plain, 0, declined.start())
        and not _other_price_declined(plain, declined.start())
    ):
        # "the shop wanted 80 but I said no" (not "the clinic said no. Log under …", nor
        # "paid 340 rs for auto to office today, driver refused meter AGAIN": paid first)
        return True
    if (
        intent in (*_LOGGED, Intent.DRAFT_PAYMENT)
        and HABITUAL.search(plain)
        and not _HABIT_MADE_A_RULE.search(plain)
        and not _DONE_THIS_TIME.search(plain)
        and not ledger_line_first(plain)  # "petrol 62 today, normally 55": this time's line
        and not ASKS_TO_PAY.match(plain)
    ):
        return True  # "I usually pay around 50 for a full tank": a habit told, no entry
    told = TOTAL_TOLD.search(plain) and not ledger_line_first(plain)  # "haircut 35, used to be 30"
    if intent in _LOGGED and (told or OPINION_ON_IT.search(plain)):
        return True  # "last year we spent 3000 on holidays", "…, is that normal": no entry
    if intent in _LOGGED and _TOO_DEAR_FOR_ME.search(plain) and not PERSON_SPENT.search(plain):
        return True  # "apartment in district 7 rent 12tr/month, too expensive for me": not taken
    if ATTEMPTED.search(plain) and not PERSON_SPENT.search(plain):
        return True  # "tried to pay 60 but the card machine was down": nothing went through
    if _SOME_TIME_LATER.search(plain) and not (
        ASKS_TO_PAY.match(plain) or PERSON_SPENT.search(plain) or _PAID_ON_A_DAY_SAID.search(plain)
    ):
        return True  # "need to pay jess 30 back at some stage, not today": for later, unasked
    if REMINDER.search(plain) and not PERSON_SPENT.search(plain):
        return True  # "coworker lent me 50, need to remember to pay her back": for later
    if intent in _LOGGED and _FROM_NEXT_PERIOD.search(plain) and not PERSON_SPENT.search(plain):
        return True  # "Landlord messaged: 'Rent 18,000 + maintenance 1,500 from next month'"
    if intent in _LOGGED and _due_later(plain) and not _done_already(plain, intent):
        # "phone bill 65 due on the 20th": a bill still to pay (not "wages in 640, rent due
        # friday": the money that came in is told beside it)
        return True
    if intent in _LOGGED and _offer_or_timetable(plain):
        return True  # "Tesco had 3 for £5 on the wine": an offer seen
    if (
        _support_asked(plain)
        and not money_returned(plain)
        and not _RETURNED_TOLD.search(plain)  # "refunded the 60 they overcharged me"
        and not TOP_UP_OWN_POT.match(plain)
        and not INTO_OWN_POT.search(plain)  # "Topup RM100 into my TNG eWallet from Maybank"
        and not is_charge_line(plain)
        and not _WRITE_ASKED_WITH_ITS_AMOUNT.match(plain)  # "please log $40 for the top-up"
        # "… said the gas needs a top-up next time 🙄 log it under home maintenance": an
        # everyday topic named beside a write asked for (never a problem: "declined")
        and not (_log_asked_now(plain) and not SUPPORT_STRONG.search(_without_cash_machine(plain)))
    ):
        return True
    if (
        intent is Intent.TRANSFER
        and (SOMEONE_ELSES.search(plain) or spent_by_someone_else(plain))
        and not _LOG_IT_ASKED.search(plain)
    ):
        return True  # "my wife moved 1k into her own savings": someone else's move
    if intent is Intent.DRAFT_PAYMENT and (SOMEONE_ELSES.search(plain) or _quoted(plain)):
        return True  # "she sent 500 to her parents in Manila": told, not asked
    if (
        intent is Intent.DRAFT_PAYMENT
        and spent_by_someone_else(plain)
        and not ASKS_TO_PAY.match(plain)
        # "Swish 120 kr to Elin for the pizza she paid", "can you prep an Interac to Maude for
        # 32$? she paid my concert ticket": asked, her paying is the reason
        and not _PAID_WITH_AN_APP_ASKED.match(plain)
        and not PAYMENT_PREPARED.search(plain)
    ):
        return True  # "my flatmate moved 250 from her savings to pay rent": theirs, told
    if (
        intent is Intent.DRAFT_PAYMENT
        and BILL_ARRIVED.search(plain)
        and not ASKS_TO_PAY.match(plain)
    ):
        return True  # "got the water bill today, 212 for six months": told, not asked
    if (
        intent is Intent.DRAFT_PAYMENT
        and OTHERS_WILL_PAY.search(plain)
        and not ASKS_TO_PAY.match(plain)
    ):
        return True  # "the insurance company will pay the two thousand for the windscreen"
    if intent is Intent.DRAFT_PAYMENT and _TOLD_I_PAY.match(plain):
        return True  # "I pay 60 a month for my phone": a standing fact told, no payment asked
    if intent is Intent.DRAFT_PAYMENT and UNDRAFTABLE.search(plain):
        return True  # "pay everyone in my contacts 10", "pay 500 to release the prize"
    if intent is Intent.DRAFT_PAYMENT and _owed_later(plain):
        return True  # "I have to pay the school fees of 45,000 before the fifteenth"
    if intent is Intent.ADD_EXPENSE and PAY_DUE_LATER.search(plain) and not _payment_asked(plain):
        return True  # "need to pay the council tax 160 before friday": not paid yet
    if intent is Intent.DRAFT_PAYMENT and DEBT.search(plain) and not _payment_asked(plain):
        return True  # "I owe Jake 35 for the concert": told ("pay Jake back the 35 I owe him" asks)
    if intent is Intent.DRAFT_PAYMENT and HEDGED.search(plain):
        return True  # "next month I'll probably pay around 2k for the vacation": no request
    if intent is Intent.DRAFT_PAYMENT and NOT_DONE.search(plain) and not ASKS_TO_PAY.match(plain):
        return True  # "the bill came to 85 but I didn't pay it": told, not asked
    if (
        intent in _LOGGED
        # (a limit is a plan of its own: "Going to be strict this month: eating out, 120 max")
        and not (
            intent is Intent.SET_BUDGET and (LIMIT_WISHED.match(plain) or LIMIT_SET.search(plain))
        )
        and _plan_told_before(plain)
        and not _done_already(plain, intent)
        and not _log_asked_now(plain)  # "… I'll expense it later but log it for now"
        and not (intent is Intent.SPLIT_EXPENSE and _SHARES_TO_COME.search(plain))
    ):
        return True
    if intent in (Intent.TRANSFER, Intent.DRAFT_PAYMENT) and re.search(HABIT_TO_START, plain):
        return True  # "gotta start moving 50 a week into savings": a habit still to start
    if intent is Intent.ADD_INCOME and _KEPT_FROM_ME.search(plain):
        return True  # "the landlord kept 200 of my deposit": money lost, not received
    # money said to have come in, unless to someone else ("my dad received 300 from the council")
    received = (
        intent is Intent.ADD_INCOME
        and said_received(plain, intent)
        and spender_of(plain) != "other"
    ) or (intent is Intent.ADD_INCOME and _SENT_TO_ME.match(plain) is not None)
    # "…, log as fees", "Log the 179.": asked of the person's own money, not of another's
    # ("My sister spent 300 on shoes today. Log it please.")
    logged_asked = _log_asked_now(plain) and not (
        SOMEONE_ELSES.search(plain) or spent_by_someone_else(plain)
    )
    if intent in _ENTRIES and (
        (
            not_spent_by_the_person(plain, paid_to_me=received)
            and not is_charge_line(plain)
            and not logged_asked
        )
        or (_someone_named_first(text) and not PAID_FOR_THE_PERSONS_WORK.match(plain))
    ):
        return True
    if (
        intent in _LOGGED
        and not received  # "Received 18,000 rent from tenant, he paid two days late": paid to me
        and spent_by_someone_else(plain)
        and not _LOG_IT_ASKED.search(plain)
    ):
        return True  # "my mum budgets 400 a month for groceries": not the person's budget
    if intent in (*_LOGGED, Intent.TRANSFER) and (
        _not_done(plain) or EARNINGS_FACT.search(plain) or _only_might_have(plain)
    ):
        return True  # "I didn't spend 40", "I earn 45k a year": nothing to record
    if intent is Intent.ADD_REFUND and REFUND_ASKED.search(_CLAIM_NAMED.sub(" ", plain)):
        return True  # "can I get a refund for the 40"
    if (
        intent in (Intent.ADD_REFUND, Intent.ADD_EXPENSE)
        and GAVE_BACK.search(plain)
        and not (
            intent is Intent.ADD_EXPENSE
            and (MY_SHARE.search(plain) or _PAID_BACK_FOR_A_THING.search(plain))
        )
    ):
        return True  # "paid her back 15": a debt settled, neither money back nor a new expense
        # (but "paid rahul back 600 for my share of swiggy", "paid jake back 20 bucks for the
        # tickets": the person's part of a purchase)
    if intent is Intent.ADD_INCOME and _not_kept(plain):
        return True  # "… we cannot accept, I give it back", "gave me ten pesos less change"
    if asks_to_see(plain):
        return True  # "show me the refunds", "pull up the payments over 50": a list to see
    said = plain[lead_in_end(plain) :]  # "um, hello? okay. spent thirty bucks …": no question
    said = _DOUBT_THEN_MENDED.sub("", said)  # "target run $1.2k?? no lol $120.43": no question
    question = (
        bool(QUESTION_VETO.match(said)) or "?" in said or bool(_WHO_OR_WHAT_IS_IT.search(said))
    )
    return question and not REQUEST_INSIDE.search(said)


# A figure doubted with question marks, then mended: "1.2k?? no lol 120.43", "45?? no 54"
# (the marks are the person's surprise at their own typing, asked of no one)
_DOUBT_THEN_MENDED = re.compile(
    r"(?<=[\dk])\s*\?+(?=\s*(?:no+|nope|nah|sorry|oops|wait|i\s+mean[t]?)\b[^?]*\d[^?]*\Z)"
)


# What no sentence that says it can be written: arithmetic or a conversion, crypto, a
# hypothetical ("if I put 200 a month into savings …"), a microphone check ("can you hear
# me, testing 1 2 3"), a number read out ("tracking number 1Z 999 …"), an errand ("book a
# table for 4") or a trade ("sell 10 shares of Tesla at 250"), money said not to be written
# yet ("…, don't enter now"), a message to check ("a text saying I must pay £85, is it real?")
# Words of a fact about a service rather than money that moved: "top-ups are 10 minimum"
_SERVICE_FACT = re.compile(
    r"\b(?:is|are|was|were|says?|said|limit|minimum|maximum|max|min|cost\s+of|how|why|can|should)\b"
)
# The bank's own card or account named: "top up my card with 50" asks the bank, not a shop
_BANK_CARD = re.compile(
    r"\b(?:my|the|our)\s+(?:bank\s+|debit\s+|credit\s+|prepaid\s+)?(?:card|account|balance)\b"
)
_WENT_THROUGH = re.compile(r"\b(?:went|gone|go(?:es)?)\s+(?:thr(?:u|ough)|out)\b")
_TOPIC_LINE_WORDS = 10


# Money given back, told ("refunded the 60 they overcharged me", "the shop give back 89,90,
# product never arrive"), not denied ("they never gave me back my 50")
_RETURNED_TOLD = re.compile(
    r"(?<!never\s)(?<!not\s)(?<!n't\s)(?<!didnt\s)(?<!dont\s)"
    r"\b(?:refunded|(?:gave|give|gives|paid)\s+(?:me\s+|us\s+)?back)\b"
)


def _support_asked(plain: str) -> bool:
    """True for a bank-support matter: a problem (a card lost, a PIN, a charge twice, a
    reminder), or an everyday topic (a top-up, the ATM, autopay) unless money paid or
    received is told with it ("AT&T 85.33 autopay went thru yesterday", "Vodafone top-up 20
    for 0412 555 019")."""
    cleaned = _without_cash_machine(plain)
    if SUPPORT_STRONG.search(cleaned):
        return not _refunded_as_it_never_came(cleaned)
    if not SUPPORT_TOPIC.search(cleaned):
        return False
    if not told_not_asked(plain) or _BANK_CARD.search(plain):
        return True
    spent = any(said.group().lower() != "was" for said in SPENT_ALREADY.finditer(plain))
    done = (
        spent  # ("I was overcharged 12 at the car wash": a complaint, not a price paid)
        or RECEIVED_ALREADY.search(plain)
        or PERSON_SPENT.search(plain)
        or _WENT_THROUGH.search(plain)
    )
    a_line = len(plain.split()) <= _TOPIC_LINE_WORDS and not _SERVICE_FACT.search(plain)
    return not (done or a_line)


def _refunded_as_it_never_came(plain: str) -> bool:
    """True when the only support matter is a thing that never came, and its money is told
    back ("amazon refund 30 because the parcel never arrived"): an entry, not a complaint."""
    problems = [said.group(0) for said in SUPPORT_STRONG.finditer(plain)]
    return (
        all(re.fullmatch(NEVER_CAME, problem, re.I) for problem in problems)
        and REFUNDED_FOR_WHAT_NEVER_CAME.search(plain) is not None
    )


_A_SUM_ASKED = re.compile(r"\?|\b(?:what|how|work\s+out|calculate|figure\s+out)\b", re.I)


# Money moved, said first, then how it was worked out: "moved 250 € to the savings, is the
# 10% of my salary", "stick 300 in the tax pot thats 20% of last weeks 1500"
_MOVED_FIRST = re.compile(
    r"^\W*(?:(?:i|we|just|ok|okay|so|and)\s+)*(?:moved|move|transferred|transfer|put|stuck|stick|"
    r"sent|send|saved)\s+(?:[$€£]\s*)?\d[\d.,]*(?![\d.,]*\s*%)\s*(?:[$€£]|k|eur|euros?|dollars?|"
    r"pounds?|bucks|quid)?\s+(?:in|into|to|over\s+to)\s",
    re.I,
)


def _sum_to_work_out(plain: str) -> re.Match[str] | None:
    """Arithmetic asked or said ("what's 15% of 80"), not a share moved ("move 10% of my
    2,400 paycheck to savings")."""
    if SHARE_MOVED.match(plain):
        return None
    asked_to_act = ASKS_TO_PAY.match(plain) or _log_asked_now(plain)
    if asked_to_act and not _A_SUM_ASKED.search(plain):
        return None  # "Pay Kim her commission, 60% of 1,450 = $870": how the amount came
    if told_not_asked(plain) and (
        paid_before_money_back_to_come(plain)  # "dentist 180, insurance will refund 80% later"
        or SPENT_ALREADY.search(plain)
        or RECEIVED_ALREADY.search(plain)
        or _taken_off_a_price(plain)
        or _TIP_RATE_ON_A_PRICE.search(plain)
        or _RESULT_WRITTEN.search(plain)
        or _MOVED_FIRST.match(plain)
    ):
        return None
    worked = MATH.search(plain)
    ways = find_split_ways(plain) if worked else None
    if (
        worked
        and ways
        and ways[1].start <= worked.start() < ways[1].end
        and _AMONG_PEOPLE.search(plain)
    ):
        return None  # "dinner with Yuki and Haruto, 8,910 total, we divide by three": a split
    return worked


# People sharing a bill: "with Yuki and Haruto", "we divide by three"
_AMONG_PEOPLE = re.compile(r"\b(?:with|we|us)\b")


# The result of a sum written by the person: "5kg x 230k, discount 10% so total 1.035.000",
# "commission 10% from 5 juta booking = 500rb": worked out, not asked
_RESULT_WRITTEN = re.compile(
    r"=\s*(?:[$€£]|[a-z]{1,3}\.?\s*)?\d|\bso\s+(?:the\s+|my\s+)?total\b|"
    r"\btotal\s+(?:is\s+|was\s+|of\s+|came\s+to\s+)?(?:[$€£]\s*)?\d"
)


def _taken_off_a_price(plain: str) -> bool:
    """True for a price told with something taken off it, beside words that name what it
    was for ("640 minus the 3% host fee"); never bare arithmetic ("200 minus 35")."""
    taken = _TAKEN_OFF_A_PRICE.search(plain)
    if taken is None:
        return False
    rest = plain[: taken.start()] + " " + plain[taken.end() :]
    return re.search(r"[^\W\d_]{3,}", rest) is not None


# A tip's rate said about a price, told: "86.40 before tip, I tipped 18%", "45 Fr. + 10% tip"
# ("2 beers at 12 each plus the 10% for the waiter": a word or two may stand between)
_TIP_RATE_ON_A_PRICE = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:[a-z]{1,5}\.?\s*){0,2}(?:before\s+(?:the\s+)?(?:"
    + TIP_WORDS
    + r"|service)\b|"
    r"\+|plus\b)[^.!?]{0,40}?\d{1,2}(?:[.,]\d{1,2})?\s*%"
)


# Something taken off a price, told: "bike service 85.– minus 10 % member discount",
# "640 minus the 3% host fee", "1,500 minus 220 for the carpet", "jeans 80 with discount -25%",
# "399k each, sale 20%"
_TAKEN_OFF_A_PRICE = re.compile(
    r"\d(?:[\d.,]*\d)?(?:\.[–-])?\s*(?:[$€£]|[a-z]{1,3}\b\.?)?\s*,?\s*(?:(?:minus|less)\s+"
    r"(?:the\s+|a\s+|an\s+|my\s+|their\s+|his\s+|her\s+)?(?:[$€£]\s*)?\d|"
    r"(?:(?:each|with|at|on)\s+)?(?:a\s+|the\s+)?(?:sale|discount|promo)\s*(?:of\s+)?-?\s*"
    r"\d{1,2}(?:[.,]\d{1,2})?\s*%)"
)


# An invoice the person sent: money owed to them, not paid yet ("sent Coastal the invoice
# for 3,180, they pay on 30 days", "invoice #1043 for $2,300 sent to Maple Leaf Roofing")
_INVOICE_SENT = re.compile(
    # (not sent by someone else: "he's sent the invoice now, so get the £35 payment ready")
    NOT_SENT_BY_ANOTHER
    + r"\b(?:sent|send|sending|issued|raised|emailed)\s+(?:\w+\s+){0,3}?(?:an?|the|my)\s+invoice\b"
    r"(?!\s+payments?)|"
    r"\binvoice\b[^.!?]{0,50}?\b(?:sent|issued|raised|emailed)\s+(?:to|out)\b|"
    r"\binvoice\s+(?:for|to)\b[^.!?]{0,50}?\bsend\s+(?:it\s+)?(?:tmrw|tomorrow|today|later|monday|"
    r"tuesday|wednesday|thursday|friday)\b",
    re.I,
)
# Money asked for (an invoice sent, a claim put in) said to have come: "… paid", "came in"
_SETTLED = re.compile(
    r"\b(?:paid|received|came\s+(?:in|through)|cleared|settled|landed|arrived|got\s+paid|"
    r"reimbursed)\b",
    re.I,
)


def _invoice_sent(plain: str) -> bool:
    """True for an invoice the person sent that nobody is said to have paid yet."""
    return bool(_INVOICE_SENT.search(plain)) and not _SETTLED.search(plain)


_PAID_ALREADY = re.compile(r"\b(?:paid|gave|sent|received|got|transferred)\b", re.I)

# A claim put in for money back, none received yet: "expense report submitted, 340", "put in
# a claim for 85 with the insurance", "filed my expenses, 212.40"
_CLAIM_PUT_IN = re.compile(
    r"\b(?:expenses?\s+(?:report|claim|form)|claim|expenses)\s+(?:is\s+|was\s+|has\s+been\s+)?"
    r"(?:submitted|sent(?:\s+off)?|filed|lodged|in)\b|"
    r"\b(?:submitted|filed|lodged|put\s+in|sent\s+off|made)\s+(?:an?\s+|my\s+|the\s+)?"
    r"(?:expenses?\s+)?(?:claim|expenses?\s+report|expenses)\b",
    re.I,
)


def _claim_only_put_in(plain: str) -> bool:
    """True for a claim or an expense report put in, nothing said to be paid by the person
    or paid out yet ("paid the vet 85, put in a claim with the insurance" and "vet 85, claim
    submitted" record the 85)."""
    return bool(_CLAIM_PUT_IN.search(plain)) and not (
        PERSON_SPENT.search(plain) or _SETTLED.search(plain) or ledger_line_first(plain)
    )


def _only_paid_later(plain: str) -> bool:
    """True for money someone else is to pay later ("he pay next week") with nothing said
    to be paid already ("paid 300 deposit, he pay the rest next week" records the 300)."""
    later = PAID_LATER_BY_ANOTHER.search(plain)
    if later is None or _PAID_ALREADY.search(plain, 0, later.start()):
        return False
    # "taxi 30 with Gerti, she pays me half tomorrow": the line paid, a part of it to come back
    return not (ledger_line_first(plain) and PART_COMING_BACK.search(plain, later.start()))


def _long_ago(plain: str) -> bool:
    """Money told of long ago (`LONG_AGO`), besides an old price set against what was paid
    now ("Deutschlandticket paid, 63 € now (was 58 last year)", "For the gas I pay 60
    dollars to fill the tank, last year was 45 only")."""
    if LONG_AGO.search(plain) is None:
        return False
    if not _PAID_NOW.search(plain):
        return True
    return (
        LONG_AGO.search(_OLD_PRICE_COMPARED.sub(" ", _SET_AGAINST_THE_PAST.sub(" ", plain)))
        is not None
    )


# An old price set beside today's: "(was 58 last year)", "last year was 45 only", "it used to
# be 30 a few years ago"
_OLD_PRICE_COMPARED = re.compile(
    r"\(?\b(?:it\s+)?(?:was|were|used\s+to\s+be)\s+(?:only\s+)?[$€£]?\d[\d.,]*\s*(?:[a-z€$£]{1,6}\s+)?"
    r"(?:last\s+year|(?:a\s+few\s+|two\s+|\d\s+)?years\s+ago|before)\)?|"
    r"\b(?:last\s+year|(?:a\s+few\s+|two\s+|\d\s+)?years\s+ago)\s*,?\s*(?:it\s+)?(?:was|were)\s+"
    r"(?:only\s+)?[$€£]?\d[\d.,]*(?:\s+only)?|"
    # "haircut 35 today, she used to charge 20": what the same thing cost before
    r"\b(?:(?:he|she|they|it)\s+)?used\s+to\s+(?:charge|cost|be)\s+(?:only\s+|just\s+)?[$€£]?\d[\d.,]*|"
    # "paid 23.50 for my prescription, sure I remember when we charged 2.50": an old price
    r"\b(?:i\s+)?remember\s+when\s+(?:[^\W\d]+\s+){0,5}?[$€£]?\d[\d.,]*"
)
# What was paid now set against a time past: "sooo much higher than last winter", "paid all at
# once, not in 3x like last year"
_SET_AGAINST_THE_PAST = re.compile(
    r"\b(?:than|then|like|compared\s+(?:to|with)|vs\.?|versus)\s+(?:in\s+)?(?:last\s+(?:year|christmas|xmas|"
    r"easter|summer|winter|spring|autumn|fall)|(?:a\s+few\s+|two\s+|\d\s+)?years\s+ago|(?:19|20)\d\d)\b|"
    # what it could have bought back then: "I could've bought a whole boiler for that in 1995"
    r"\b(?:could|would|might)(?:['’]ve|\s+have)\b[^.!?]*?\bin\s+(?:19|20)\d\d\b"
)
# What was paid told in the present or just now: "paid, 63 € now", "I pay 60 dollars"
_PAID_NOW = re.compile(r"\b(?:now|paid|pay|bought|buy|today|tonight|this\s+morning)\b")


_NEVER_A_WRITE = (
    _sum_to_work_out,
    _only_paid_later,
    _invoice_sent,
    _claim_only_put_in,
    CRYPTO.search,
    HYPOTHETICAL.search,
    MIC_CHECK_SAID.search,
    READ_OUT_NUMBER.match,
    EXAMPLE_GIVEN.match,
    TIME_SPENT.search,
    HOURS_WORKED_UNPAID.search,
    PRICE_SAID_BY_ANOTHER.search,
    FUNDS_RAISED.search,
    _long_ago,
    CHOICE_ASKED.search,
    PROMISED_OR_HEARD.search,
    ERRAND.match,
    CREATIVE_ASKED.match,
    TRADE_ORDER.match,
    NOT_TO_RECORD.search,
    IDIOM.search,
    MONEY_ASKED_FOR.search,
    EXERCISE.search,
    BILLIONS.search,
    RECIPE.search,
    ECONOMY_NEWS.search,
    MESSAGE_TO_CHECK.search,
    GOT_FOR_FREE.search,
    SCORE.search,
    SERVICE_STATUS.search,
    RATE_OF_EXCHANGE.search,
    ADVICE_ASKED.search,
    BALANCE_TOLD.search,
)


def asked_not_to_act(text: str) -> bool:
    """True when the person asks not to write, pay or remove what they name ("don't log the
    42 from the chemist, she paid me back", "please don't pay the water bill", "don't delete
    the coffee entry, it's fine", "I already logged the 50 so don't double it"), unless a
    request to write is said beside it ("log 45 for groceries, don't split it")."""
    plain = text.lower()
    denial = DENIED_ACTION.search(plain)
    if denial is None:
        return False
    beside = f"{plain[: denial.start()]} , {plain[denial.end() :]}"
    return WRITE_REQUEST_AT_CLAUSE.search(beside) is None


def _quoted(plain: str) -> bool:
    """A price quoted by someone ("the plumber said 250 to fix it"), unless the sentence
    begins by asking to pay ("Send 1,250 to Greenline for the deposit, I approved the
    quote", "Need to pay Dave the plumber £185, he said 160 for the job and 25 for the part")."""
    return QUOTED.search(plain) is not None and not (
        ASKS_TO_PAY.match(plain) or STILL_TO_PAY.match(plain)
    )


def _offer_or_timetable(plain: str) -> bool:
    """A shop's offer ("3 for £5 on the wine"), prices compared ("1.09 at Lidl vs 1.35 at
    Tesco"), a price per unit with no quantity bought ("5.49/kg") or a clock time on a
    timetable ("bus leaves at 14.30"), with no word of the person buying."""
    said = (
        OFFER.search(plain)
        or SCHEDULE.search(plain)
        or PRICES_COMPARED.search(plain)
        or PRICE_SEEN.search(plain)  # "swiggy showing 649 for biryani, too much na"
    )
    if said is None and not QUANTITY_MEASURED.search(plain) and not _rate_beside_a_line(plain):
        said = UNIT_PRICE.search(plain)  # "heating oil 1,09 €/l today": a price per unit seen
    return said is not None and not BOUGHT_SAID.search(plain)


# Money named by a sign, a currency word or a code: "taxi 12 km, 18 euros" is a fare
def _not_kept(plain: str) -> bool:
    """True for money that came near the person but is not theirs to keep as income: change
    short ("gave me like ten pesos less change"), money only asked of them ("My grandson ask
    RM 100 ang pao", unless paid after: "… asked for 300 deposit and paid it today"), money
    handed back or refused ("we cannot accept, I give it back")."""
    if _SHORT_CHANGED.search(plain) or _MONEY_GIVEN_BACK.search(plain):
        return True
    asked = _MONEY_ASKED_OF_ME.search(plain)
    return bool(
        asked
        and not said_received(plain, Intent.ADD_INCOME)
        and not _PAID_ALREADY.search(plain, asked.end())
    )


# Given too little change: "gave me like ten pesos less change", "short-changed me 5"
_SHORT_CHANGED = re.compile(r"\bless\s+change\b|\bshort[\s-]?chang(?:ed|ing)\b", re.I)
# Money someone asked the person for: "my grandson ask RM 100 ang pao", "she asked me for 50"
_MONEY_ASKED_OF_ME = re.compile(
    r"\b(?:ask|asks|asked|asking)\s+(?:me\s+)?(?:for\s+)?(?:(?:rm|rs|[$€£])\s?)?\d", re.I
)
# Money to come in later, not received: "the 13th salary will be paid in December", "stokvel
# payout is in december"
_INCOME_TO_COME = re.compile(
    r"\b(?:will\s+be|(?:is|are)\s+(?:going\s+to\s+be|to\s+be))\s+(?:paid|credited|deposited|transferred)\b|"
    r"\b(?:payout|pay-?out|payday|bonus|salary|pension|refund|dividend)\s+(?:is|comes?)\s+(?:in|on)\s+"
    + MONTH_RE
    + r"(?!\w)",
    re.I,
)
# Paying that starts in a month named, a contract told: "the lodger pays 650 monthly from
# march", "pay 40 a week starting june"
_PAYS_FROM_A_MONTH = re.compile(
    r"\bpays?\s+[^.!?]{0,30}?\b(?:monthly|weekly|yearly|(?:a|per|every)\s+(?:month|week|year))\s+"
    r"(?:from|starting)\s+(?:" + MONTH_RE + r"(?!\w)|next\s+\w+\b)",
    re.I,
)
# A price that starts later: "Rent 18,000 from next month", "starting next week"
_FROM_NEXT_PERIOD = re.compile(
    r"\b(?:from|starting|as\s+of)\s+next\s+(?:month|week|year|term)\b", re.I
)
# The staff's tip jar, shared among them: no bill the person paid
_TIP_JAR = re.compile(r"\btips?\s+(?:jar|box|pot)\b", re.I)
# A question asked about what was quoted, without its mark: "mpesa msg my wife forwarded: 'Ksh
# 2,500 received from PETER OTIENO'. who is this Peter"
_WHO_OR_WHAT_IS_IT = re.compile(
    r"(?:^|[.!,;:'\"’”]\s*)(?:who(?:['’]s|\s+is|\s+was)|what(?:['’]s|\s+is))\s+(?:this|that|it)\b",
    re.I,
)  # ("on, sorry, what was it, on popcorn": a word searched for, no question)
# A line labelled as income first, whatever it was earned for: "Side income 20,000: tax
# return prep for a neighbour"
_INCOME_LABEL_FIRST = re.compile(
    r"^\W*(?:[a-z]+\s+)?income\b(?!\s+(?:tax|protection|insurance|support|statement))", re.I
)
# Money received and handed back to whoever gave it: no income
_MONEY_GIVEN_BACK = re.compile(
    r"\b(?:gave|give|giving|handed|hand|sent|send|returned|return)\s+(?:it|them|the\s+money)\s+"
    r"(?:all\s+)?back\b|\b(?:can(?:not|['\u2019]?t)|could(?:\s+not|n['\u2019]?t)|not\s+allowed\s+to)\s+"
    r"(?:accept|keep|take)\s+(?:it|them|that|the\s+money|money|gifts?|tips?)\b",
    re.I,
)
# A price written to the cent, beside points or stars: "groceries 64.10, redeemed 2000 points"
_PRICE_TO_THE_CENT = re.compile(r"(?<![\d.,])\d+[.,]\d{2}(?![\d%]|[.,]\d)")
_RATING_WHOLE = re.compile(r"[\d.,]*(?:" + RATING.pattern + ")", re.I)  # with all its digits
_MONEY_NAMED = re.compile(r"[$€£¥₹₦₩₱฿₫]|\b(?:" + CURRENCY_NAMES + r")\b", re.I)


def _rate_beside_a_line(plain: str) -> bool:
    """True for a ledger line with the price of a unit said after it, as a comment ("fuel
    60€ at galp, was 1,789 per litre"): the line is the purchase, the rate only seen."""
    if not ledger_line_first(plain):
        return False
    line, comment = _LINE_THEN_COMMENT.split(plain, maxsplit=1)[:2]
    return (
        UNIT_PRICE.search(comment) is not None
        and "/" not in line
        and UNIT_PRICE.search(line) is None
    )


# Where one phrase of a message ends and the next begins: "…, 35 and we didn't even get …"
_PHRASE_BREAK = re.compile(r"[,.;:!?]\s|\s(?:and|but|so)\s", re.I)


def _not_done(plain: str) -> bool:
    """Money said not to have moved ("I didn't spend 40", "were 90 so we didn't go"). When
    the person asks in words to write it, a negation in a clause without the money is an
    aside about something else ("4 tickets at 8.75 each and we didn't even get popcorn. Add
    it please")."""
    asked = asked_to_write(plain) is not None
    return any(not (asked and _clause_without_money(plain, m)) for m in NOT_DONE.finditer(plain))


def _clause_without_money(plain: str, words: re.Match[str]) -> bool:
    """True when the clause around `words` holds no figure."""
    starts = [b.end() for b in _PHRASE_BREAK.finditer(plain, 0, words.start())]
    after = _PHRASE_BREAK.search(plain, words.end())
    clause = plain[starts[-1] if starts else 0 : after.start() if after else len(plain)]
    return re.search(r"\d", clause) is None


def _cheap_kind_only(plain: str) -> bool:
    """ "budget" said only of a cheap kind of thing ("a budget hotel"), no limit said."""
    return (
        bool(BUDGET_KIND.search(plain)) and not BUDGET.search(plain) and not LIMIT_SET.search(plain)
    )


# A past verb of a wish, which tells nothing done: "if only I earned …", "I wish I'd got …"
_UNREAL_PAST = re.compile(
    r"\b(?:if\s+only|(?:i|we)\s+wish(?:ed)?)\s+(?:i|we|my\s+\w+)(?:['’]d|\s+had)?\s+\w+"
)


def _done_already(plain: str, intent: Intent) -> bool:
    """Money said to have been spent, or (for income and money back) received: a plan told
    beside it is about something else."""
    plain = _UNREAL_PAST.sub(" ", plain)  # "if only I earned a lakh a month": nothing earned
    arrived = intent is Intent.ADD_INCOME and PAY_ARRIVED.search(plain) is not None
    paid_now = intent is Intent.ADD_EXPENSE and paid_before_money_back_to_come(plain)
    return (
        SPENT_ALREADY.search(plain) is not None
        or said_received(plain, intent)
        or arrived
        or paid_now
    )


def said_received(text: str, intent: Intent) -> bool:
    """True for income or money back said to have come in ("Wages are in, 1,840.20",
    "Received 1,200 rent from the lodger", "Ryanair finally give refund")."""
    received = intent in (Intent.ADD_INCOME, Intent.ADD_REFUND)
    return received and RECEIVED_ALREADY.search(text) is not None


# Money moved, said done: "paid off my card with 1,200 from checking, I still owe the rest"
_MOVED_DONE = re.compile(r"\b(?:paid|moved|transferred|put|sent|wired|took)\b")


def _debt_only_told(plain: str) -> bool:
    """True for a debt told ("I owe my sister 200 from the holiday") with no money said moved
    and no payment asked."""
    return bool(DEBT.search(plain)) and not _MOVED_DONE.search(plain) and not _payment_asked(plain)


# What is quoted: "'…'", "\"…\"", "‘…’", "“…”"
_QUOTE = re.compile(r"'[^']*'|\"[^\"]*\"|‘[^’]*’|“[^”]*”")


def _acted_on_after_quoting(plain: str) -> bool:
    """True when the person's own words, outside what they quote, ask to write or to pay
    ("flatmate just messaged \"can you send me 42.50\" — set that up for Sarah")."""
    own_words = _QUOTE.sub(" ", plain)
    return bool(_log_asked_now(own_words) or _payment_asked(own_words))


# A claim named as a thing, not one made: "got R3 200 back from Discovery for the physio
# claim" ("I'll claim it back", "need to claim the 40" still ask for the money)
_CLAIM_NAMED = re.compile(
    r"\b(?:the|my|our|a|an|his|her|their|that|this)\s+(?:[^\W\d_]+\s+){0,2}claims?\b", re.I
)


# Someone named, then their new (or old) thing: "Sato's new car 4.2 million yen lol", "Jess's
# new bag was 900 quid" (read on the text as written: a name has its capital)
_SOMEONES_NEW_THING = re.compile(
    r"^\W*(?-i:[A-Z])[\w-]*['’]s\s+(?:brand\s+new|new|old|latest|first)\s+[^\W\d_]", re.I
)


# A payment or a bill asked for by its name, ending its phrase ("the gas bill please", "my
# rent payment to Ray"; not "the payment mess with my bank", a compound of its own)
_A_PAYMENT_ASKED = re.compile(
    r"(?:an?\s+|my\s+|the\s+)?(?:\w+\s+){0,3}(?:payment|bill)\b(?!\s+(?!(?:to|for|of|please|pls|"
    r"now|today|tomorrow|from|by|on|due|and|then|this|next|via|with\s+(?:the\s+)?app)\b)[^\W\d_])",
    re.I,
)


def _someone_named_first(text: str) -> bool:
    """True when `text` opens with someone named who spent or earned ("Maria spent 20 on
    gas"), not with a thing paid said with a capital ("Rent paid: CHF 1'850.–")."""
    named = NAMED_SOMEONE_ELSES.match(text.strip())
    if named is None:
        return False
    first = named.group(0).split()[0].lower()
    return find_category(first) is None


def _plan_told_before(plain: str) -> bool:
    """A plan or a wish said before any request to write ("gonna spend 200 on a phone");
    words after the request are about something else ("…, $30 back. Add that, I'll take
    the win")."""
    request = asked_to_write(plain)
    told_until = request.start() if request else len(plain)
    return any(plan.start() < told_until for plan in PLAN_OR_WISH.finditer(plain))


def _owed_later(plain: str) -> bool:
    """A payment the person must or will make later, told and not asked to be drafted."""
    told = PAY_DUE_LATER.search(plain) or PAY_LATER_TOLD.search(plain)
    return told is not None and not _payment_asked(plain)


# A payment app's name said as the verb, the first word ("pix to my brother Thiago 150",
# "venmo jake 20"), not the past ("venmo'd maddie 20") nor money coming from it
_PAID_WITH_AN_APP_ASKED = re.compile(
    # ("need to venmo Tyler $23.50 bc he covered my half": the app's verb after "need to")
    r"(?:\W*(?:i\s+)?(?:need|have|got)\s+to\s+)?"
    + PAY_APP_NAME
    + r"(?!['’]d\b|ed\b)\s+(?!from\b)(?:to\s+)?\w",
    re.I,
)


def _payment_asked(plain: str) -> bool:
    """True when the person asks in words for the payment to be drafted ("pay …", "can you
    send …", "can you draft it", "… log it")."""
    asked = (
        ASKS_TO_PAY.match(plain)
        or _PAID_WITH_AN_APP_ASKED.match(plain)
        or DO_IT_ASKED.search(plain)
        or asked_to_write(plain)
        or _ASKS_TO_PAY_INSIDE.search(plain)
    )
    return asked is not None


# "can you pay Liam back …", "so pay him", "please send it to her": asked after other words
_ASKS_TO_PAY_INSIDE = re.compile(
    r"\b(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:pay|send|transfer|settle)\b|"
    # "… can u set up paying her", "set up the payment to him"
    r"\bset\s+up\s+(?:paying|sending)\s+(?:him|her|them|[a-z]+)\b|"
    # "can you set up a payment to her?", "prepare the payment" (as French "prépare le paiement")
    + PAYMENT_PREPARED.pattern
    + r"|(?:^|[,.;!]\s*|\b(?:so|then|please|pls)\s+)(?:pay|send|transfer|settle)\s+"
    r"(?:him|her|them|it|[a-z]+\s+back)\b|"
    # the request closing the message: "i owe sarah 25 for the flowers pay her back"
    r"\b(?:pay|send)\s+(?:him|her|them)\s+back(?:\s+(?:please|pls|now|today))?\s*[.!]*\s*$",
    re.I,
)


def _due_later(plain: str) -> bool:
    """A bill or an invoice said to be due, neither paid nor asked to be written."""
    return (
        DUE_LATER.search(plain) is not None
        and not PERSON_SPENT.search(plain)
        and not _LOG_IT_ASKED.search(plain)
    )


def _only_might_have(plain: str) -> bool:
    """ "I could have bought it for 20 cheaper on Amazon": money that might have moved, and
    no other clause saying the person paid ("should've paid 40, paid 60 in the end" is one)."""
    if not COUNTERFACTUAL.search(plain):
        return False
    return PERSON_SPENT.search(COUNTERFACTUAL.sub(" ", plain)) is None


def paid_out(plain: str) -> bool:
    """ "income tax 1200", "holiday deposit 200", "pension contribution 150": money that
    went out (not tax or a deposit coming back, nor a repayment, an instalment or a deposit
    that came in to the person: "the repayment from Tom came in 200", "security deposit
    came in 1,200")."""
    return (
        PAID_OUT_WORDS.search(plain) is not None
        and MONEY_BACK.search(plain) is None
        and _PAID_TO_THE_PERSON.search(plain) is None
        and PAID_FOR_THE_PERSONS_WORK.match(plain) is None  # "client paid 300 deposit on the job"
    )


# Money that reached the person: it came in, arrived or landed, or a repayment or a deposit
# is said to be from someone (never a bill or a letter that arrived: "the tax bill landed,
# 1,840", nor money from one's own account)
_PAID_TO_THE_PERSON = re.compile(
    r"^(?!.*\b(?:bills?|invoices?|letters?|statements?|notices?|demands?|reminders?)\b)(?:.*\b(?:"
    r"(?:came|come|has\s+come|have\s+come)\s+(?:in|through)|landed|arrived|received)\b|"
    # ("Salary came today, 1.684,20 € after the taxes": the pay itself came)
    r".*\b(?:salary|wages?|paycheck|pay\s*cheque|pension|bonus)\s+(?:has\s+|have\s+)?"
    r"(?:came|come|hit|went\s+in|is\s+in)\b|"
    r".*\b(?:repayments?|instal+ments?|contributions?|deposit)\s+from\s+"
    r"(?!(?:my\s+|the\s+|our\s+)?" + OWN_ACCOUNT_WORD + r"\b))"
)


def is_charge_line(plain: str) -> bool:
    """ "ATM fee 3.50 ugh", "2.10 foreign transaction fee", "ez-link top up $30": a bank's
    charge written as a ledger line (`FEE_LINE`) or a travel card or phone topped up
    (`TOP_UP_BOUGHT`), not money coming back ("ATM fee refunded 3.50") nor money asked to be
    sent for someone's top-up ("send 2,000 to Amma for her phone recharge")."""
    if MONEY_BACK.search(plain) is not None or "?" in plain:
        return False
    if ASKS_TO_PAY.match(plain) and re.search(r"\bto\s+\w", plain):
        return False  # sent to someone named
    return FEE_LINE.fullmatch(plain.strip()) is not None or TOP_UP_BOUGHT.search(plain) is not None


def withdrew_cash(plain: str) -> bool:
    """ "took out 50 at the atm", "atm 40": cash taken out, said as done (not asked about,
    not a machine's trouble)."""
    return (
        CASH_WITHDRAWAL.search(plain) is not None
        and len(plain.split()) <= _PLAIN_WITHDRAWAL_WORDS
        and not QUESTION_START.match(plain)
        and not CASH_MACHINE_TROUBLE.search(plain)
    )


_PLAIN_WITHDRAWAL_WORDS = 16  # a longer sentence about a cash machine tells a story


def _without_cash_machine(plain: str) -> str:
    """ "took out 50 at the atm" says where cash came from: the machine is no support topic
    there (a problem with it still is: "the atm didn't give me the 50")."""
    if not withdrew_cash(plain):
        return plain
    return re.sub(r"\batm\b", " ", plain)


# "the dining ones", "the grocery ones": entries of a kind
_THE_KIND_ONES = re.compile(r"\bthe\s+[\w\s&-]{2,30}?\s+ones\b")


def asks_to_see(text: str) -> bool:
    """True for a request to see entries ("show me the refunds", "pull up the payments")."""
    return bool(_LOOK_UP.match(text.strip().lower()))


def _asked_to_see_last(plain: str) -> str | None:
    """The last sentence of `plain` when it asks to see entries after sentences of its own
    that ask nothing (a remark first); None otherwise."""
    if asks_to_see(plain) or "?" in plain:
        return None
    starts = [m.end() for m in SENTENCE_END.finditer(plain)]
    if not starts:
        return None
    last = plain[starts[-1] :]
    return last if asks_to_see(last) else None


_LOOK_UP = re.compile(
    # (not a show's tickets: "show ticket 180 but meia entrada so i paid 90")
    # ("okay list the dining ones", "right, show me the refunds": an opener first)
    r"^(?:(?:ok|okay|right|alright|so|now|and|then|great|cool|thanks)[,.!]?\s+)*"
    r"(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:show(?!\s+tickets?\b)|list|pull\s+up|bring\s+up|display|"
    # a list said aloud: "read me out everything I spent at the garden centre"
    r"find|view|look\s+up|search|read\s+(?:me\s+)?out)\b",
    re.I,
)


# Money held back from the person: "the landlord kept 200 of my deposit", "they docked 50
# from my wages"
_KEPT_FROM_ME = re.compile(
    r"\b(?:kept|keeping|withheld|withholding|deducted|docked|took)\s+(?:back\s+)?[$€£₦₹]?\s?"
    r"\d[\d.,]*k?\s+(?:of|from|off|out\s+of)\s+(?:my|our)\b"
)


def _standing_fact(plain: str, *, paid_to_me: bool) -> bool:
    """True for a fact that stands (`STANDING_FACT`); a bill said to be due beside money that
    came in is no such fact about that money ("My pension came in, 1.842,15 Euro. Thank
    goodness, the heating bill is due.")."""
    facts = [said.group(0) for said in STANDING_FACT.finditer(plain)]
    if paid_to_me and facts and all(_DUE.fullmatch(fact) for fact in facts):
        return False
    return bool(facts)


_DUE = re.compile(r"(?:is|are)\s+due", re.I)


def not_spent_by_the_person(plain: str, *, paid_to_me: bool = False) -> bool:
    """True for money that is not the person's entry: a debt not yet paid ("I owe Tom
    15"; a split says who owes their part, that is its point), money needed or saved for,
    a price said in the present, or someone else's money ("she spent 40")."""
    if _quoted(_line_first_or_all(plain)) or _standing_fact(plain, paid_to_me=paid_to_me):
        # "the quote … was 2,800", "my rent was 950 last year" (not "sold the old bike for
        # 120, he offered 100 i said 120": the offer comes after what was done)
        return True
    if SOMEONE_ELSES.search(plain) and not (
        _LOG_IT_ASKED.search(plain) and _HOUSEHOLD.search(plain)
    ):
        return True  # "she spent 40" (but "my husband paid the water bill 78, can you add it")
    others = not paid_to_me and (spent_by_someone_else(plain) or charged_someone_else(plain))
    if others and not _LOG_IT_ASKED.search(plain):
        # "they charged my mum 60 for a taxi", "mum reckons dad spent 90 quid at B&Q", "work
        # bought everyone lunch" (but "log the 62 my wife spent at Tesco" asks for the
        # household's entry)
        return True
    if NARRATED_PRESENT.match(plain):
        return False  # "This morning I buy bread and milk in Lidl, the total is 6,40"
    if (
        _said_as_it_is(plain)
        and not PERSON_SPENT.search(plain)
        and not ledger_line_first(plain)
        and not _paid_on_a_day_gone_by(plain)
    ):
        return True  # "jeepney fare is 15 pesos na. before it was 9": no purchase said
    if _price_compared_with_before(plain):
        return True  # "Lawson onigiri now 180 yen. Was 120."
    if _statistic_told(plain):
        return True  # "Tokyo average rent 150,000 yen per month. Very high."
    if PRICE_NOW_CHANGED.search(plain) and not _PAID_SAID.search(plain):
        return True  # "Deutschlandticket went up again, 63 EUR now", "netflix went up to 17.99"
    if SPENT_ALREADY.search(plain) or PAY_ARRIVED.search(plain):
        return False  # spent, or arrived ("the student loan came through, 4,300")
    if (
        _price_stated(plain)
        and not BOUGHT_BY_WEIGHT.search(plain)
        and not TANK_FILLED.search(plain)
    ):
        return True  # "petrol is 1.52 a litre", not "1.5 kg of prawns at 24 a kilo"
    if FUEL_PRICE_QUOTED.search(plain) and not FUEL_TAKEN.search(plain):
        return True  # "diesel at 1,72 at the Aral near me": the price of a litre, seen
    if MARKET_PRICE.search(_sentences_with_figures(plain)):
        return True  # (not a complaint after the line: "fuel 18,000 at Total. petrol price no
        # get sense again")
    return any(p.search(plain) for p in (DEBT, NEEDED_OR_SAVED))


def _sentences_with_figures(plain: str) -> str:
    """The sentences of `plain` that say a figure."""
    return " ".join(part for part in SENTENCE_END.split(plain) if re.search(r"\d", part))


# A clause that starts by saying the person paid an amount: "paid 340 rs for …", "Eish, paid
# R1 200 for the car service", "I paid 60 for …"
_PAID_BEFORE = re.compile(
    r"(?:^|[,;.!?]\s*|\b(?:i|we)\s+)(?:just\s+|already\s+|finally\s+)?(?:paid|spent)\s+"
    r"(?:(?:a|an|the|my|about|around|like)\s+)?(?:[a-z]{1,3}\.?\s*)?[$€£₹]?\s*\d"
)
# A figure someone else wants: "she wants eight hundred", "my husband says 2000 is enough"
_FIGURE_WANTED_BY_ANOTHER = re.compile(
    r"\b(?:he|she|they|(?:my|our)\s+(?:wife|husband|partner|hubby|wifey|mum|mom|dad|parents|"
    r"boyfriend|girlfriend|bf|gf|kids?|son|daughter|flatmates?|roommates?))\s+(?:wants?|says?|"
    r"thinks?|reckons?|insists?\s+on|would\s+rather)\s+(?:it\s+(?:should\s+)?be\s+|we\s+spend\s+)?"
    r"(?:like\s+|about\s+|only\s+|just\s+)?[$€£]?(?:\d|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|twenty|thirty|forty|fifty|a\s+hundred|a\s+thousand)"
)
# The person telling what they pay, not asking: "I pay 60 a month for my phone"
_TOLD_I_PAY = re.compile(
    r"\W*(?:i|we)\s+(?:always\s+|usually\s+|normally\s+|still\s+|now\s+|only\s+)?pay\b"
    r"(?=[^.!?]*\b(?:a|per|every|each)\s+(?:month|week|year|day|time|lesson|session|visit)\b)"
)
# A price judged out of the person's reach: "too expensive for me", "too pricey for us"
_TOO_DEAR_FOR_ME = re.compile(
    r"\b(?:too|way\s+too|far\s+too)\s+(?:expensive|pricey|dear|much)\s+for\s+(?:me|us|my\s+budget|my\s+wallet)\b"
)
# Paid on a day gone by, in a learner's present too: "I pay 386,20 € this morning for the
# brakes" (then "the tyres soon but not today": a later errand told after it)
_PAID_ON_A_DAY_SAID = re.compile(
    r"\b(?:i|we)\s+(?:pay|spend|buy)\s+[^.!?]{0,40}?\b(?:this\s+morning|today|"
    r"tonight|yesterday|last\s+night)\b",
    re.I,
)
# Money for some later time, not now: "at some stage", "eventually", "not today tho",
# "work's supposed to reimburse the hotel 312 at some pt"
_SOME_TIME_LATER = re.compile(
    r"\b(?:at\s+some\s+(?:stage|point|pt)|some\s*time\s+(?:soon|next|this|later)|eventually|"
    r"one\s+of\s+these\s+days|not\s+today(?:\s+tho(?:ugh)?)?|(?:is|are|'s)\s+supposed\s+to)\b"
)
# Two people named, neither the person, sharing a bill: "Kes and Ravi splitting a boat for
# Emancipation, 300 each", "Rhys and Gethin went halves on a pizza" (not "Tom and I split")
_TWO_OTHERS_SHARED = re.compile(
    r"^\W*(?!(?:Me|I|We)\b)[A-Z][a-z]+\s+(?:and|&|n)\s+(?!(?:me|I)\b)[A-Z][a-z]+\s+(?:are\s+|were\s+)?"
    r"(?:split|splitting|went\s+halves|going\s+halves|shared|sharing|divided|chipped\s+in)\b"
)
# Beside a habit, what was paid this time: "we always split the rent, paid 600 today"
_DONE_THIS_TIME = re.compile(
    r"(?:^|[,;.]\s*|\b(?:but|so)\s+)(?:i\s+|we\s+)?(?:just\s+)?(?:paid|spent|bought)\s+[$€£]?\d"
    r"[\d.,]*k?\s*(?:\w+\s+)?(?:today|yesterday|this\s+morning|tonight|last\s+night)\b"
)
# A habit made a budget or a rule: "I usually spend 300 on food, set that as my budget"
_HABIT_MADE_A_RULE = re.compile(r"\b(?:budget|limit|cap|set|make|keep)\b")


# A ledger line said first, then a comment on it: "petrol 62 at shell, prices are mad",
# "coffee and a croissant at pret six forty which is daylight robbery", "haircut 35 today,
# used to be 30"
_LINE_THEN_COMMENT = re.compile(
    r"\s*(?:[,;:](?!\d)|[.!?](?:\s|$)|\s[-–—]\s|\bwhich\b|\bthat'?s\b|\bsmh\b|\blol\b)\s*"
)
# A second figure wondered about after the first: "or was it 54", "or was it fifty"
_FIGURE_DOUBTED = re.compile(r"\s+or\s+was\s+it\s+(?:[$€£]?\d[\d.,]*|" + NUMBER_WORD + r")", re.I)
_NOT_A_LEDGER_LINE = re.compile(
    r"\b(?:is|are|was|were|'s|costs?|said|says|saw|seen|would|will|if|when|usually|used|"
    # ("boiler man quoted £60, … so 55 in the end": a price offered, never the line itself)
    r"quoted?|estimated?|offered|asked|wanted|"
    r"his|her|their|they|he|she|my\s+\w+'s)\b|\?"
)
_LINE_WORDS = 9


def _said_amount(words: str) -> re.Match[str] | None:
    """The first amount said in `words`, in digits or in words."""
    return re.search(r"(?<![\w.,])[$€£₹]?\d[\d.,]*(?![\w])|\b" + NUMBER_WORD + r"\b", words)


# The thing first, a comma, then its figure alone before the comment: "weekly shop at aldi,
# 67.80, prices keep going up", "took a cab back from the party, 28, bus had stopped"
_THING_COMMA_FIGURE = re.compile(
    r"^(?P<line>[^\d,;:.!?]+,\s*(?:[$€£₹]\s?)?\d[\d.,]*\d?\s*(?:[$€£₹]|[a-z]{1,5}\.?)?)"
    r"\s*(?:[,;:](?!\d)|\s[-–—]\s|[.!?](?:\s|$))\s*(?P<rest>\S.*)$"
)


def _amount_after_a_comma(plain: str) -> list[str] | None:
    """The line and its comment when the line's figure stands alone after a comma
    (`_THING_COMMA_FIGURE`); None when it does not."""
    said = _THING_COMMA_FIGURE.match(plain)
    if said is None or re.search(r"\d", said.group("rest")):
        return None
    if _COMMENT_UNSAYS.search(said.group("rest")) or _STILL_TO_COME.search(said.group("line")):
        return None  # "Fancy a Greggs sausage roll, £1.25, but I'm on this diet so no"
    if _LINE_GOES_ON.match(said.group("rest")):
        return None  # "… Olive Garden, $96, with Maria": the line goes on, no comment yet
    return [said.group("line"), said.group("rest")]


# A comment that takes the line back or says it has not happened ("…, but the card payment
# keeps failing", "…, so no"); a line of money still to come ("paycheque hits thursday, …")
_COMMENT_UNSAYS = re.compile(
    r"\b(?:but|so\s+no|not\s+(?:yet|actually|really)|never\s+(?:came|arrived|bought|paid)|will|gonna|"
    r"pays?\s+(?:me\s+)?back|reimburs\w*)\b|"
    r"\b(?:haven['’]?t|hasn['’]?t|didn['’]?t|won['’]?t|not)\s+(?:\w+\s+){0,2}?(?:charged|paid|bought|taken|"
    r"gone\s+through|ordered|booked)\b",
    re.I,
)
# Words after the figure that carry on the line rather than comment on it: who came along,
# where, for whom ("…, $96, with Maria", "…, 28, for the kids")
_LINE_GOES_ON = re.compile(r"(?:with|w/|for|at|from|to|on|in|by|split|shared)\b", re.I)
_STILL_TO_COME = re.compile(
    r"\b(?:hits?|comes?|arrives?|lands?|due|submitted|expected|owed?|quoted?)\b", re.I
)


def paid_before_money_back_to_come(plain: str) -> bool:
    """True for a ledger line said first, then money back still to come ("pharmacie 23,80 €,
    the mutuelle will give back 15 € later", "physio 85, the club will pay me back half next
    month"): the price is paid now; what comes back is for later."""
    return ledger_line_first(plain) and MONEY_BACK_TO_COME.search(plain) is not None


# Money back said to come later from an insurer, a club, an employer or a shop: "the
# mutuelle will give back 15", "insurance should refund 80%", "work'll reimburse it" (not
# "she'll pay half": a share, the bill split)
MONEY_BACK_TO_COME = re.compile(
    r"\b(?:the\s+[a-z]+|insurance|insurer|medicare|medicaid|nhs|work|my\s+(?:work|employer|company|"
    r"job|boss|insurance|insurer))\s*" + MONEY_BACK_LATER + r"\b"
)


def _price_stated(plain: str) -> bool:
    """True when `plain` states a price (`PRICE_STATEMENT`), unless the only one is a price
    someone asked at the time, after a ledger line: "uber 14 to the station, the black cabs
    wanted 30" (but "gym 45, the new place charges 30" compares prices, no purchase told)."""
    line = _line_first_or_all(plain)
    return any(
        (statement.start() < len(line) or not _asked_at_the_time(plain, statement))
        and not _bought_by_that_measure(plain, statement)
        for statement in PRICE_STATEMENT.finditer(plain)
    )


# "at 3.50 a dozen", "at 2 per kg": the price of a measure, its word last
_AT_A_MEASURE = re.compile(r"at\s.*\s(?:a|per|/)\s*(?P<measure>[a-z]+)$", re.I)


def _counted_in(words: tuple[str, ...]) -> re.Pattern[str]:
    """So many of a measure, named by one of `words`: "2 dozen", "half a kilo", "500g"."""
    named = "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))
    return re.compile(
        r"\b(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|half\s+a)\s*(?:" + named + r")s?\b",
        re.I,
    )


# ("500g of coffee at 30/kg", "2 kilos … at 3 a kg": a measure's other words and parts)
_COUNTED_IN_MEASURE = {
    unit: _counted_in(words_naming(unit)) for unit in set(MEASURE_UNITS.values())
}


def _bought_by_that_measure(plain: str, statement: re.Match[str]) -> bool:
    """True for the price of a measure said after so many of that measure were counted: "2
    dozen eggs at 3.50 a dozen", "half a kilo of cherries at 9 a kilo" tell what was bought
    (not "eggs are 4 a dozen", a price seen)."""
    at = _AT_A_MEASURE.match(statement.group(0))
    if at is None:
        return False
    said = at.group("measure").lower()
    unit = MEASURE_UNITS.get(said)
    counted = _COUNTED_IN_MEASURE[unit] if unit is not None else _counted_in((said,))
    return counted.search(plain, 0, statement.start()) is not None


def _asked_at_the_time(plain: str, statement: re.Match[str]) -> bool:
    """True for a price statement that is a price someone asked then, in the past: "wanted
    30", "quoted 180", "were asking 250"."""
    if _ASKED_IN_THE_PAST.match(statement.group(0)):
        return True
    asking = statement.group(0).startswith("asking")
    return asking and plain.endswith(("were ", "was "), 0, statement.start())


_ASKED_IN_THE_PAST = re.compile(r"(?:wanted|asked|quoted|offered)\b")


def _other_price_declined(plain: str, declined_at: int) -> bool:
    """True when `plain` opens with a ledger line and another price is said after it, before
    the refusal at `declined_at`: "taxi 18 from the airport, the guy asked 35 but i said no"
    refuses the 35, not the taxi ("jacket 80, but i said no" refuses the jacket)."""
    line = _line_first_or_all(plain)
    if line == plain or declined_at < len(line):
        return False
    return _OTHER_PRICE_ASKED.search(plain, len(line), declined_at) is not None


# A price someone asked, with its amount: "the guy asked 35", "they wanted 80 for it"
_OTHER_PRICE_ASKED = re.compile(
    r"\b" + PRICE_ASKED_VERB + r"\s+(?:me\s+|us\s+|like\s+|about\s+)?[$€£]?\d"
)


# A price gone up or down, its new figure said: "spotify went up again, 12.99 now", "bus
# fare's gone up to 2.50" (not "the gym went up to 45 a month so I paid 45 today")
# (a price's move, not the person's: "we went up to the castle, 12 each")
PRICE_NOW_CHANGED = re.compile(
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\byou\s)"
    r"\b(?:go|goes|gone|went|going)\s+(?:up|down)(?:\s+again)?(?:\s+(?:by|to))?\s*[,:;-]?\s*"
    r"(?:[$€£]\s*)?\d"
)
_PAID_SAID = re.compile(r"\b(?:paid|spent|bought|charged|renewed|log|add|record)\b")


def _line_first_or_all(plain: str) -> str:
    """The ledger line `plain` opens with (`ledger_line_first`), else all of it."""
    line = _ledger_line(plain)
    return plain if line is None else line


def ledger_line_first(plain: str) -> bool:
    """True when `plain` opens with a ledger line (a few words with an amount, no verb of a
    price said or seen, no one else's) before a comma or "which": the comment after it judges
    the price, it does not unsay the purchase."""
    return _ledger_line(plain) is not None


@lru_cache(maxsize=256)
def _ledger_line(plain: str) -> str | None:
    """The ledger line `plain` opens with, before its comment (`ledger_line_first`); None
    when it opens with none. Remembered: one reading asks it of the same words many times."""
    parts = _LINE_THEN_COMMENT.split(plain, maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return None
    if _said_amount(parts[0]) is None:
        parts = _amount_after_a_comma(plain) or parts  # "weekly shop at aldi, 67.80, prices …"
    first = _FIGURE_DOUBTED.sub("", parts[0])  # "dinner 45 or was it 54, 54 I think"
    said_amount = _said_amount(first)
    if said_amount is None or not 2 <= len(first.split()) <= _LINE_WORDS:
        return None
    return first if _NOT_A_LEDGER_LINE.search(first) is None else None


# A ledger line said aloud, then a remark, no punctuation between: "mechanic four hundred
# thirty two for the brakes ugh and he says the tyres are next", "um costco run two eighty
# seven sixty three and somehow we still have nothing for dinner"
_SAID_AMOUNT = (
    r"(?:[$€£]?\d[\d.,]*|" + NUMBER_WORD + r"(?:\s+(?:and\s+)?" + NUMBER_WORD + r")*)"
    r"(?:\s+(?:dollars?|pounds?|euros?|bucks|quid|francs|reais|rupees))?"
)
_SPOKEN_LINE_THEN_REMARK = re.compile(
    r"^(?:(?:um+|uh+|er+|erm|okay|ok|so|right|ah|oh)\s+)*"
    r"(?P<line>(?:[^\W\d]+\s+){1,5}?"
    + _SAID_AMOUNT
    + r"(?:\s+(?:for|at|on)\s+(?:the\s+|a\s+|my\s+)?"
    r"[^\W\d]+(?:\s+[^\W\d]+)?)?)\s+"
    r"(?:ugh|urgh|argh|and|which|what|ridiculous|honestly|lol|haha|might|hope|just|"
    r"nothing|somehow|when|because|cause|cos|seriously|crazy|insane|wow|damn|smh|again)\b"
)


def spoken_line_first(plain: str) -> bool:
    """True when `plain` opens with a ledger line said aloud (a few words, then a price in
    digits or words) and a remark runs on from it with no punctuation, as speech is
    written: the remark judges the price, it does not unsay the purchase."""
    match = _SPOKEN_LINE_THEN_REMARK.match(plain)
    return match is not None and _NOT_A_LEDGER_LINE.search(match.group("line")) is None


# A day gone by or the bill paid, told: "textbooks $312.48 at the campus store last
# thursday", "the gas bill came 63.20, paid it on saturday"
_DAY_GONE_BY = re.compile(
    r"\b(?:yesterday|yday|last\s+night|this\s+morning|last\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\bpaid\s+(?:it|that|them|this)\b"
)


def _paid_on_a_day_gone_by(plain: str) -> bool:
    """True when the price is told as paid, or on a day gone by, and nothing says it was not."""
    return _DAY_GONE_BY.search(plain) is not None and NOT_DONE.search(plain) is None


def _statistic_told(plain: str) -> bool:
    """True for a figure of people in general ("Tokyo average rent 150,000 yen per month")
    when the person says nothing of paying it."""
    return STATISTIC_TOLD.search(plain) is not None and not _purchase_said(plain)


def _price_compared_with_before(plain: str) -> bool:
    """True for a price followed by the same thing's earlier price ("Diesel 1,69 at Aral.
    Last week 1,62."), when the person says neither that they paid nor that they correct."""
    return (
        PRICE_BEFORE_TOLD.search(plain) is not None
        and not _purchase_said(plain)
        and SELF_CORRECTION.search(plain) is None
    )


def _purchase_said(plain: str) -> bool:
    """True when the person says they paid ("I paid", "we got"), or says it in a word with
    its subject left out ("filled up at Shell 62.40")."""
    return PERSON_SPENT.search(plain) is not None or _BOUGHT_SAID.search(plain) is not None


# A purchase said in a word, its subject left out: "filled up at Shell 62.40. Last week 58."
_BOUGHT_SAID = re.compile(
    r"\b(?:paid|spent|bought|got|filled|ordered|booked|grabbed|renewed|topped\s+up|picked\s+up)\b"
)


def _said_as_it_is(plain: str) -> bool:
    """True for a price or a bill said in the present ("IKEA Billy bookcase is 59 on the
    website", "got the council tax letter, £1,987 for the year") that is neither said to
    repeat ("council tax is 168 a month") nor asked to be written or split."""
    if not any(p.search(plain) for p in (PRESENT_PRICE, BILL_ARRIVED, PRICE_JUDGED, PRICE_SEEN)):
        return False
    asked = _HOW_OFTEN.search(plain) or _ASKED_TO_WRITE.search(plain) or SPLIT_WORDS.search(plain)
    taken = _QUANTITY_TAKEN.search(plain) is not None and not _PRICE_OF_THE_MOMENT.search(plain)
    return asked is None and not taken


# A price said for now, not for what was bought: "petrol is 1.89 the litre at the moment"
_PRICE_OF_THE_MOMENT = re.compile(r"\b(?:at\s+the\s+moment|these\s+days|right\s+now|currently)\b")


# How much of a priced thing the person took: "petrol is 1.89 the litre, i put 40 litres",
# "parking is 2 an hour, stayed 4 hours" (the price of one unit, then the units bought)
_QUANTITY_TAKEN = re.compile(
    r"\b(?:i\s+|we\s+)?(?:put|filled(?:\s+up)?|got|bought|took|used|stayed|parked|was\s+(?:there|in)|"
    r"were\s+(?:there|in))\s+(?:in\s+)?(?:for\s+)?(?:about\s+)?\d+(?:[.,]\d+)?\s*"
    r"(?:litres?|liters?|l|gallons?|gal|hours?|hrs?|h|kg|kilos?|days?|nights?|kwh)\b"
)


# The people whose spending a household ledger keeps when asked: a partner, a child
_HOUSEHOLD = re.compile(
    r"\b(?:my|our)\s+(?:wife|husband|partner|hubby|wifey|spouse|son|daughter|kids?|child|children)\b"
)
# Someone else's spending asked to be written: "log the 62 my wife spent", "… can you add it"
_LOG_IT_ASKED = re.compile(
    r"^(?:please\s+)?(?:add|log|record|enter)\b|"
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:add|log|record|enter|put)\b|"
    r"\b(?:please\s+)?(?:add|log|record|enter)\s+(?:it|that|this)\b|"
    # "Log the 179.", "log as fees", "log under professional development", "write it down",
    # "put it under food": the request said in a clause of its own
    r"\b(?:log|record|enter)\s+(?:the\s+[$€£]?\d|(?:under|as|in)\b)|"
    r"\bwrite\s+(?:it|that|this)\s+down\b|"
    r"\b(?:put|stick|pop|bung|file|chuck)\s+(?:it|that|this)\s+(?:under|down\s+as|in\s+as|as)\b"
)
# "I'll log it then", "gonna add it later": a write put off, not asked
_LATER_BEFORE = re.compile(r"\b(?:i'?ll|i\s+will|will|gonna|going\s+to|i'?d|would)\s+(?:\w+\s+)?\Z")


# A bill shared, the others' shares still to come: "hotel 18,000 for 2 nights, Arif and Mitu
# will pay their share", "6,400, me Tanvir and Sabbir will share equally" (no plan of the
# person's: the bill is paid)
_SHARES_TO_COME = re.compile(
    r"\b(?:will|'ll|gonna|going\s+to)\s+(?:\w+\s+)?(?:share|split|divide|chip\s+in|"
    r"pay\s+(?:their|his|her|my|our)\s+(?:share|half|part|bit|portion)|pay\s+me\s+back)\b"
)


# "please log $40 for the travel card top-up", "add my paycheque, 2,140.55 direct deposit": a
# write asked first, with its amount; a support topic named after it is what the money was for
_WRITE_ASKED_WITH_ITS_AMOUNT = re.compile(
    r"\W*(?:please\s+|pls\s+|can\s+you\s+)?(?:log|record|add|enter|note\s+down)\s+(?:"
    r"(?:[$€£]\s*)?\d[\d.,]*\s*(?:[a-z]{1,3}\s+)?(?:for|on)\b|"
    # "add my paycheque, 2,140.55 direct deposit": what it is, then its amount
    r"(?:my|the|this|that|our)\s+[a-z'-]+(?:\s+[a-z'-]+)?\s*[,:-]?\s*(?:[$€£]\s*)?\d)"
)


def _log_asked_now(plain: str) -> bool:
    """True when a request to write is said ("log it for now", "Log the 179."), not put off
    ("if Anna sends 40 I'll log it then")."""
    asked = _LOG_IT_ASKED.search(plain)
    return (
        asked is not None
        and not _LATER_BEFORE.search(plain, 0, asked.start())
        and not WRITE_DENIED_BEFORE.search(plain, 0, asked.start())  # "don't stick it under"
    )


# "…, add it as recurring", "log it", "put it down": a request to write what was said
_ASKED_TO_WRITE = re.compile(
    r"\b(?:add|log|record|track|note|save|enter)\b|\bput\s+(?:it|that|this)\s+(?:in|down|on)\b|"
    r"\brecurr\w*\b"
)


_TERSE_WORDS = 6
_LEDGER_LINE_WORDS = 10
# a price to the cent among a line's first words: "sedanos 34.60 cafecito y pastelitos …"
_PRICE_UP_FRONT = re.compile(r"(?:\S+\s+){0,3}[$€£]?\d+[.,]\d\d(?!\d)")
# a price written as money to the cent anywhere in a longer line: "soy wax 20kg from NZ Wax
# Supplies $189.50 for the business"
_LONG_LEDGER_LINE_WORDS = 12
_MONEY_TO_THE_CENT = re.compile(
    r"[$€£₹]\s?\d[\d,]*[.,]\d\d(?!\d)|\d[\d,]*[.,]\d\d\s?[$€£₹](?!\w)|"
    # or ending the line: "Tim Hortons, a double double and a donut, 4 85"
    r"(?:^|[\s,])\d{1,4}(?:[.,]| )\d\d\Z"
)
_ENTRIES = (Intent.ADD_EXPENSE, Intent.ADD_INCOME, Intent.ADD_REFUND)
# Bought after all, beside prices seen: "new PS5 drops friday at 549, pre-ordered it"
# (also paid after all: "… 500 baht for foreigners, 100 for thais… paid it anyway")
_TAKEN_AFTER_ALL = re.compile(
    r"\b(?:pre-?ordered|ordered|booked|got\s+(?:it|them|one|a\s+pair)|"
    r"had\s+(?:one|two|three|a\s+couple|a\s+few|\d)\b|"
    r"(?:paid|bought)\s+(?:it|them|one)\s+(?:anyway|regardless|all\s+the\s+same))\b"
)
# A budget's limit changed with an arrow: "groceries budget 400 → 450" (a price with an
# arrow is news: "netflix 15.99 → 17.99")
_LIMIT_CHANGED_BY_AN_ARROW = re.compile(
    r"\bbudget\b[^.!?\d]*[$€£¥₹]?\s?\d[\d.,]*\s*(?:→|->|=>)\s*[$€£¥₹]?\s?\d", re.I
)
_LOGGED = (
    Intent.ADD_EXPENSE,
    Intent.ADD_INCOME,
    Intent.ADD_REFUND,
    Intent.SPLIT_EXPENSE,
    Intent.SET_BUDGET,
)


def money_returned(text: str) -> bool:
    """True for money said to be back on the person's card or account ("$54.99 back on my
    card", "the failed POS debit of 15,000 has been reversed"): a refund received."""
    plain = text.lower()
    moved = re.search(  # "move 80 back to my current account": the person's own move
        r"\b(?:transfer|move|send|put|shift)\b.*\bfrom\s+(?:my|the|our)\b|"
        r"^\W*(?:i\s+)?(?:just\s+)?(?:transfer(?:red)?|move[ds]?|shift(?:ed)?)\s+[$€£]?\d",
        plain,
    )
    return _BACK_ON_THE_CARD.search(plain) is not None and moved is None


def is_out_of_scope(text: str) -> bool:
    """True for support topics (cards, PINs, fees, top-ups, fraud...) the app doesn't handle."""
    return bool(SUPPORT.search(text))


def _rule_cancel(plain: str, has_amount: bool) -> Intent | None:
    """ "cancel that", "never mind", "forget it": drop the card on screen (never an undo)."""
    if _UNDO_SAID.search(plain):
        return None  # "never mind, undo that": the ledger's own word, an undo
    return Intent.CANCEL if CANCEL.match(plain) else None


_UNDO_SAID = re.compile(r"(?<!n't\s)(?<!not\s)(?<!dont\s)(?<!never\s)\bundo\b", re.I)


def _rule_undo_help(plain: str, has_amount: bool) -> Intent | None:
    if UNDO.match(plain):
        return Intent.UNDO
    if HELP.match(plain):
        return Intent.HELP
    return None


def _rule_budget(plain: str, has_amount: bool) -> Intent | None:
    if BUDGETING_ADVICE.search(plain) or MOST_SPENT.search(plain) or ERRAND.match(plain):
        return None  # "any good budgeting apps?"; "what ate my budget"; "book a table, budget 100"
    if LEFT_TO_SPEND.search(plain) and not SUPPORT.search(plain):
        return Intent.BUDGET_STATUS  # "how much is left for restaurants"
    if any(_limit_said(sentence) for sentence in SENTENCE_END.split(plain)):
        return Intent.SET_BUDGET  # "… I want to cap hockey stuff at 200 a month. it adds up"
    if not BUDGET.search(plain):
        return None
    question = QUESTION_START.match(plain) or plain.endswith("?")
    if BUDGET_SET.search(plain) and not question and not plain.startswith(("show", "list")):
        return Intent.SET_BUDGET
    return Intent.BUDGET_STATUS


def _limit_said(sentence: str) -> bool:
    """ "cap eating out at 200", "Maximum 150 euro for clothes every month": a limit set in a
    sentence that asks nothing."""
    said = sentence.strip()
    return (
        bool(LIMIT_SET.search(said)) and not QUESTION_START.match(said) and not said.endswith("?")
    )


def reads_as_undo(text: str) -> bool:
    """True when `text` is also said the way people take back the last entry ("scratch
    that", "scrap that"): with no card waiting to drop, that is what it asks. Never "cancel
    that" or "never mind": those drop a card and nothing else."""
    plain = _without_courtesies(text)
    return UNDO.match(plain) is not None and _TAKING_BACK.search(plain) is not None


_TAKING_BACK = re.compile(r"\b(?:scratch|scrap|bin|ditch|erase|delete|remove|undo)\b")


def moves_it(text: str) -> bool:
    """True for a recategorization said in one of its set forms ("put it under gifts",
    "that was groceries"), as opposed to one the learned layer guessed."""
    plain = _CORRECTION_LEAD.sub("", _without_courtesies(text))
    return RECAT.match(plain) is not None


_CORRECTION_LEAD = re.compile(
    r"^(?:(?:actually|no|nope|nah|sorry|oops|ops|oh|wait|and|hmm|um|uh)[,.!\s]+)+", re.I
)


def category_not_known(text: str) -> str | None:
    """The words a move of an entry named by its amount asks for, when they name no category
    we know ("the 74€ from Ryanair put it in viajes, not in transporte please": "viajes");
    None for any other sentence."""
    target = _moved_to(_without_courtesies(text))
    if target is None or target_category_code(target):
        return None
    start = text.lower().find(target)
    return text[start : start + len(target)] if start >= 0 else target


def _move_of_an_entry_named(plain: str) -> bool:
    """True for a request to move an entry named by its amount ("the 38 from uber put it in
    work, not transport"), whatever category it names, but no kind of entry; never an entry
    told ("the cow was sold 85,000 in Kiambu auction")."""
    return _moved_to(plain) is not None


def _moved_to(plain: str) -> str | None:
    """Where a request to move an entry named by its amount asks it to go, said with a verb
    ("put it in …"), in a few words that name no kind of entry ("put it in as a refund" asks
    for the refund); None for any other sentence."""
    match = RECAT.match(_CORRECTION_LEAD.sub("", plain))
    if match is None or not _entry_named_by_amount(match):
        return None
    target = match.group("cat2") or match.group("cat6")
    if target is None or len(target.split()) > _FEW_TARGET_WORDS or _NEGATED.search(plain):
        return None
    target = target.strip()
    return None if _KIND_OF_ENTRY.match(target) else target


_FEW_TARGET_WORDS = 3
# A word of denial before the last clause ("don't put the 38 …"; not the ", not in
# transporte please" that names the category it leaves)
_NEGATED = re.compile(
    r"\b(?:not|never|don'?t|do\s+not|doesn'?t|didn'?t|won'?t|no)\b(?![^,]*,?\s*$)"
)


# A kind of entry, where a category would go: "put it in as a recurring expense" (not "as
# professional expense", a category of the person's own)
_KIND_OF_ENTRY = re.compile(
    r"(?:as\s+)?(?:an?\s+)?(?:(?:recurring|monthly|weekly|yearly|one-off)\s+)?(?:refunds?|expenses?|"
    r"income|recurring|transfers?|payments?|deposits?|reimbursements?)$"
)


def _entry_named_by_amount(match: re.Match[str]) -> bool:
    """True when the amount said names the entry whose category changes: "that 38 uber
    should be under work, not transport", "the $17.99 Netflix charge is entertainment"."""
    named = (
        match.group("what1")
        or match.group("what4")
        or match.group("what5")
        or match.group("what6")
        or _entry_named_first(match)
        or _entry_named_in_the_request(match.group("what") or "")
        or ""
    )
    return re.search(r"\d", named) is not None


# An entry named by its amount and what it was, in a request to move it: "mark the 120 dinner
# as business", "change the Don Quijote 2,400 yen from shopping to daily goods" (not "move the
# 200 to savings", nor "the 200 euros": an amount alone names no entry)
_DETERMINED = re.compile(r"(?:the|that|this|my)\s", re.I)


def _entry_named_in_the_request(what: str) -> str | None:
    """`what` when it names an entry by its amount and a thing ("the 120 dinner")."""
    said = what.strip()
    if not _DETERMINED.match(said) or not re.search(r"\d", said):
        return None
    words = re.findall(r"[^\W\d_]{3,}", said.lower())[1:]
    things = [word for word in words if word not in MAJOR_CURRENCY_WORDS]
    return said if things else None


def _entry_named_first(match: re.Match[str]) -> str | None:
    """The words naming an entry before a request about "it": "That £10 to the RNLI, mark it
    as charity" (not a sentence telling a sale, then "Mark it as income")."""
    lead = match.group("lead") or ""
    if match.group("what") not in ("it", "that", "this") or not re.match(
        r"(?:the|that|this)\b", lead
    ):
        return None
    return lead


def _rule_recategorize(plain: str, has_amount: bool) -> Intent | None:
    match = RECAT.match(_CORRECTION_LEAD.sub("", plain))  # "wait put the chipotle under …"
    if match is None or SUPPORT.search(plain):
        return None
    if has_amount and not _entry_named_by_amount(match):
        return None  # "put 40 under groceries": an entry to write, not one to move
    said = ("cat1", "cat2", "cat3", "cat4", "cat5", "cat6", "cat7")
    target = next((match.group(name) for name in said if match.group(name)), "").strip()
    return Intent.RECATEGORIZE if target_category_code(target) else None


# A payment the person got: "got my student loan payment in 1,950", "uh I got my uh freelance
# payment from the agency" (not "got the bill payment reminder")
_PAYMENT_RECEIVED = re.compile(
    r"(?:(?:uh|um|so|ok|okay|finally|just)\s+)*(?:i\s+)?(?:(?:just|finally|uh|um)\s+)*"
    # ("got freelance payment 45k from the US client": a learner's article left out)
    r"(?:got|received|recieved|receive)\s+(?:(?:my|the|our|a)\s+)?(?:(?!bill\b)[\w'’-]+\s+){0,3}?"
    r"(?:payment|payout|pay|wages|stipend|paycheck|transfer)\b"
    r"(?!\s+(?:reminder|request|link|due|notice|slip|details|plan|schedule)\b)"
)


# A payment told done, by its kind: "did a pix of 150 to the diarista today", "made a bank
# transfer of 200 to my landlord" (never asked to be drafted)
_PAYMENT_DONE = re.compile(
    r"(?:i\s+|i'?ve\s+|i\s+have\s+)?(?:just\s+|already\s+)?(?:did|made|sent|done)\s+(?:a|an|the)\s+"
    + PAYMENT_OF_A_FIGURE,
    re.I,
)


def _rule_write(  # noqa: C901 - one rule per line reads best here
    request: str, plain: str, has_amount: bool, has_name: bool, terse: bool, amount_first: bool
) -> Intent | None:
    """Payments, transfers, expenses and income, said as commands or statements; `terse`
    when the words other than its date are few (`_is_terse_entry`)."""
    own_pot = INTO_OWN_POT.search(plain) or TOP_UP_OWN_POT.match(plain)
    if (_support_topic(plain) and not own_pot) or re.search(
        r"\b(?:how|why|when|where)\b", request[:12]
    ):
        return None  # a support topic, except money topped up into one's own wallet or pot
    if INNER_QUESTION.search(plain):
        return None
    core = _strip_wants(request)
    if has_amount and (
        _CAME_IN_FROM.match(core) or _INTO_MINE_FROM_SOMEONE.search(core) or _SENT_TO_ME.match(core)
    ):
        # "transfer came in from my brother 200", "1,420 went into my account from work": it
        # came in from someone, not moved between the person's own accounts
        return Intent.ADD_INCOME
    if _is_transfer(core, plain):
        return Intent.TRANSFER
    if has_amount and PAID_INTO_OWN_SAVINGS.match(core):
        return Intent.TRANSFER  # "pay 200 into my savings": no one else paid, no income
    if has_amount and re.match(r"(?:split|divide|share)\b", core) and SPLIT_WORDS.search(core):
        return (
            Intent.SPLIT_EXPENSE
        )  # "divide the restaurant bill of 96 between …": not a bill to pay
    if has_amount and PAY_ARRIVED.match(core):
        return Intent.ADD_INCOME  # "pay's landed, 2150": the word "pay" starts no payment here
    if has_amount and (_PAYMENT_RECEIVED.match(core) or _PAYMENT_RECEIVED.match(request)):
        return Intent.ADD_INCOME  # "got my freelance payment from the agency, 2,100": money in
    if has_amount and EXPENSE_CMD.match(core):
        # "add 250 for the electricity bill …"
        return _rule_log(core, plain, has_amount, terse, amount_first)
    if has_amount and _PREPARE_ASKED.match(core):
        return Intent.DRAFT_PAYMENT  # "prepare 5,200 to the roofer", "Prepare sending 300 to Mama"
    if PAY_APP.match(core) and has_amount:
        if _FROM_AN_APP.match(core):
            return Intent.ADD_INCOME  # "venmo from jake 25", "paypal payment from a buyer 45"
        if re.search(r"\b(?:paid|sent)\s+you\b|\bpayouts?\b", core):
            return Intent.ADD_INCOME  # "venmo: jake paid you $25.00", "paypal: etsy payout 312.67"
        if re.match(r"[\w-]+(?:['’]d|ed)\b", core):
            return Intent.ADD_EXPENSE  # "venmo'd maddie 20 for the pizza": already paid
        return Intent.DRAFT_PAYMENT  # "venmo lily 8 for boba"
    if re.match(r"(?:pay|send|give(?!\s+me\b)|wire|remit|settle|transfer|reimburse)\b", core) and (
        has_amount or has_name or (core.startswith("pay") and BILL.search(core))
    ):
        return Intent.DRAFT_PAYMENT
    if _person_to_pay(core):
        return Intent.DRAFT_PAYMENT  # "send money to my mum", "pay the plumber": how much is asked
    if has_amount and re.match(
        r"(?:i\s+|i'?ve\s+|i\s+have\s+)?(?:just\s+|already\s+)?sent\s+[$€£]?\d", core
    ):
        return Intent.ADD_EXPENSE  # "sent 100 to Anna": it left, no payment to draft
    if has_amount and _PAYMENT_DONE.match(core) and not _to_own(core):
        return Intent.ADD_EXPENSE  # "did a pix of 150 to the diarista today": done, not asked
    if has_amount and SCHEDULED_TO.match(core):
        return Intent.DRAFT_PAYMENT  # "set up rent, 1150 monthly to Ray White": a standing order
    if (
        (core != request or request != plain)
        and _A_PAYMENT_ASKED.match(core)
        and not moves_it(plain)  # "Could you put the phone bill under utilities instead?"
    ):
        return Intent.DRAFT_PAYMENT
    if (
        PAY.search(plain)
        and BILL.search(plain)
        and re.search(r"\bpay(?:ing)?\b", core)
        and not re.match(r"(?:i\s+)?(?:just\s+|already\s+)?(?:paid|have\s+paid)\b", plain)
        and not re.search(r"\b(?:i|we)\s+(?:was|were)\s+paying\b", plain)  # it happened
        and not EARNED_FIRST.match(plain)  # "sold my car for 38,000, the buyer pay all in cash"
        # "I pay mechanic 25,000 naira for my car, …" (not a habit: "I pay 60 … every month")
        and not (_LEARNERS_PAID.search(plain) and not _TOLD_I_PAY.match(plain))
        and not _ONLY_HOW_PAID.search(plain)
    ):
        return Intent.DRAFT_PAYMENT
    return _rule_log(request, plain, has_amount, terse, amount_first)


# "pay" said only of how the money was paid: "USD 25 for the domain name, pay by visa",
# "grocery 1tr350, pay by card" (not "pay the water bill 45 by card")
_ONLY_HOW_PAID = re.compile(
    r"\A(?!.*\bpay(?:ing)?\b(?!\s+(?:by|with|in|via|using)\b)).*\bpay(?:ing)?\s+(?:by|with|in|via|using)\s+"
    r"(?:my\s+|the\s+|a\s+)?(?:card|cash|visa|debit|credit|mastercard|amex|apple\s+pay|google\s+pay|"
    r"paypal|cheque|check)\b",
    re.I | re.S,
)


# A figure with its sign, the sign's country letters perhaps: "50", "$50", "R$ 1.250,00"
_A_FIGURE = r"(?:[a-z]{0,3}[$€£₹]\s?)?\d"
# What a learner paid, told in the present with its amount: "I pay mechanic 25,000 naira for
# my car", "My car need new battery, I pay 2,800 pesos in AutoZone"
_LEARNERS_PAID = re.compile(
    # ("I pay R$ 1.250,00 of rent today": a sign with its country's letters)
    r"(?:^|[,.;!]\s*)(?:i|we)\s+pay\s+(?:(?:the|my|a)\s+)?(?:[a-z]+\s+)?" + _A_FIGURE
)


# A payment told the way learners of English tell it: the present after a past day
# ("yesterday i pay the dentist 450"), or a payment "done" ("Today I have done payment of
# 4,200 for the tuition fees")
_PAID_AS_LEARNERS_SAY = re.compile(
    r"^\W*(?:yesterday|this\s+morning|last\s+(?:night|week|\w+day))[,\s]+(?:i|we)\s+pay\b|"
    # "I pay R$ 1.250,00 of rent today": the amount, then the day gone or going
    r"^\W*(?:i|we)\s+pay\s+" + _A_FIGURE + r"(?:[^.!?]|(?<=\d)\.(?=\d))*\b"
    r"(?:today|this\s+morning|yesterday|"
    r"last\s+(?:night|week|\w+day))\b|"
    r"\b(?:i|we)\s+(?:have\s+|had\s+)?(?:done|did|made)\s+(?:a\s+|the\s+)?payment\s+of\s+"
    r"(?:rs\.?\s*|₹\s*|[$€£]\s*)?\d"
)


# A payment asked to be prepared, money going to someone: "prepare 5,200 to Ramlal's Roofing",
# "Prepare sending 300 to Mama, I will confirm it later", "draft the tax payment to the IRS",
# "prepare R4 500 to Mrs Abrahams for her wages"
_PREPARE_ASKED = re.compile(
    r"(?:(?:prepare|draft)\s+|get\s+(?=(?:a|an|the)\s+(?:\S+\s+){0,4}?payment\s+ready\b))"
    r"(?:(?:[$€£]|r|rs\.?|₹|₦)?\s?\d|(?:sending|paying|transferring|wiring)\b|"
    # "draft a $2,340.00 estimated tax payment to the IRS", "get a payment ready to the council"
    r"(?:(?:a|an|the|that|my)\s+)?(?:[\w$€£.,-]+\s+){0,4}(?:payment|transfer|pix|upi|e-?transfer|"
    r"zelle|venmo|m-?pesa|gcash|paynow|remittance)\b)(?=.*\bto\s+\w)"
)


def _support_topic(plain: str) -> bool:
    """True when `plain` names a support topic, except one said after a ledger line that
    comes first ("Migros 47.35, Cumulus points 47": the line, then the points earned) or one
    told as money ("Booking finally refunded me 120 euros", "4 tix @ 62.50 each, they lost by
    20")."""
    cleaned = _without_surcharges(plain)  # (a fee priced with its figure: "… plus 18 in fees")
    topic = SUPPORT.search(cleaned)
    if topic is None:
        return False
    first_clause_end = plain.find(",")
    if 0 < first_clause_end < topic.start() and ledger_line_first(plain):
        return False
    return any(not _topic_told_as_money(cleaned, said) for said in SUPPORT.finditer(cleaned))


# A support word that tells money, not a matter for the bank: money refunded with its figure
# ("Booking finally refunded me 120 euros"), a game lost ("they lost by 20", "lost 2-1")
_REFUND_TOLD = re.compile(
    r"\brefunded\s+(?:me\s+|us\s+)?(?:the\s+)?(?:[^\W\d]+\s+){0,4}?(?:[$€£¥₹]|r\$)?\s?\d|"
    r"\b(?:got|received|gave\s+me)\s+(?:a\s+|the\s+|my\s+)?refund\s+(?:of\s+)?(?:[$€£¥₹]|r\$)?\s?\d",
    re.I,
)
# A refund said but not seen: "Amazon claim they've refunded £34.99 but I can't see it
# anywhere yet", "… still not in my account?"
_REFUND_DOUBTED = re.compile(
    r"\?|\b(?:claims?|supposedly|apparently|still|yet|waiting|can['’]?t\s+see|cannot\s+see|not\s+(?:in|there|showing))\b",
    re.I,
)
_GAME_LOST = re.compile(
    # (the team lost, never "my card was lost")
    r"\b(?!(?:was|is|has|gets|goes|its)\b)(?:they|we|he|she|[a-z]+s)\s+lost(?:\s+(?:by\s+\d+|\d+\s*[-–:]\s*\d+|the\s+(?:game|match|final)|again|"
    r"on\s+penalties))?\b(?!\s+(?:my|our|the|a|his|her|their)\s+(?:\w+\s+)?(?:card|wallet|purse|phone|"
    r"money|cash|pin|passport))",
    re.I,
)


def _topic_told_as_money(text: str, topic: re.Match[str]) -> bool:
    """True when the support word `topic` tells money received, or a game, rather than a
    matter for the bank (`_REFUND_TOLD`, `_GAME_LOST`)."""
    word = topic.group(0).lower()
    if word.startswith("refund"):
        said = _REFUND_TOLD.search(text)
        return (
            said is not None
            and said.start() <= topic.start() < said.end()
            and not _REFUND_DOUBTED.search(text)
        )
    if word == "lost":
        return any(game.start() <= topic.start() < game.end() for game in _GAME_LOST.finditer(text))
    return False


def _strip_wants(request: str) -> str:
    """ "i need to make a transfer" -> "transfer": remove wishes and helpers, repeatedly."""
    core, previous = request, ""
    while core != previous:
        previous, core = core, WANT.sub("", core)
    return core


# Money in through an app, its sender named: "venmo from jake 25", "cash app from mike 20"
_FROM_AN_APP = re.compile(
    rf"(?:{PAY_APP_NAME}|[\w-]+)(?:\s+(?:payment|transfer|deposit))?\s+(?:in\s+)?from\b"
)
# Money sent to the person, said with the app or the word of a transfer: "mum transferred 100
# to me", "got 15 on venmo from jake", "transfer received 500"
_SENT_TO_ME = re.compile(
    r"(?!i\b|we\b)(?:my\s+|our\s+|the\s+)?[\w'’]+\s+(?:just\s+|finally\s+)?(?:paid|sent|transferred|"
    r"wired)\s+[$€£]?\d[\d.,]*k?\s*(?:[a-z]{1,6}\s+)?to\s+me\b|"
    r"(?:(?:i\s+)?(?:got|received)\s+)?[$€£]?\d[\d.,]*k?\s*(?:[a-z]{1,6}\s+)?(?:on|via|through|by)\s+"
    + PAY_APP_NAME
    + r"\s+from\b|"
    r"(?:the\s+)?(?:bank\s+)?(?:transfer|payment|deposit|e-?transfer)\s+(?:has\s+been\s+|was\s+)?received\b"
)


# A price paid with a payment app: "paid 30 on revolut for dinner", "paid 20 via paypal"
_PAID_WITH_AN_APP = re.compile(
    r"^\W*(?:(?:i|we)\s+)?(?:just\s+)?paid\s+[$€£]?\d[\d.,]*\s*(?:[a-z]{1,6}\s+)?(?:on|with|via|using|"
    r"through|by)\s+(?:my\s+)?" + PAY_APP_NAME + r"\b(?!\s+(?:account\s+)?(?:from|balance)\b)",
    re.I,
)


def _is_transfer(core: str, plain: str) -> bool:
    """Moving money between the person's own accounts, said as a command or a wish
    (paying off one's own card is one too)."""
    if _PAID_WITH_AN_APP.match(plain):
        return False  # "paid 30 on revolut for dinner": the app paid with, no money moved home
    if PAY_OFF_OWN_CARD.match(core) or INTO_OWN_POT.search(core) or TOP_UP_OWN_POT.match(core):
        return True
    if MOVED.match(core):
        return bool(BETWEEN_ACCOUNTS.search(plain))
    if re.match(r"(?:transferr?ed|moved|sent)\b", core) or re.match(
        r"(?:i|i'?ve|i\s+have|we'?ve)\s+(?:just\s+|already\s+)?(?:transferr?ed|moved|sent)", plain
    ):
        # "sent 500 to my other account": moved between the person's own; "sent 100 to
        # Anna" left them
        return bool(BETWEEN_ACCOUNTS.search(plain)) and _to_own(core)
    if _E_TRANSFER_TO_SOMEONE.match(core):
        return False  # "etransfer jake 40 for the jersey": a payment to Jake
    verb_first = TRANSFER_VERB.match(core)
    if not (verb_first or re.search(r"\btransfer\b", core)):
        return False
    if verb_first and _between_own_named(core):
        return True  # "transfer RM500 from Maybank to my ASB": both places the person's
    if not (BETWEEN_ACCOUNTS.search(plain) or (verb_first and "transfer" in core)):
        return False
    return _to_own(core)


# Someone named right after "transfer" or "e-transfer", then the amount: "etransfer jake 40 for
# the jersey", "transfer landlord 2,150 rent" (a payment to them, not between one's accounts)
_E_TRANSFER_TO_SOMEONE = re.compile(
    r"(?:e-?)?transfer\s+(?!(?:to|from|of|a|an|my|the|our|it|that|this|all|some|money|funds|cash|"
    + "|".join(sorted(COMMON_CODES))  # ("transfer CHF 3'000.– to Säule 3a": a currency's code)
    + r"|rs|rm|kr|"
    + OWN_ACCOUNT_WORD
    + r")\b)[a-z]+\s+[$€£]?\d"
)
# "from Maybank to my ASB", "from the Revolut account into my Wise": one named place to another
_FROM_ONE_TO_MY = re.compile(
    r"\bfrom\s+(?:my\s+|the\s+|our\s+)?(?P<source>[\w-]+)(?:\s+(?:account|acct|card))?\s+"
    r"(?:to|into)\s+my\s+(?P<target>[\w-]+)"
)


_PEOPLE = PERSON_WORDS  # words for a person, never an account's name
# A payment asked to someone named by a word for a person, no amount yet: "send money to
# mum", "pay back my brother", "send my sister some money", "pay the plumber"
_SOMEONE_TO_PAY = re.compile(
    r"(?:pay|send|transfer|wire)\s+(?:back\s+)?(?:(?:some\s+)?money\s+)?(?:to\s+)?(?:my\s+|the\s+|our\s+)?"
    r"(?P<who>[a-z][\w'’-]*)(?:\s+(?:some\s+)?money)?(?:\s+back)?\s*[.!]*$"
)


def _person_to_pay(core: str) -> bool:
    """True for a payment asked to someone a word for a person names, no amount said yet."""
    asked = _SOMEONE_TO_PAY.match(core)
    return asked is not None and asked.group("who") in _PEOPLE


def _between_own_named(core: str) -> bool:
    """True for money moved from one named place to another of the person's ("transfer 500
    from Maybank to my ASB"), neither end a person ("to my mum", "to my landlord")."""
    moved = _FROM_ONE_TO_MY.search(core)
    if moved is None:
        return False
    return moved.group("source") not in _PEOPLE and moved.group("target") not in _PEOPLE


def moved_to_own(text: str) -> bool:
    """True unless `text` sends the money "to" someone or something not the person's own
    ("e-transferred it to the club")."""
    return _to_own(text.lower())


# The person's own places for money, named: "savings", "the joint account", "my ISA", "the
# pension pot", "livret", a bank or an app of theirs
OWN_MONEY_PLACE_WORDS = (
    r"(?:(?:savings?|checking|current|account|accounts|acc|acct|bank|card|"
    r"personal|business|joint|isa|tfsa|rrsp|pension|pot|jar|fund|wallet|fd|rd|ppf|"
    r"(?:fixed|term)\s+deposit|investments?|brokerage|livret)\b|" + OWN_MONEY_PLACES + r"\b)"
)


def _to_own(core: str) -> bool:
    """True unless the money goes "to" someone or something not the person's own."""
    if re.search(r"\bto\s+(?:my\s+|our\s+)?[a-z]+['’]s\s+(?:\w+\s+)?(?:account|acct|card)\b", core):
        return False  # "sent 300 to my wife's account": someone else's, not the person's own
    own = r"(?:(?:other|another|one)\b|" + OWN_MONEY_PLACE_WORDS + r")"
    # ("to the high-yield savings": a joined word among those before the place; "to the
    # kids' RESP": a plural's own)
    return not re.search(
        r"\bto\s+(?!(?:my\s+|the\s+)?(?:[\w-]+['’]?\s+){0,3}" + own + r")[a-z]", core
    )


# A new thing said with the shop it came from: a purchase told without a verb
_NEW_THING_FROM = re.compile(
    r"^(?:a\s+|some\s+|my\s+)?new\s+(?:[a-z'-]+\s+){1,3}?(?:from|at|off)\s+\S"
)
# A clause that starts by saying it was bought: "spent 40 …", "… but I got a 40 takeaway"
_CLAUSE_SAYS_BOUGHT = re.compile(
    r"(?:^|[,;.!?]\s*|\b(?:but|and|so|then)\s+)(?:i\s+)?(?:just\s+|finally\s+|already\s+|also\s+)?"
    r"(?:have\s+)?(?:spent|bought|purchased|paid|grabbed|got)\b"
)


# A payment named by the way it came, then who it came from: "transfer in 250 from dad",
# "wire from Acme 3,500 for the project" (never "transfer 250 from savings": one's own move)
_NOT_OWN = r"(?!(?:my\s+|the\s+|our\s+)?" + OWN_ACCOUNT_WORD + r"\b)"
_CAME_IN_FROM = re.compile(
    r"(?:an?\s+|the\s+)?(?:bank\s+|incoming\s+)?(?:transfer|wire|payment|remittance|e-?transfer)\s+"
    r"(?:(?:came|come|has\s+come|arrived)\s+(?:in\s+)?)?"
    r"(?:in\s+(?:[$€£]?\d[\d.,]*k?\s+)?)?from\s+" + _NOT_OWN
)
# Money said to have gone into the person's account from someone: "1,420 went into my
# account today from work", "got 300 into my account from mum"
_INTO_MINE_FROM_SOMEONE = re.compile(
    r"\b(?:went|came|got|landed|arrived)\s+in(?:to)?\s+(?:my|our)\s+(?:[\w-]+\s+)?"
    r"(?:account|acct|bank)\b[^,.;!?]*?\bfrom\s+" + _NOT_OWN
)
# Someone's share of a bill received: "received 3,200 from Rohan for his share of goa trip",
# "got 40 from Mia for her half of the tickets"
_THEIR_SHARE_RECEIVED = re.compile(
    r"^(?:i\s+)?(?:just\s+|finally\s+)?(?:received|got)\s+(?:[^,.;!?]|(?<=\d)[.,](?=\d)){0,25}?"
    r"\bfrom\s+[a-z]+(?:\s+[a-z]+)?\s+"
    r"for\s+(?:his|her|their)\s+(?:share|half|part|third|cut)\b|"
    # "kayla venmo'd me 460 for her share of the airbnb": sent by the app they paid with
    r"^[a-z]+\s+(?:just\s+|finally\s+)?(?:sent|paid|gave|venmo['’]?e?d|zelle['’]?d|paypal['’]?e?d|"
    r"cash\s?app['’]?e?d|(?:e-?)?transferred|wired)\s+me\s+(?:back\s+)?[$€£₹]?\d[\d.,]*k?\s*"
    r"(?:[a-z]{1,6}\s+)?for\s+(?:his|her|their)\s+(?:share|half|part|third|cut)\b"
)
# A bill said first, then someone's share of it owed: "taxi 40, Mia owes me 20", "dinner was
# 120, Kate and Lee each owe me 40" (not "Tom owes me 20" alone: a debt)
_SHARE_OWED_AFTER_A_LINE = re.compile(
    r"^[^,.;!?]*\d[^,.;!?]*[,;.]\s*(?:and\s+)?[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?\s+(?:each\s+)?"
    r"owes?\s+(?:me|us)\s+(?:back\s+)?(?:half|[$€£]?\d)"
)


# The invoice of someone the person pays for a service: "dentist invoice 240.50 paid today",
# "the plumber's invoice, paid 180" (never the person's own invoice, paid to them)
_PROVIDERS_INVOICE = re.compile(
    r"\b(?:"
    + "|".join(sorted(PAID_PEOPLE - {"tenant", "lodger"}))
    + r"|vet|garage|mechanic|electrician|hospital|clinic|physio|optician|school|hotel|"
    r"surgery|pharmacy|lawyers?|notary|architect)(?:['’]s)?\s+(?:final\s+)?(?:invoice|bill)\b"
)


def _rule_log(
    request: str, plain: str, has_amount: bool, terse: bool, amount_first: bool
) -> Intent | None:
    if has_amount and (PAID_BY_OTHERS.search(plain) or PAID_FOR_THE_PERSONS_WORK.search(plain)):
        # "my client has paid 450", "my roommate paid her share 600", "Freelance design job,
        # they paid USD 200 to my Payoneer"
        return Intent.ADD_INCOME
    if has_amount and GOT_PAID_FIRST.match(plain):
        return Intent.ADD_INCOME  # "got paid 800 for the photos, the deposit was paid in june"
    if has_amount and (SENT_BY_FAMILY.search(plain) or PAY_ARRIVED.search(plain)):
        return Intent.ADD_INCOME  # "mum sent 50 for the food shop", "my pay came in, 2400"
    if has_amount and (SHARE_RECEIVED.search(plain) or _THEIR_SHARE_RECEIVED.match(plain)):
        # "we won the pub quiz and my share was fifty", "received 3,200 from Rohan for his
        # share of goa trip": money that came in, no bill to split
        return Intent.ADD_INCOME
    if has_amount and own_share_paid(plain):
        return Intent.ADD_EXPENSE  # "my share was R245, paid on card": the person's part only
    if has_amount and _SHARE_OWED_AFTER_A_LINE.match(plain):
        return Intent.SPLIT_EXPENSE  # "taxi 40, Mia owes me 20": the bill, then her share
    if has_amount and SPLIT_WORDS.search(plain) and not INNER_QUESTION.search(plain):
        return Intent.SPLIT_EXPENSE  # "we share the petrol 60", "dinner 90, we divide it"
    if has_amount and PAID_AN_AMOUNT.match(plain):
        return Intent.ADD_EXPENSE  # "I paid 40 for babysitting": whatever the words after it
    if has_amount and EARNED_FIRST.search(plain):
        return Intent.ADD_INCOME  # "made 45 babysitting", "received 150 for the shoot"
    if (
        has_amount
        and INCOME_SOURCE.search(plain)
        and EARNED.search(plain)
        and not _PROVIDERS_INVOICE.search(plain)
    ):
        return Intent.ADD_INCOME  # "got 300 for the logo job", "part time job paid 380"
    spent = re.search(  # "I spent", "paid the plumber" (not "I was paid", "got paid")
        r"\b(?:spent|bought|(?<!got\s)(?<!get\s)(?<!gets\s)(?<!was\s)(?<!were\s)(?<!been\s)(?<!claim\s)paid\s+(?!me\b|myself\b))\b|"
        r"^(?:i\s+)?" + GAVE_AN_AMOUNT,  # "Gave 2100 shagun in cousin's marriage": given
        plain,
    )
    if INCOME.search(plain) and (has_amount or EXPENSE_CMD.match(request)) and not spent:
        return Intent.ADD_INCOME
    if has_amount and _PAID_BACK_TO_ME.search(plain) and not GAVE_BACK.search(plain):
        return Intent.ADD_REFUND  # "Allianz gave back 120 € because I paid the insurance double"
    if has_amount and _NEW_THING_FROM.match(plain):
        return Intent.ADD_EXPENSE  # "new glasses from Specsavers today, 149 with the lenses"
    if _CLAUSE_SAYS_BOUGHT.search(plain) or (EXPENSE_PAST.search(plain) and has_amount):
        return Intent.ADD_EXPENSE
    if EXPENSE_CMD.match(request) and (has_amount or re.search(r"\bexpense\b", request)):
        return Intent.ADD_EXPENSE
    if has_amount and _AMOUNT_BACK.search(plain) and not GAVE_BACK.search(plain):
        return Intent.ADD_REFUND  # "price match on the kettle, £12 back. Add that"
    moved = _is_transfer(_strip_wants(request), plain) or INTO_OWN_POT.search(plain)
    if moved and not SUPPORT.search(plain):
        return Intent.TRANSFER  # "moved 75 to savings, please log it": a move asked to be written
    if has_amount and (
        asked_to_write(plain)  # (never a write refused: "don't stick it under food")
        or re.search(
            r"\b(?:set|mark|make)\s+(?:it\s+)?(?:as\s+)?recurring\b", plain
        )  # "…, set recurring"
    ):
        return Intent.ADD_EXPENSE  # "council tax is 168 a month, add it as recurring"
    if has_amount and _PAID_AS_LEARNERS_SAY.search(plain):
        # "yesterday i pay the dentist 450", "I have done payment of 4,200"
        return Intent.ADD_EXPENSE
    if amount_first:
        return Intent.ADD_EXPENSE  # "R1 850 at Builders Warehouse for copper pipe and fittings"
    if terse:
        return Intent.ADD_EXPENSE  # "climbing gym 49/month", "kebab 6,50 yesterday"
    return None


# Someone, not the person, gave money back: "Allianz gave back 120 €", "the shop paid me back
# the 15" (not "I gave Sam 20 back": `GAVE_BACK`), or "got my money back from Zalando 45,90"
_PAID_BACK_TO_ME = re.compile(
    r"(?<!\bi\s)(?<!\bwe\s)\b(?:gave|gives|paid|pays|sent|returned)\s+(?:me\s+|us\s+)?back\s+"
    r"(?:the\s+|my\s+)?[$€£]?\d|"
    r"\bgot\s+(?:my|the|our)\s+money\s*back\b|"
    # the money said right after "got back" ("i got back twelve euros from the parking
    # machine"; not "got back home at 5", "got back from the shops")
    r"\b(?:i|we)\s+(?:just\s+|finally\s+|also\s+)?got\s+back\s+(?:the\s+|my\s+)?"
    r"(?:[$€£¥₹]?\d|(?:" + "|".join(sorted(NUMBER_WORDS)) + r")\b)"
)
# An amount said to have come back: "£12 back", "30 quid back" (not "paid her back 15")
_AMOUNT_BACK = re.compile(
    r"(?<!\bpaid\s)(?<!\bgave\s)[$€£]?\d[\d.,]*\s*(?:[$€£]|euros?|dollars?|pounds?|quid|bucks)?\s+back\b"
    # (not "move 80 back to checking": moved home to one's own account)
    r"(?!\s+(?:in)?to\s+(?:my\s+|our\s+|the\s+)?" + OWN_ACCOUNT_WORD + r"\b)"
)
# Words that make a category asked to be seen the person's own entries, not a search
_OWN_OR_WHEN = re.compile(r"\b(?:my|our|last|this|past|yesterday|today)\b")


# How often an entry repeats is no word of its own: "band instrument rental for Ava, 34.50 a month"
_HOW_OFTEN = re.compile(
    r"\b(?:a|per|every|each)\s+(?:month|week|year|fortnight)\b|\b(?:monthly|weekly|yearly|annually)\b",
    re.I,
)


_MY_SUBSCRIPTIONS = re.compile(
    r"\b(?:my|our|all\s+(?:my|the|our))\s+(?:subs|subscriptions|recurring\s+(?:charges|payments|bills))\b"
)
_BACK_ON_THE_CARD = re.compile(
    # "I returned it yesterday and got the thirty five pound back": a return, its money back
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:returned|took\s+(?:it|them)\s+back)\b(?:[^.!?](?!\bnot\b|n't\b))*?"
    r"\bgot\s+(?:the\s+|my\s+|our\s+)?(?:\S+\s+){1,5}?back\b|"
    # "they give me back half of the ticket", "the shop gave us the money back"
    r"\b(?:they|it|the\s+(?:shop|store|company|airline|bank|restaurant|hotel))\s+"
    r"(?:give|gave|gives|refund|refunds)\s+(?:me|us)\s+"
    r"(?:back\b|(?:the|my|our)\s+money\s+back\b)|"
    r"\bback\s+(?:on|to|into)\s+(?:my|the|our)\s+(?:\w+\s+)?(?:card|account|visa|amex|"
    r"mastercard|debit|credit)\b|"
    # "the failed POS debit of 15,000 has been reversed"
    r"\b(?:has|have|was|were|got|been)\s+(?:been\s+)?reversed\b|"
    # "Amazon reversed the 35.99 for the kettle", "the bank reversed the fee" (not "I reversed")
    r"(?<!\bi\s)(?<!\bwe\s)\breversed\s+(?:the|my|our|that|a)\s+(?:[$€£₦₹]?\s?\d|(?:\w+\s+)?"
    r"(?:charge|payment|transaction|fee|debit))"
)


def _is_terse_entry(plain: str, unpriced: str, spoken_last: bool = False) -> bool:
    """A few words around an amount (`unpriced` is `plain` without its amounts), none of
    them a question, a command or a money word that would make it something else (income,
    refund, split, payment, budget, a list); `spoken_last` when the line ends with a price
    said in several words, as a ledger line read out does."""
    words = re.findall(r"[^\W\d_]+", _HOW_OFTEN.sub(" ", unpriced))
    few = (
        len(words) <= _TERSE_WORDS
        or (spoken_last and len(words) <= _LEDGER_LINE_WORDS)
        or (len(words) <= _LEDGER_LINE_WORDS and _PRICE_UP_FRONT.match(plain) is not None)
        or (len(words) <= _LONG_LEDGER_LINE_WORDS and _MONEY_TO_THE_CENT.search(plain) is not None)
    )  # "chadwicks 212.60 copper fittings on the trade account": a ledger line, noted
    return few and not NOT_TERSE.search(plain)


def told_not_asked(text: str) -> bool:
    """True for a sentence that tells, asks nothing and asks to see nothing ("thinking about
    spending around 800 on a new phone next month")."""
    return "?" not in text and not QUESTION_START.match(text) and not asks_to_see(text)


# Kinds of entries a listing names: "list the refunds I got this year"
_KINDS_LISTED = re.compile(r"\b(?:refunds|transfers|incomes?|deposits|withdrawals|expenses)\b")


# A breakdown asked in a few words: "food breakdown", "breakdown of my spending by shop",
# "my spending broken down by category" (not a car's breakdown nor a nervous one)
_BREAKDOWN_ASKED = re.compile(
    r"^(?!.*\b(?:car|van|bike|boiler|engine|nervous|mental|emotional)\b)"
    r"(?!(?:\S+\s+){10})"  # a few words: "my accountant wants a breakdown of Q2 …" is a story
    r"(?:(?:show|give|get)\s+(?:me\s+)?)?(?:(?:a|the|my)\s+)?"
    r"(?:(?!(?:wants?|needs?|asked|asks|is|was|would|had|has|have)\b)[a-z&'-]+\s+){0,2}"
    r"(?:breakdown|break-down|broken\s+down\s+by)\b",
)


# Spending judged or resolved, told and not asked: "i spend wayyy too much on greggs", "this
# week i need to spend less", "Today I have no spending", "no money spent"
_SPENDING_JUDGED = re.compile(
    r"\b(?:spend|spends|spending|spent)\s+(?:way+\s+|far\s+|really\s+|so\s+)?(?:too\s+much|too\s+little|"
    r"less|so\s+much|nothing|zero)\b|\bno\s+(?:money\s+)?spen(?:ding|t)\b|\bnot\s+spend\b"
)
# Asking to know all the same: "I want to know if I spent too much on coffee" (not "I don't
# know what to do")
_TO_KNOW = re.compile(
    r"(?<!n't\s)(?<!not\s)(?<!dont\s)\b(?:know|see|check|show|tell\s+me|find\s+out|how\s+much)\b|"
    r"\bwhat(?:['’]?s|\s+is|\s+was)\s+(?:the|my)\s+total\b|\bwhats\s+(?:the|my)\s+total\b"
)


def spending_judged(plain: str) -> bool:
    """True for spending judged or resolved in a sentence that asks nothing ("i think i
    spend way too much on greggs", "this week i need to spend less"): talk, no total asked."""
    return (
        told_not_asked(plain)
        and _SPENDING_JUDGED.search(plain) is not None
        and _TO_KNOW.search(plain) is None
    )


def _rule_query(plain: str) -> Intent:
    if (asked_last := _asked_to_see_last(plain)) is not None:
        return _rule_query(asked_last)  # "Wow, food is so high. Show me just the food ones"
    if told_not_asked(plain) and (PLAN_OR_WISH.search(plain) or PRICE_SEEN.search(plain)):
        return Intent.OTHER  # "thinking about spending around 800 on a new phone next month"
    if SOMEONE_ELSES.match(plain):
        return Intent.OTHER  # "my brother spent 3 grand on a watch, can you believe that?"
    if _MY_SUBSCRIPTIONS.search(plain):
        return Intent.QUERY_SUBSCRIPTIONS  # "how much do my subs add up to"
    if STATEMENT.match(plain) and not QUESTION_START.match(plain):
        return Intent.OTHER  # "my mum always says I spend too much on coffee haha"
    if spending_judged(plain):
        return Intent.OTHER  # "i think i spend wayyy too much on greggs lmao", "… spend less"
    if BILL.search(plain) and BILL_CHANGED.search(plain) and QUESTION_START.match(plain):
        return Intent.QUERY_SPENDING  # "did my electric go up last month"
    if (
        MARKET_PRICE.search(plain)
        or BUDGETING_ADVICE.search(plain)
        or SPENDING_NORM.search(plain)
        or CONVERSION_ASKED.search(plain)
    ):
        return Intent.OTHER  # "gold price today how much?", "100k VND = how much USD?"
    if OPINION_ASKED.search(plain) and (
        PLAN_OR_WISH.search(plain) or re.search(r"\bsh(?:ould|ud|d)\s+i\b", plain)
    ):
        return Intent.OTHER  # "I might spend 200 on a jacket, what do you think?", "should I …"
    if asks_to_see(plain) and _KINDS_LISTED.search(plain):
        return Intent.SHOW_TRANSACTIONS  # "list the refunds I got this year": entries to see
    if (SUPPORT.search(plain) or SUPPORT_WEAK.search(plain)) and not re.search(
        r"\b(?:spen[dt]|transactions?)\b", plain
    ):
        return Intent.OTHER
    if TRANSACTIONS.search(plain) and not re.search(r"\bhow\s+much\b", plain):
        return Intent.SHOW_TRANSACTIONS
    if SPENDING.search(plain) or re.search(
        r"\bwhat\s+did\s+(?:i|we)\s+(?:spend|buy|pay)\b|"
        r"\bwhat\s+(?:i|we)\s+(?:spent|bought|paid)\s+(?:for|on|at|in)\b",
        plain,
    ):  # "what did I buy …", "can you tell me what I paid for insurance"
        return Intent.QUERY_SPENDING
    if BALANCE.search(plain):
        return Intent.BALANCE
    if TRANSACTIONS.search(plain) or re.search(r"\b(?:last|latest|recent)\s+\d+\b", plain):
        return Intent.SHOW_TRANSACTIONS
    if (
        asks_to_see(plain)
        and (_OWN_OR_WHEN.search(plain) or _THE_KIND_ONES.search(plain))
        and find_category(plain) is not None
    ):  # "pull up last week's fuel stops", "show my coffee", "okay list the dining ones"
        return Intent.SHOW_TRANSACTIONS
    return Intent.OTHER
