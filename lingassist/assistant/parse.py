"""`parse`: text -> `ParsedCommand`, by deterministic rules; nothing is guessed."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from lingassist.assistant.arithmetic import clearly_money
from lingassist.assistant.categories import (
    category_code,
    find_category,
    is_brand,
    target_category_code,
)
from lingassist.assistant.context import (
    JUDGED_TOO,
    ConversationContext,
    about_another_name,
    added_to,
    adds_money,
    another_account_asked,
    another_entry,
    another_shop_asked,
    answer_said_back,
    awaited_refund_arrived,
    bought_more,
    broken_down,
    budget_asked_after,
    corrects_nothing,
    counted_again,
    counted_again_with,
    day_beside,
    dropped_out,
    follow_up,
    in_another_currency,
    is_follow_up,
    joined_by_more,
    listed_after,
    money_back_after_shopping,
    money_back_arrived,
    month_asked,
    moved_there,
    names_the_same_bill,
    only_money_off,
    only_some_shared,
    payee_named,
    payee_named_alone,
    period_before,
    price_judged_again,
    priced_each_after,
    recategorized,
    settled_already,
    shared_after_all,
    shared_the_same_way,
    shop_corrected,
    spent_elsewhere,
    starts_another_entry,
    subscriptions_costed,
    taken_off,
    takes_money_off,
    tip_taken_back,
    total_of_it,
    way_back_too,
)
from lingassist.assistant.date_words import WEEKDAYS
from lingassist.assistant.dates import HOUR_WORD, DateHit
from lingassist.assistant.entities import (
    find_account,
    find_accounts_pair,
    find_memo,
    match_known,
    merchant_after_cue,
    merchant_by_noun,
    phrase_after,
)
from lingassist.assistant.intent_choice import closest_intent, decide_intent
from lingassist.assistant.intent_words import (
    CASH_ACCOUNT,
    CASH_DEPOSIT,
    CASH_WITHDRAWAL,
    DECLINED,
    DO_IT_ASKED,
    FEE_LINE,
    INCOME_QUESTION,
    MIC_CHECK,
    MONEY_BACK_LATER,
    NUMBER_WORD,
    PART_COMING_BACK,
    PART_OF_WHAT_WAS_SAID,
    PAYMENT_PREPARED,
    PRICE_ASKED_VERB,
    RECAT,
    SELF_CORRECTION,
    SENTENCE_END,
    SERVICE_AFTER_CANCEL,
    STILL_TO_PAY,
    THRESHOLD_ASKED,
)
from lingassist.assistant.intents import classify
from lingassist.assistant.kinds import fill_kind
from lingassist.assistant.langs import language_pack
from lingassist.assistant.languages import ENGLISH, language_of
from lingassist.assistant.lexicon import (
    MAJOR_CURRENCY_WORDS,
    MEASURE_UNITS,
    MINOR_CURRENCY_WORDS,
    NOT_WORDS,
    NUMBERED_PLACES,
    PARTS_OF_A_COURSE,
    PERSON_WORDS,
    SMALL_COUNTS,
    TAXES_ON_TOP,
    TIP_WORDS,
)
from lingassist.assistant.money_rules import CENT, Amount
from lingassist.assistant.numbers import FOR_BEFORE
from lingassist.assistant.own_words import in_own_words, unless_vetoed
from lingassist.assistant.recurrence import find_recurrence
from lingassist.assistant.sharing import find_split_ways, find_split_with, names_only
from lingassist.assistant.slots import (
    CORRECTING_NO_BEFORE,
    Found,
    answering_no_before,
    find_slots,
)
from lingassist.assistant.spoken import (
    cents_may_be_meant,
    digit_and_tens_readings,
    said_magnitude,
)
from lingassist.assistant.terse import terse_name
from lingassist.assistant.types import ENTRY_INTENTS, Intent, ParsedCommand, Span
from lingassist.assistant.typos import (
    COMMAND_VOCABULARY,
    TypoView,
    typo_view,
    with_zeros_for_os,
    without_cents_dashes,
)
from lingassist.categorize.normalize import normalize as normalize_description
from lingassist.categorize.taxonomy import filing_code
from lingassist.core.category_groups import write_category
from lingassist.core.periods import Period

MAX_PARSE_CHARS = 1_000
INCOME_GROUP = "INCOME"  # the Plaid PFC v2 primary code of money received
# "18, not 80", "instead of 80", "rather than 80": the amount after these is not the one
# (and "haggled me down from 220", "reduced from 80": the price before)
_NEGATED_BEFORE = re.compile(
    # (the "not" of French, German and Vietnamese too: "Coop 31.20, pas 13.20")
    r"(?<![^\W\d_])(?:"
    + NOT_WORDS
    + r"|instead\s+of|rather\s+than|(?:down|reduced|marked\s+down|discounted|went|gone|up|"
    r"rose|increased|jumped)\s+from)\s+(?:[$€£]\s*)?\Z",
    re.I,
)
# "phase two", "gate 12", "table 4": a number that names a thing, not a price (the slots
# drop places already; these words also name things that are bought)
_NUMBERED_THING = re.compile(
    r"\b(?:" + NUMBERED_PLACES + r"|part|round|table|unit|week|season|size|bus|tram|line|model|"
    r"item|order|ref|po|no\.?|nr\.?|number|invoice|"
    # a parcel's, a booking's or a card's number: "parcel 12.50, tracking 55821"
    r"tracking|reference|confirmation|ending|"
    # a cinema's screen, a ship's cabin: "cinema 24, screen 5" (alone, "new screen 89" is
    # still paid: a sentence's only amount is kept whatever names it)
    r"screen|aisle|hall|cabin|deck)\s*#?\s*\Z|#\s*\Z",  # "size 42", "order #40912"
    re.I,
)
_PHRASE_ENDS = re.compile(
    r"\s*(?:[.,;!?)]|\Z|(?:and|but|at|on|in|yesterday|today|last|was|were|is|came|cost|costs?)\b)",
    re.I,
)
# "two coffees 7 total", "38 all in", "in total 52": the amount said to be the whole
_TOTAL_AFTER = re.compile(
    r"\s*(?:in\s+)?(?:total|altogether|all\s+in|all\s+up|all\s+told|all\s+together|exactly|precisely|with\s+(?:the\s+)?tip|"
    r"incl(?:uding|\.)?\s+(?:the\s+)?tip)\b",  # "the haircut was 28, 30 with tip"
    re.I,
)
_TOTAL_BEFORE = re.compile(
    # ("…, together 4,48": what the things said came to)
    r"\b(?:total(?:\s+of)?|in\s+total|altogether|(?:all\s+)?together)\s*[:=]?\s*\Z|"
    # "total was 3.50", "total I pay 24", "the total came to 61": the total said as a sentence
    r"\btotal\s+(?:(?:i|we)\s+)?(?:was|is|came\s+to|comes\s+to|paid|pay|spent)\s*[:=]?\s*"
    r"(?:[$€£]\s*)?\Z|"
    # "total w/ tax 139.51", "total with taxes 13,20 $": the total with what it includes
    r"\btotal\s+(?:w/?|with|incl(?:uding|\.)?|inc\.?)\s*(?:the\s+)?(?:tax(?:es)?|vat|gst|hst|tip|shipping|delivery)"
    r"\s*(?:was|is|came\s+to|of)?\s*[:=]?\s*(?:[$€£]\s*)?\Z|"
    # "45.6L @ 1.799 = 82.03": the result written after an equals sign (not a rate of
    # exchange: "1 USD = 17.2 MXN")
    r"(?:^|(?<!\b1\s[A-Z]{3})(?<!\b1[A-Z]{3})\s)=\s*(?:[$€£]\s*)?\Z|"
    # "35 but I had 5 credit so it was 30", "so it came to 47.85": what it was in the end
    r"\bso\s+(?:it\s+was|it\s+came\s+to|that\s+was|the\s+total\s+was)\s+(?:[$€£]\s*)?\Z|"
    # "… i had a $10 gift card so really $76.43": what it really came to
    r"\bso\s+(?:really|actually|effectively|in\s+fact|in\s+the\s+end)\s+(?:[$€£]\s*)?\Z|"
    # "the coat was 120 but 25% off so I paid 90": what was paid in the end
    r"\b(?:so|and\s+so|in\s+the\s+end|finally)\s+(?:i\s+|we\s+)?(?:only\s+)?paid\s+(?:[$€£]\s*)?\Z|"
    # "…, spent 5 on the cards, log the 75", "but it was 21.75 in the end": the one to write
    r"\b(?:log|record|put|enter|note|add)\s+(?:down\s+)?(?:the\s+)?(?:[$€£]\s*)?\Z|"
    r"\bbut\s+(?:it\s+)?was\s+(?:[$€£]\s*)?\Z",
    re.I,
)
# "tip 3, so 23", "…, that's 45", "which makes 45": the sum said after its parts (it is
# the total only when it ends the message and no part is larger)
_SUM_SAID = re.compile(
    r"[,;]?\s+(?:so\s+(?:that'?s\s+|thats\s+|it'?s\s+)?|(?:that'?s|thats|which\s+(?:is|makes))\s+)"
    r"(?:[$€£]\s*)?\Z",
    re.I,
)
# (also a total said with what it includes: "180 € HT so 198 € TTC", "… so 216 with the VAT")
# ("… so 198 € TTC with the tva 10%", "… so 42 in the end. Add it under clothes": what it
# includes, and a request to write it, may follow)
_SUM_ENDS = re.compile(
    # ("… + tax so 37.88 back": the sum of a refund)
    r"(?:\s*(?:total|in\s+total|altogether|all\s+up|all\s+in|ttc|gross|in\s+the\s+end|back|"
    r"(?:with|incl(?:uding|\.)?|inc\.?)\s+(?:the\s+)?(?:vat|tax(?:es)?|tva|gst|hst|mwst|iva|tip|"
    r"service)(?:\s+(?:of\s+)?\d{1,2}(?:[.,]\d{1,2})?\s*%)?)){0,2}\s*[.!]*\s*"
    r"(?:[.!;,]?\s*(?:pls\s+|please\s+)?(?:add|put|log|record|note|write)\s+(?:it|that|this)\b"
    r"[^.!?\d]*[.!]*\s*)?\Z",
    re.I,
)
_MAX_PARTY = 20
_PRONOUNS = frozenset({"her", "him", "them", "it", "me", "us", "you", "that", "this"})
# (a shop refunding needs no "me": "Darty has refunded 149,99 € for the toaster")
_PAYER_FIRST = re.compile(
    # ("The SNCF has reimbursed me 45 €", as French speakers say it, is the SNCF; a day or a
    # word of mood first is no part of the name: "Yesterday Fjord1 refunded …")
    r"\s*(?:[Tt]he\s+)?(?:(?:Yesterday|Today|Tonight|Finally|So|Oh|Well|Ok|Okay|Lol|Yay|Phew),?\s+)?"
    r"(?!(?:The|My|Our|They|Their|I|We|He|She|It|This|That)\b)"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?!(?i:has|have|just|finally)\b)[A-Z][\w'’-]*){0,2})\s+"
    r"(?:(?i:has|have|just|finally)\s+)*"
    # ("Boots have given me £12 back")
    r"(?:(?:paid|sent|venmoed|gave|given|transferred|refunded)\s+(?:me|us)|refunded|reimbursed)\b"
)
_QUERIES = (
    Intent.QUERY_SPENDING,
    Intent.SHOW_TRANSACTIONS,
    Intent.BALANCE,
    Intent.BUDGET_STATUS,
    Intent.QUERY_BREAKDOWN,
)
_NEEDS = {
    Intent.ADD_EXPENSE: ("amount",),
    Intent.ADD_INCOME: ("amount",),
    Intent.ADD_REFUND: ("amount",),
    Intent.DRAFT_PAYMENT: ("amount", "payee"),
    Intent.TRANSFER: ("amount", "account", "to_account"),
    Intent.SPLIT_EXPENSE: ("amount", "split_with"),
    Intent.SET_BUDGET: ("amount", "category"),
    Intent.RECATEGORIZE: ("category",),
}
_PAYEE_VERB = re.compile(
    r"\b(?:pay|send|give|wire|remit|reimburse|venmo|zelle|owe|transfer\s+(?:[^ ]+\s+)?to)\s+"
    r"(?:back\s+)?",
    re.I,
)


def parse(
    text: str,
    *,
    today: date,
    context: ConversationContext | None = None,
    known_merchants: Iterable[str] = (),
    known_payees: Iterable[str] = (),
    known_accounts: Iterable[str] = (),
    default_currency: str = "EUR",
) -> ParsedCommand:
    """Understand one utterance; with `context`, follow-ups ("and last month?", "make it
    15", "no, yesterday") complete the previous command instead of starting a new one.

    Only the first `MAX_PARSE_CHARS` characters are read (a command fits in far fewer; the
    callers cut longer messages and say so), which keeps every parse in milliseconds."""
    cut = text[:MAX_PARSE_CHARS]
    if MIC_CHECK.fullmatch(cut):  # "test test 1 2 3": counting, no amount to record
        return ParsedCommand(text=cut, intent=Intent.OTHER)
    language = language_of(cut)
    pack = language_pack(language)
    if language != ENGLISH and pack is None:  # never guess at a language not understood
        return ParsedCommand(text=cut, intent=Intent.OTHER, language=language)
    # a language with a pack is glossed into the grammar's words, spans kept on the original
    view = pack.gloss(cut) if pack is not None else typo_view(cut, COMMAND_VOCABULARY)
    view = with_zeros_for_os(without_cents_dashes(view))
    command = _parse_view(
        view,
        today=today,
        context=context,
        known=(tuple(known_merchants), tuple(known_payees), tuple(known_accounts)),
        default_currency=default_currency,
        glossed=pack is not None,
    )
    return command if pack is None else unless_vetoed(in_own_words(command, pack), pack)


def _parse_view(
    view: TypoView,
    *,
    today: date,
    context: ConversationContext | None,
    known: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]],
    default_currency: str,
    glossed: bool = False,
) -> ParsedCommand:
    """`parse` on a view of the text the grammar reads (typos mended, or a language's words
    glossed); every span points back into `view.original`."""
    known_merchants, known_payees, known_accounts = known
    text = view.text
    found = find_slots(text, today, default_currency, known_merchants, known_payees)
    has_name = found.payee is not None or bool(re.match(r"\s*(?:pay|send)\s+[A-Z]", text))
    has_money = any(a.marked for a in found.amounts)
    read_for_intent = _in_digits(_without_asides(text, found), found)
    ruled = classify(
        read_for_intent,
        has_amount=bool(found.amounts),
        has_name=has_name,
        has_money=has_money,
        dates=tuple(d.span for d in found.dates),
        amounts=tuple(a.span for a in found.amounts),
    )
    intent = decide_intent(read_for_intent, found, ruled)
    accounts = tuple(known_accounts)
    filled = _fill(text, intent, found, default_currency, accounts, today=today)
    if intent is Intent.DRAFT_PAYMENT and _already_past(filled, today) and _asked_now(text, filled):
        # "owe the babysitter 72 for last night, send it to her pls": the day is the service's
        spans = {k: v for k, v in filled.spans.items() if k not in ("date", "period")}
        filled = replace(filled, date=None, period=None, spans=spans)
    if intent is Intent.DRAFT_PAYMENT and _already_past(filled, today):
        intent = Intent.ADD_EXPENSE  # "pay the plumber 120 yesterday": it was paid, not to draft
        paid_to = filled
        filled = _fill(text, intent, found, default_currency, accounts, today=today)
        if paid_to.payee is not None:  # "send 50 to mum last week": mum is who got it
            filled = filled.evolve(
                merchant=paid_to.payee, spans={"merchant": paid_to.spans["payee"]}
            )
    if intent is Intent.DRAFT_PAYMENT and _paid_with_no_one_to_pay(text, filled):
        intent = Intent.ADD_EXPENSE  # "Pay 45.5 for haircut this afternoon, barber talk too much"
        filled = _fill(text, intent, found, default_currency, accounts, today=today)
    if intent in ENTRY_INTENTS and (
        _day_of_the_part_back(text, filled) or _day_it_arrives(text, filled, today)
    ):
        spans = {k: v for k, v in filled.spans.items() if k != "date"}
        filled = replace(filled, date=None, spans=spans)  # "…, she pays me half tomorrow"
    if intent in ENTRY_INTENTS and _still_ahead(text, filled, today):  # one dated after today
        intent = Intent.OTHER  # "taxi 20 tomorrow", "parking opens at 7.30 tomorrow": not yet
        filled = _fill(text, intent, found, default_currency, accounts, today=today)
    command = _in_original(filled, view)
    if intent is Intent.OTHER:
        command = replace(command, closest=closest_intent(text, found))
    previous = context.previous if context is not None else None
    # a glossed sentence is judged a follow-up in the grammar's words ("sửa thành 600k" is
    # "make it 600k"); an English one as typed, as always
    judged = filled if glossed else command
    said = judged.text  # the words the follow-ups below read ("et Chloé aussi": "and Chloé also")
    if previous is not None and answer_said_back(said, previous):  # "$340... ok dont judge me"
        return ParsedCommand(command.text, Intent.OTHER, language=command.language)
    if previous is not None and price_judged_again(command, previous):
        return ParsedCommand(command.text, Intent.OTHER, language=command.language)
    if previous is not None and (more := joined_by_more(said, previous)) is not None:
        told = _told(more, view, glossed, "split_with")
        added = more.split_with[len(previous.split_with) :]
        if all(name in told.spans["split_with"].source for name in added):  # names as written
            return told  # "and Chloe too" after a split ("thêm cà phê" adds no "coffee")
    if previous is not None and (recounted_people := counted_again_with(said, previous)):
        return _told(recounted_people, view, glossed)  # "actually it's 4 of us, soph had some"
    if previous is not None and (named := payee_named_alone(text, previous)) is not None:
        return named  # "her name is Bea Miller" after "pay the dog walker 25"
    if previous is not None and (fewer := dropped_out(said, previous)) is not None:
        return _told(fewer, view, glossed)  # "Gabi didn't come, it was only me and Lucas"
    if previous is not None and (some := only_some_shared(said, previous)) is not None:
        return _told(some, view, glossed)  # "only Tom" after a split with Tom and Ana
    if previous is not None and (shared := shared_after_all(command, previous)) is not None:
        return shared  # "split it with Lena and Marco" after an expense
    if previous is not None and (again := shared_the_same_way(command, previous)) is not None:
        return again  # "Add second bar, 9,900 yen, same three." after a split three ways
    if previous is not None and (settled := settled_already(command, previous)) is not None:
        return settled  # "wait he already got it" after a payment: the card dropped
    as_said = replace(command, text=said) if glossed else command  # ("×2 en fait": "actually")
    if previous is not None and (more_of := bought_more(as_said, previous)) is not None:
        return _told(more_of, view, glossed, "amount")  # "wait it was 2 of them": twice the price
    if previous is not None and (untipped := tip_taken_back(as_said, previous)) is not None:
        return _told(untipped, view, glossed, "amount")  # "nvm i didnt tip" after "18 plus 3 tip"
    if previous is not None and (back_too := way_back_too(as_said, previous)) is not None:
        own = [slot for slot in ("merchant", "category") if getattr(back_too, slot)]
        return _told(back_too, view, glossed, "amount", *own)  # "back home too 29k" after a fare
    told_back = command
    if previous is not None and command.intent is Intent.OTHER and money_back_arrived(said):
        as_refund = _fill(text, Intent.ADD_REFUND, found, default_currency, accounts, today=today)
        told_back = _in_original(as_refund, view)
    if previous is not None and (back := money_back_after_shopping(told_back, previous)):
        return back  # "… they gave me back 1,89" after the shopping: a refund of its own
    if previous is not None and awaited_refund_arrived(said, command, previous):
        # "It has arrived now, the £35 from Marks and Spencer." after the cardigan returned
        as_refund = _fill(text, Intent.ADD_REFUND, found, default_currency, accounts, today=today)
        return _in_original(as_refund, view)
    if previous is not None and (priced := priced_each_after(command, previous)) is not None:
        return _told(priced, view, glossed, "amount")  # "145 EUR per night" after "3 nights"
    if previous is not None and (recounted := counted_again(command, previous)) is not None:
        return _told(recounted, view, glossed, "amount")  # "nah change to 3 beers": 3 of 14
    if (
        previous is not None
        and previous.intent.writes
        and adds_money(said, previous.intent)
        and not spent_elsewhere(command, previous)
    ):
        as_written = _fill(text, previous.intent, found, default_currency, accounts, today=today)
        more_money = added_to(_in_original(as_written, view), previous)
        if more_money is not None:
            return _told(more_money, view, glossed, "amount")  # "and 10 more for the taxi"
        if previous.amount is not None and names_the_same_bill(said):
            # "add 15 dollars to that payment" of euros: asked, never added nor its new amount
            return ParsedCommand(
                command.text, Intent.OTHER, language=command.language, closest=previous.intent
            )
    if previous is not None and previous.intent.writes and takes_money_off(said):
        as_written = _fill(text, previous.intent, found, default_currency, accounts, today=today)
        off = _in_original(as_written, view)
        less = taken_off(off, previous)
        if less is not None:
            return _told(less, view, glossed, "amount")  # "he knocked fifty off"
        if only_money_off(off):  # ("had a 30 coupon" after a lunch of 20: the figures
            return ParsedCommand(command.text, Intent.OTHER, language=command.language)  # disagree)
    if previous is not None and starts_another_entry(command, previous):
        kind = previous.intent if previous.intent in _PLAIN_ENTRIES else command.intent
        as_kind = _fill(text, kind, found, default_currency, accounts, today=today)
        return another_entry(_in_original(as_kind, view), previous)  # "and 6.50 for a car wash"
    if previous is not None and (there := moved_there(command, previous)) is not None:
        return there  # "move 200 there from checking" after how much is in savings
    if previous is not None and (month := month_asked(said, previous, today)) is not None:
        return _told(month, view, glossed, "period")  # "and may?" after April's spending
    if previous is not None and (moved := day_beside(said, previous, today)) is not None:
        return _told(moved, view, glossed, "date")  # "make that the day before", "la veille"
    if (
        previous is not None
        and (recast := in_another_currency(said, previous, default_currency)) is not None
    ):
        return _told(recast, view, glossed, "currency")  # "in pounds" after "lunch 12 at pret"
    if previous is not None and (account := another_account_asked(said, previous)) is not None:
        return _told(account, view, glossed, "account")  # "and starling?" after monzo's balance
    if previous is not None and (costed := subscriptions_costed(judged, previous)) is not None:
        return _told(costed, view, glossed)  # "How much they cost together per year?"
    if previous is not None and (standing := budget_asked_after(command, previous)) is not None:
        return standing  # "how am i doing on that this month" after a budget was set
    if previous is not None and (ranked := broken_down(judged, previous)) is not None:
        return _told(ranked, view, glossed)  # "break it down by shop" after october's spending
    if previous is not None and (listed := listed_after(said, previous)) is not None:
        return listed  # "ok list them" after what was spent at dm last month
    if previous is not None and (total := total_of_it(said, previous)) is not None:
        return _told(total, view, glossed)  # "and how much total?" after a ranking
    if previous is not None and (elsewhere := shop_corrected(text, previous)) is not None:
        return elsewhere  # "sorry it was Lidl not Biedronka": the same entry, at Lidl
    if previous is not None and (shop := another_shop_asked(view.original, previous)) is not None:
        return shop  # "what about aldi" after Tesco's total: at Aldi, not Tesco's groceries
    if previous is not None and is_follow_up(judged, previous):
        if (earlier := period_before(said, previous)) is not None:
            return _told(earlier, view, glossed, "period")  # "and the month before?"
        as_before = _fill(
            text, previous.intent, found, default_currency, accounts, today=today, terse=False
        )
        merged = follow_up(_in_original(as_before, view), previous)
        if merged is not None and (move := recategorized(merged, previous, command)) is not None:
            return move  # "make that work meals" after an entry: moved, not entered again
        if merged is not None:
            return payee_named(merged, text)  # "it's 25 quid, her name's Bea"
        return about_another_name(view.original, previous) or command
    if previous is not None and command.intent is Intent.OTHER and _names_the_card(text, previous):
        return replace(command, intent=Intent.CANCEL, closest=None)  # "cancel spotify" after it
    if corrects_nothing(judged) or _only_an_amount(text, found):  # "make it 15", "50": ask
        closest = closest_intent(text, found)
        return ParsedCommand(command.text, Intent.OTHER, language=command.language, closest=closest)
    return command


_PLAIN_ENTRIES = frozenset({Intent.ADD_EXPENSE, Intent.ADD_INCOME, Intent.ADD_REFUND})
# "cancel spotify": a service named alone after the verb (an errand elsewhere, unless it names
# the card just shown)
_CANCEL_NAMED = re.compile(
    r"^\W*cancel\s+(?:the\s+)?(?P<name>" + SERVICE_AFTER_CANCEL + r")[.!]*\s*$", re.I
)


def _names_the_card(text: str, previous: ParsedCommand) -> bool:
    """True for "cancel spotify" right after a Spotify entry: the card on screen, named."""
    said = _CANCEL_NAMED.match(text)
    return bool(
        said and previous.intent.writes and said.group("name").lower() in previous.text.lower()
    )


_BRACKETED = re.compile(r"\([^()]*\)")


def _without_asides(text: str, found: Found) -> str:
    """`text` with its bracketed asides blanked out, when they hold no amount ("vet bill came
    to 96.40 for Rex (he's 9 now)"): what kind of message it is is said outside them. Blanks
    of the same length keep every span in place."""

    def blanked(aside: re.Match[str]) -> str:
        holds_money = any(
            aside.start() <= a.span.start and a.span.end <= aside.end() for a in found.amounts
        )
        return aside.group(0) if holds_money else " " * len(aside.group(0))

    return _BRACKETED.sub(blanked, text)


# An amount said only in number words and a currency ("two hundred dollars", "forty quid"),
# not a year ("nineteen seventy nine", "two thousand and four") nor a vague count ("a couple
# hundred")
_SAID_IN_NUMBER_WORDS = re.compile(
    r"(?!nineteen\s|twenty\s+(?:oh|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen)\b|two\s+thousand\s+(?:and\s+)?(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen|twenty)\b(?!\s+(?:hundred|thousand)))(?:a\s+)?"
    + NUMBER_WORD
    + r"(?:[\s-]+(?:and\s+)?"
    + NUMBER_WORD
    + r")*(?:\s+(?:dollars?|bucks|quid|pounds?|euros?|rupees?|pesos?|rand|cents?))?",
    re.I,
)


def _in_digits(text: str, found: Found) -> str:
    """`text` with each amount said in words written in digits, padded with spaces to the
    same length ("took out two hundred dollars cash at the atm" read as "took out 200
    dollars  … cash at the atm"), so that what kind of message it is reads the same as it
    would typed in digits; every span stays in place."""
    pieces, position = [], 0
    for amount in sorted(found.amounts, key=lambda a: a.span.start):
        start, end = amount.span.start, amount.span.end
        said = text[start:end]
        if start < position or amount.parts or not _SAID_IN_NUMBER_WORDS.fullmatch(said):
            continue
        digits = f"{amount.value.normalize():f}"
        if len(digits) > end - start:
            continue
        pieces += [text[position:start], digits.ljust(end - start)]
        position = end
    return "".join(pieces) + text[position:]


def _told(command: ParsedCommand, view: TypoView, glossed: bool, *slots: str) -> ParsedCommand:
    """A follow-up read on the glossed words given back in the person's own: its text, and
    the spans of the `slots` it set (those of the command it follows stay as they were)."""
    if not glossed:
        return command
    spans = {name: view.span(command.spans[name].start, command.spans[name].end) for name in slots}
    return command.evolve(text=view.original, spans=spans)


# ("I bought the train ticket … for my trip of next week": the day is the trip's)
_SAID_DONE = re.compile(r"\b(?:spent|paid|bought|got|received|earned|booked)\b", re.I)
_PLAN_AHEAD = timedelta(days=366)


def _day_of_the_part_back(text: str, command: ParsedCommand) -> bool:
    """True when the day said is the one a part of the bill comes back, not the entry's
    ("taxi 30 with Gerti, she pays me half tomorrow": the taxi was today)."""
    said = command.spans.get("date")
    back = PART_COMING_BACK.search(text)
    return said is not None and back is not None and said.start >= back.end()


# The day an order arrives, said right before it: "arrives tomorrow", "delivery on Friday"
_ARRIVES_BEFORE = re.compile(
    r"\b(?:arriv(?:es?|ing)|deliver(?:s|y|ed|ing)?|delivred|ships?|shipping|dispatch(?:es|ed)?|"
    r"(?:gets?|getting)\s+here|(?:is\s+)?coming|comes|out\s+for\s+delivery)\s+(?:on\s+|by\s+)?\Z",
    re.I,
)


def _day_it_arrives(text: str, command: ParsedCommand, today: date) -> bool:
    """True when the day said is one still ahead that the thing bought arrives, not the day
    it was paid ("amazon 12.99 for a phone case, arrives tomorrow": bought today; "order
    delivered today" keeps its day)."""
    said = command.spans.get("date")
    if said is None or command.date is None or command.date <= today:
        return False
    return _ARRIVES_BEFORE.search(text, 0, said.start) is not None


def _still_ahead(text: str, command: ParsedCommand, today: date) -> bool:
    """True for an entry dated in the coming year that nobody says happened ("taxi 20
    tomorrow"): not yet money to record. A date years ahead, or one beside "spent", is a slip
    the service explains ("spent 5 at Lidl on 9999-12-31": check the year)."""
    when = command.date
    if when is None or not today < when <= today + _PLAN_AHEAD:
        return False
    return _SAID_DONE.search(text) is None


# "Pay 45.5 for haircut …", "Pay for jollof and chicken at Chicken Republic 4500 naira": the
# amount or what it was for right after "pay", nobody named to pay it to
_PAY_WITH_NO_PAYEE = re.compile(
    r"^\W*pay\s+(?:for\s+|[$€£₹]?\s?\d)(?![^.!?]*\bto\s+[^\W\d_])", re.I
)
# a shop named: "at California Fitness", "in Mercadona"
_AT_A_SHOP = re.compile(r"\b(?:at|in)\s+(?:the\s+)?[A-Z][\w'’&-]*")
# a time of the day gone or going: "this afternoon", "this morning", "tonight"
_TIME_OF_TODAY = re.compile(r"\b(?:this\s+(?:morning|afternoon|evening)|today|tonight)\b", re.I)


def _paid_with_no_one_to_pay(text: str, command: ParsedCommand) -> bool:
    """True for "Pay <amount> for <thing>" as learners tell what they paid: nobody to pay it
    to, and a shop, a day or a time of today said with it ("Pay 350k for gym one month at
    California Fitness", "Pay for dentist 450 PLN on the 3rd"); a payment asked has a payee
    ("Pay 40 francs to my granddaughter Léa")."""
    if command.payee is not None or _PAY_WITH_NO_PAYEE.match(text) is None:
        return False
    return bool(
        command.merchant or command.date or _TIME_OF_TODAY.search(text) or _AT_A_SHOP.search(text)
    )


def _already_past(command: ParsedCommand, today: date) -> bool:
    """True when a payment is dated before today ("yesterday", "last week"): said of money
    already paid, since no payment can be drafted for a day gone."""
    if command.date is not None:
        return command.date < today
    return command.period is not None and command.period.end < today


# The day said is the service's, not the payment's: "owe the babysitter 72 for last night",
# "12,50 for lunch yesterday", "for babysitting last night", "for the snow clearing this
# past winter", "for the deck he finished yesterday"
_SERVICE_DAY_BEFORE = re.compile(
    r"\bfor\s+(?:(?:the|my|her|his|their|our)\s+)?(?:[^\W\d_][\w'-]*\s+){0,3}"
    r"(?:(?:he|she|they)\s+(?:\w+\s+){1,2})?\Z",
    re.I,
)


# The person telling what they paid, as learners say it: "I pay …", "we pay …"
_PAYING_TOLD = re.compile(r"^\W*(?:i|we)\s+(?:\w+\s+)?pay\b", re.I)


def _asked_now(text: str, command: ParsedCommand) -> bool:
    """True when a payment dated in the past is asked for all the same: the day belongs to
    what is paid for ("72 for last night, send it to her pls"), or the person asks in so
    many words ("can you set that up for me?")."""
    when = command.spans.get("date") or command.spans.get("period")
    if (
        when is not None
        and _SERVICE_DAY_BEFORE.search(text, 0, when.start)
        and not _PAYING_TOLD.match(text)  # "I pay JPS $8,500 for the light bill yesterday"
    ):
        return True
    asked = (
        DO_IT_ASKED.search(text)
        or _SEND_IT.search(text)
        or PAYMENT_PREPARED.search(text)
        or STILL_TO_PAY.match(text)  # "need to venmo Tyler $23.50 … last week"
    )
    return asked is not None


_SEND_IT = re.compile(
    r"\b(?:send|pay|transfer)\s+(?:it|her|him|them)\b[^.!?]*\b(?:pls|please|now)\b", re.I
)


def _only_an_amount(text: str, found: Found) -> bool:
    """ "50", "€12.50", "20 euros" said on their own (not answering a question): nothing
    says what the money was, so nothing is recorded; the reply asks."""
    if not found.amounts:
        return False
    words = re.findall(r"[^\W\d_]+", text.lower())
    return all(w in MAJOR_CURRENCY_WORDS or w in MINOR_CURRENCY_WORDS or w == "k" for w in words)


def _in_original(command: ParsedCommand, view: TypoView) -> ParsedCommand:
    """`command` read from the corrected view, with its text and every span given back in
    the person's own words ("pya Tom 15": the payee span points at "Tom", the text is as
    typed)."""
    spans = {name: view.span(span.start, span.end) for name, span in command.spans.items()}
    return replace(command, text=view.original, spans=spans)


def _fill(  # noqa: PLR0913 - the parts of one reading
    text: str,
    intent: Intent,
    found: Found,
    currency: str,
    accounts: tuple[str, ...],
    *,
    today: date,
    terse: bool = True,
) -> ParsedCommand:
    """The command `text` says with `intent`; `terse` reads a bare word next to the amount
    as the merchant ("aldi 31.08"), which a follow-up ("make it 15") must not."""
    slots: dict[str, object] = {}
    spans: dict[str, Span] = {}
    _fill_amount(text, intent, found, currency, slots, spans)
    _bound_as_threshold(text, intent, slots, spans)
    _fill_when(text, intent, found, slots, spans, today)
    _fill_names(text, intent, found, slots, spans)
    _fill_category(text, intent, slots, spans)
    _said_magnitude(intent, slots, spans)
    _spoken_cents(intent, slots, spans)
    _fill_account(text, intent, accounts, slots, spans)
    _no_merchant_in_the_account(slots, spans)
    _fill_sharing(text, intent, slots, spans)
    fill_kind(text, intent, slots, spans)  # "show me my refunds", "list my income"
    if terse and intent.writes and "merchant" not in slots and "payee" not in slots:
        _fill_terse_name(text, intent, found, slots, spans)
    if isinstance(merchant := slots.get("merchant"), str):
        if _no_shop(merchant):
            del slots["merchant"], spans["merchant"]  # "from there", "45.6L @ 1.799": no shop
        else:
            slots["merchant"] = _as_on_a_statement(merchant, text)
    if intent.writes and intent not in (Intent.SET_BUDGET, Intent.RECATEGORIZE, Intent.UNDO):
        memo = find_memo(text, found.blocked)
        if memo is not None and intent != Intent.TRANSFER:
            slots["memo"], spans["memo"] = memo.source, memo
    missing = tuple(name for name in _NEEDS.get(intent, ()) if slots.get(name) is None)
    if "split_ways" in slots:  # "split 3 ways": who they are is not needed to share it
        missing = tuple(name for name in missing if name != "split_with")
    if intent.writes and found.impossible_dates and "date" not in slots:
        missing += ("date",)  # "on February 31": said, but no such day; never today instead
        spans["date"] = found.impossible_dates[0]
    elif (
        intent.writes and intent != Intent.SET_BUDGET and "period" in slots and "date" not in slots
    ):
        missing += ("date",)  # "last weekend", "back in october": which day? never today instead
    if intent == Intent.TRANSFER and slots.get("to_account") == CASH_ACCOUNT:
        missing = tuple(m for m in missing if m != "account")  # from the usual account
    if intent == Intent.DRAFT_PAYMENT and "payee" in missing and slots.get("category"):
        missing = tuple(m for m in missing if m != "payee")
    return ParsedCommand(text=text, intent=intent, missing=missing, spans=spans, **slots)  # type: ignore[arg-type]


def _bound_as_threshold(
    text: str, intent: Intent, slots: dict[str, object], spans: dict[str, Span]
) -> None:
    """ "did I go over 200 on takeaway this month?": the figure a total is asked against is
    its threshold, not a filter on the transactions it sums."""
    if intent is not Intent.QUERY_SPENDING or not THRESHOLD_ASKED.match(text.strip()):
        return
    for side in ("min_amount", "max_amount"):
        if side in slots:
            slots["threshold"], spans["threshold"] = slots.pop(side), spans.pop(side)
            return


def _said_magnitude(intent: Intent, slots: dict[str, object], spans: dict[str, Span]) -> None:
    """A price said as a digit and tens ("one forty", "four fifty") read as units or as
    hundreds by what it paid for or who paid it (`spoken.said_magnitude`)."""
    amount, span = slots.get("amount"), spans.get("amount")
    if isinstance(amount, Decimal) and span is not None:
        category = str(slots.get("category"))
        slots["amount"] = said_magnitude(intent, amount, span.source, category)


def _spoken_cents(intent: Intent, slots: dict[str, object], spans: dict[str, Span]) -> None:
    """ "Starbucks 625", "Uber 1970", "Spotify 999": a price said in two parts ("six twenty
    five") that speech may have written as one number, far above what one purchase of its
    kind costs, may be that many cents (6.25), when cents are what its currency counts in:
    which one is asked, never guessed. A round hundred ("season ticket 1200") is said as
    hundreds and stays."""
    amount, span = slots.get("amount"), spans.get("amount")
    if not isinstance(amount, Decimal) or span is None:
        return
    if not _BARE_NUMBER.fullmatch(span.source.strip("$€£ ")):
        return  # "12,50", "1,970": written as money
    category, currency = slots.get("category"), slots.get("currency")
    if cents_may_be_meant(intent, amount, str(category), str(currency)):
        # unsure which was meant, so asked: "Which amount was it: $6.25 or $625?"
        del slots["amount"]
        slots["amount_choices"] = ((amount / 100).quantize(CENT), amount)


_BARE_NUMBER = re.compile(r"\d{3,4}")


def _account_named_after_in(text: str) -> tuple[str, Span] | None:
    """The account a balance question names after "in"/"on" with a capital or a known
    brand ("what's in the ISA", "how much is on the Barclaycard"), in lower case."""
    named = merchant_after_cue(text, ())
    if named is None:
        return None
    name, span = named
    return name.lower(), span


def _no_merchant_in_the_account(slots: dict[str, object], spans: dict[str, Span]) -> None:
    """ "the balance on the Amex", "what went out on the Monzo card": a name that is the
    account's own words is where the money sits, not a shop."""
    merchant = spans.get("merchant")
    if merchant is None:
        return
    for key in ("account", "to_account"):
        account = spans.get(key)
        if account is not None and account.overlaps(merchant):
            del slots["merchant"], spans["merchant"]
            return


def _fill_sharing(
    text: str, intent: Intent, slots: dict[str, object], spans: dict[str, Span]
) -> None:
    """Who an expense is split with, and how often a write repeats."""
    if intent == Intent.SPLIT_EXPENSE:
        ways = find_split_ways(text)
        if ways is not None:
            slots["split_ways"], spans["split_ways"] = ways
        shared = find_split_with(text, said_shared=True)
        if shared is not None:
            slots["split_with"], spans["split_with"] = shared
            merchant = slots.get("merchant")
            if isinstance(merchant, str) and names_only(merchant, shared[0]):
                del slots["merchant"], spans["merchant"]  # "with Ana and Ben" is who, not where
    if intent.writes or intent in (Intent.QUERY_SUBSCRIPTIONS, Intent.OTHER):
        # an unclear "weekly" keeps its value, for a follow-up to read ("set a grocery budget
        # of 300", then "weekly"); an unclear command does nothing with it
        repeats = find_recurrence(text)
        if repeats is not None:
            slots["recurrence"], spans["recurrence"] = repeats


def _fill_terse_name(
    text: str, intent: Intent, found: Found, slots: dict[str, object], spans: dict[str, Span]
) -> None:
    """ "aldi 31.08", "whole foods 63.50 sunday": in a short entry the words next to the
    amount name the merchant, unless they only name a category ("coffee 3.20")."""
    if intent not in (Intent.ADD_EXPENSE, Intent.ADD_REFUND, Intent.SPLIT_EXPENSE):
        return
    if FEE_LINE.fullmatch(found.without_dates(text).strip()):
        return  # "ATM fee 3.50 ugh": the words name the charge, no shop
    taken = [*found.blocked, *(v for k, v in spans.items() if k not in ("category", "memo"))]
    name = terse_name(text, taken)
    if name is not None:
        slots["merchant"], spans["merchant"] = name.source, name


def _as_on_a_statement(name: str, text: str) -> str:
    """A name pasted from a bank statement ("POS PURCHASE SHELL OIL", "CONTACTLESS PRET")
    as the shop the statement's line names ("Shell", "Pret A Manger"), when the statement
    cleaner knows it (from the name, else the whole line); any other name as written."""
    if not (name.isupper() and " " in name):
        return name
    for written in (name, text):
        described = normalize_description(written)
        if described.known:
            return described.merchant
    return name


def _fill_amount(  # noqa: PLR0913 - the parts of one reading
    text: str,
    intent: Intent,
    found: Found,
    currency: str,
    slots: dict[str, object],
    spans: dict[str, Span],
) -> None:
    for side, bound in found.bounds:
        slots[f"{side}_amount"], spans[f"{side}_amount"] = bound.value, bound.span
        if bound.currency and not found.amounts:
            slots["currency"], spans["currency"] = bound.currency, bound.span
    amounts = found.amounts
    if intent is Intent.SET_BUDGET and not amounts:
        amounts = tuple(bound for side, bound in found.bounds if side == "max")  # "under 180"
    if not amounts or intent in (Intent.OTHER, Intent.HELP, Intent.UNDO, Intent.CANCEL):
        return
    if _only_counts_who_shares(text, amounts):
        return  # "divide it by three", "shared with my flatmates, 3 of us": no price said
    chosen = _corrected_amount(text, amounts)
    if chosen is None and intent.writes:
        chosen = _amount_meant(text, amounts, intent)
        if chosen is None:  # "coffee 4.50 and cake 3.20": ask which, never pick one
            slots["amount_choices"] = tuple(dict.fromkeys(a.value for a in amounts))
            return
    chosen = chosen or next((a for a in amounts if a.marked), amounts[0])
    if chosen.value == 0:
        return  # "pay 0", "got 0 back": no amount to act on, so it is asked for
    if intent is Intent.TRANSFER or _BIG_TICKET.search(text):
        chosen = _said_in_hundreds(chosen)  # "transfer two fifty to savings": 250
    if _BIG_TICKET.search(text) and not _SHOPPING_TRIP.search(text) and _teens_and_tens(chosen):
        chosen = _as_hundreds(chosen)  # "rent fourteen fifty": 1450
    slots["amount"], spans["amount"] = chosen.value, chosen.span
    slots["currency"] = chosen.currency or currency
    if chosen.currency:
        spans["currency"] = chosen.span


# What is never paid in coins: said as "nine fifty", it is 950 ("rent nine fifty")
_BIG_TICKET = re.compile(
    r"\b(?:rent|mortgage|salary|wages|paycheck|pay\s*cheque|tuition|deposit|flights?|laptop|"
    r"tyres|tires|boiler|mattress|"
    r"invoice|car\s+insurance|home\s+insurance|sofa|couch|fridge|washing\s+machine|"
    r"dishwasher|tv|television|iphone|macbook|plumber|electrician|mechanic|builder|roofer|"
    r"locksmith|vet|dentist|garage|mot|council\s+tax|groceries|grocery\s+(?:shop|run)|"
    r"(?:weekly|big|food)\s+shop|concert|festival|insurance|hotel|airbnb|car\s+service|"
    r"gym\s+membership)\b",
    re.I,
)
# A shop or an outing that can cost hundreds but never a thousand and more: "groceries
# fifteen ninety-nine" is 15.99 (while "groceries two fifty" may be 250)
_SHOPPING_TRIP = re.compile(
    r"\b(?:groceries|grocery\s+(?:shop|run)|(?:weekly|big|food)\s+shop|concert|festival)\b", re.I
)
_TEENS_PRICE = re.compile(
    r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    r"[\s-]+(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?",
    re.I,
)
_TEENS = (10, 20)


def _teens_and_tens(amount: Amount) -> bool:
    """True for a price said as teens and tens, no currency word ("fourteen fifty"), which
    the reader took as 14.50."""
    said = _TEENS_PRICE.fullmatch(amount.span.source.strip())
    return said is not None and not amount.marked and _TEENS[0] <= amount.value < _TEENS[1]


_ONE_DIGIT_PRICE = 10


def _digit_and_tens(amount: Amount) -> bool:
    """True for a price said as a digit and tens, no currency word ("two fifty", "nine
    forty five"), which the reader took as 2.50 or 9.45."""
    said = digit_and_tens_readings(amount.span.source)
    return said is not None and not amount.marked and amount.value < _ONE_DIGIT_PRICE


def _as_hundreds(amount: Amount) -> Amount:
    """`amount` read as hundreds and tens (2.50 -> 250, 9.45 -> 945)."""
    return replace(amount, value=(amount.value * 100).quantize(Decimal(1)))


def _said_in_hundreds(amount: Amount) -> Amount:
    """A digit-and-tens price (`_digit_and_tens`) as hundreds and tens, for a transfer or
    something never that cheap ("two fifty" to savings is 250)."""
    return _as_hundreds(amount) if _digit_and_tens(amount) else amount


# "$12 (about €11)", "¥8000 (around 50 quid)": what it came to in another currency, in brackets
_CONVERTED_BEFORE = re.compile(
    r"\(\s*(?:(?:about|around|approx\.?|approximately|roughly|ca\.?|~|≈)\s*)?"
    r"(?:[$€£¥₫]\s*|(?:eur|usd|gbp|chf|jpy|vnd)\s+)?\Z",
    re.I,
)


# A price it used to be, set beside what was paid: "haircut 35 today, used to be 30",
# "charging 200 instead of 80", "was only 45 last year"
# The balance a bank's message shows after the money moved: "Avl Bal Rs.18,221.50", "New
# M-PESA balance is Ksh12,410.00", "balance: 1.204,10 EUR": never the amount of the entry
_BALANCE_BEFORE = re.compile(
    r"\b(?:bal|balance|solde|saldo)\b\.?\s*(?:is|was|now|:|-|=)?\s*(?:of\s+)?"
    r"(?:(?:[a-z]{2,3}\.?|[$€£₹₦]|ksh|kes|rs|inr|ngn)\s*)?\Z",
    re.I,
)
# What is left over once money went ("only 35 left till payday", "I'll have about 40p left",
# "leaves me 120 for the week", "$12.84 left on the gift card"), not money paid: a tip "left
# on the table" or "left as a tip" is paid
_LEFT_OVER_AFTER = re.compile(
    r"\s*(?:left|remaining|left\s+over|to\s+spare)\b(?!\s+(?:as|for|on\s+the\s+(?:table|bar|counter)|"
    r"under|with\s+(?:him|her|them|the))\b)",
    re.I,
)
_LEFT_OVER_BEFORE = re.compile(
    r"\b(?:leaves?|leaving|left)\s+(?:me|us)\s+(?:with\s+)?(?:only\s+|just\s+|about\s+|around\s+)?"
    r"(?:[$€£]\s*)?\Z",
    re.I,
)


def _money_left_over(text: str, amount: Amount) -> bool:
    """True for money told as what is left once the rest went, said after ("only 35 left")
    or before ("leaves me 120 for the week")."""
    return bool(
        _LEFT_OVER_AFTER.match(text, amount.span.end)
        or _LEFT_OVER_BEFORE.search(text, 0, amount.span.start)
    )


# A figure beside the price paid that the person did not pay: the original's price, a
# limit, a quote, a receipt or a list before savings, a spend planned, or the part someone
# else covered ("bought one for 64.99, the original was like 79", "15 limit and I went over,
# spent 18.99", "the quote was 900 but he charged me 750", "paid the dentist 200 after
# insurance covered the other 350")
_NOT_PAID_BEFORE = re.compile(
    r"\b(?:(?:the\s+)?original(?:\s+(?:one|price))?\s+(?:was|is|costs?)|"
    r"(?:the\s+)?(?:quote|estimate|list|receipt|bill\s+total)\s+(?:was|said|says|came\s+to)|quoted(?:\s+(?:me|us))?|"
    r"(?:was|were)\s+(?:going|meant|planning)\s+to\s+spend|"
    r"(?:insurance|work|the\s+company|my\s+employer)\s+(?:covered|paid)\s+(?:the\s+other|the\s+rest)?)"
    r"\s*(?:like\s+|about\s+|around\s+|almost\s+|nearly\s+)?(?:[$€£]\s*)?\Z",
    re.I,
)
_LIMIT_AFTER = re.compile(r"\s*(?:limit|max(?:imum)?|cap)\b", re.I)


def _a_price_not_paid(text: str, amount: Amount, intent: Intent) -> bool:
    """True for a figure told beside a price paid that the person did not pay
    (`_NOT_PAID_BEFORE`, or a limit: "£15 limit"); a budget's own limit is its amount."""
    if _NOT_PAID_BEFORE.search(text, 0, amount.span.start):
        return True
    return intent is not Intent.SET_BUDGET and bool(_LIMIT_AFTER.match(text, amount.span.end))


_OLD_PRICE_BEFORE = re.compile(
    r"\b(?:used\s+to\s+(?:be|cost|charge)|instead\s+of|(?:it\s+)?was\s+only|before\s+it\s+was|"
    r"last\s+(?:year|time|month)\s+(?:(?:i|we)\s+\w+\s+)?(?:it\s+)?was|normally|usually|"
    # the price on the tag before the sale: "originally 60", "(RRP 60)", "retail 15", "on
    # sale from $89.99", "marked down from 99"
    r"originally|orig\.?|rrp|msrp|retails?(?:\s+(?:price|at|for))?|list\s+price|full\s+price|"
    r"regular(?:ly)?(?:\s+price)?|normal\s+price|"
    r"(?:on\s+sale|reduced|marked\s+down|discounted|knocked\s+down)\s+(?:from|frm)|"
    # a price remembered from long ago: "I remember when we charged 2.50"
    r"\bremember\s+when\s+(?:[^\W\d]+\s+){0,5}?(?:was|were|charged|cost|paid))"
    r"\s+(?:like\s+|about\s+|around\s+|just\s+)?"
    r"(?:[$€£]\s*)?\Z",
    re.I,
)


# A price it was before, said after it: "shoes 39.99, they were 60 before", "paid 23,40, was 26
# but with the card discount", "scarf 12 (was 30)": what it cost once ("18, down from 25" is
# `_NEGATED_BEFORE`'s)
_OLD_PRICE_AROUND = re.compile(
    r"\b(?:was|were)\s+(?:originally\s+|like\s+|about\s+|around\s+)?(?:[$€£]\s*)?\Z|"
    r"\b(?:originally|full\s+price(?:\s+(?:is|was))?|rrp|retail(?:\s+price)?)\s*:?\s*"
    r"(?:[$€£]\s*)?\Z",
    re.I,
)
_OLD_PRICE_AFTER = re.compile(
    r"\s*(?:[a-z]{1,3}\s+)?(?:before\b(?!\s+(?:tax|tip|fees?|vat|gst))|but\b)", re.I
)


def _price_it_was(text: str, amount: Amount, amounts: tuple[Amount, ...]) -> bool:
    """True for a price said to be what it cost before (`_OLD_PRICE_AROUND`) when another
    amount is said before it: "was 60" alone is what it cost ("taxi was 60"), but after
    "39.99" it is the old price ("they were 60 before") or one the discount took off ("was
    26 but with the card discount")."""
    said = _OLD_PRICE_AROUND.search(text, 0, amount.span.start)
    if said is None or not any(other.span.end <= said.start() for other in amounts):
        return False
    return bool(_OLD_PRICE_AFTER.match(text, amount.span.end)) or (
        text[said.start() - 1 : said.start()] == "("
    )


# A note or a coin handed over: "exact change in R10 notes", "gave him a $20 bill", "two
# fifty-euro notes": what was paid with, not what was paid
_NOTE_AFTER = re.compile(r"\s*(?:notes?|banknotes?|coins?)\b|\s*bills\b", re.I)
_BILL_AFTER = re.compile(r"\s*bill\b", re.I)
_PAID_WITH_BEFORE = re.compile(r"\bpaid\s+with\s+(?:a|an|one)\s+(?:[$€£]\s*)?\Z", re.I)
_ONE_NOTE_BEFORE = re.compile(r"\b(?:a|one)\s+(?:[$€£]\s*)?\Z", re.I)


def _a_note_or_coin(text: str, amount: Amount) -> bool:
    """True for the value of a note or a coin handed over, not a price."""
    if _NOTE_AFTER.match(text, amount.span.end) or _PAID_WITH_BEFORE.search(
        text, 0, amount.span.start
    ):
        return True  # "… 20 notes", "coffee 3.50, paid with a 10"
    return bool(
        _BILL_AFTER.match(text, amount.span.end)
        and _ONE_NOTE_BEFORE.search(text, 0, amount.span.start)
    )


# The whole a part came out of: "refunded €142.60 of the €171.60", "only paid 1,400 of the
# 2,800", "got £120 back on the £499 telly", "3 out of 10": never the amount that moved
_WHOLE_BEFORE = re.compile(
    r"(?:\bof|\bout\s+of|\bback\s+on|\boff)\s+(?:the|my|a|an|their|his|her|our)\s+(?:[$€£]\s*)?\Z|"
    r"\bout\s+of\s+(?:[$€£]\s*)?\Z",
    re.I,
)


def _whole_of_a_part(text: str, amount: Amount, amounts: tuple[Amount, ...]) -> bool:
    """True for a whole (`_WHOLE_BEFORE`) right after another amount that is a part of it
    and smaller ("€142.60 of the €171.60")."""
    whole = _WHOLE_BEFORE.search(text, 0, amount.span.start)
    if whole is None:
        return False
    parts = [other for other in amounts if other.span.end <= whole.start()]
    return (
        bool(parts)
        and parts[-1].value < amount.value
        and (len(text[parts[-1].span.end : whole.start()].split()) <= 2)
    )


# "the guy wanted 140 but took 120", "shop man say 850 …, pay 600 only", "they ask 120 lucas
# at the ferreteria … get it for 95": a price asked by the seller, not the one paid
_ASKED_BEFORE = re.compile(
    r"\b(?:"
    + PRICE_ASKED_VERB
    + r"|say|says|said|seh)\s+(?:(?:me|us|like|about|around|only|just)\s+)?"
    r"(?:it\s+(?:for|at)\s+)?(?:[$€£]\s*)?\Z",
    re.I,
)
_BOUGHT_OR_PAID = re.compile(
    r"\b(?:paid|pay|payed|bought|buy|got|get|took|settled|found|gave|give|bargain(?:ed)?)\b", re.I
)


def _asked_not_paid(text: str, amount: Amount, amounts: tuple[Amount, ...]) -> bool:
    """True for a price the seller asked (`_ASKED_BEFORE`) when another amount is said and
    the message tells of buying or paying away from it."""
    asked = _ASKED_BEFORE.search(text, 0, amount.span.start)
    if asked is None or len(amounts) < 2:
        return False
    return bool(
        _BOUGHT_OR_PAID.search(text, 0, asked.start())
        or _BOUGHT_OR_PAID.search(text, amount.span.end)
        # "uber 14 to the station, the black cabs wanted 30": the price paid said first
        or any(other.span.end <= asked.start() for other in amounts if other is not amount)
    )


# Money back still to come, said before its amount: "the mutuelle will give back 15 €
# later", "Medicare will reimburse 40" (the price paid is the other amount)
_BACK_LATER_BEFORE = re.compile(
    r"\b" + MONEY_BACK_LATER + r"\s+(?:me\s+)?(?:about\s+|around\s+)?(?:[$€£]\s*)?\Z", re.I
)


def _declined_beside_a_price_paid(text: str, amounts: tuple[Amount, ...]) -> list[Amount]:
    """The amounts told in a sentence that says something was turned down ("They found
    another R800 of 'urgent' stuff but I said no thanks") when another amount is said in a
    sentence that turns nothing down ("paid R1 200 for the car service")."""
    if DECLINED.search(text) is None:
        return []
    declined = [amount for amount in amounts if _sentence_declines(text, amount)]
    return declined if len(declined) < len(amounts) else []


def _sentence_declines(text: str, amount: Amount) -> bool:
    """True when the sentence holding `amount` says something was turned down."""
    start = max((m.end() for m in _SENTENCE_BREAK.finditer(text, 0, amount.span.start)), default=0)
    after = _SENTENCE_BREAK.search(text, amount.span.end)
    return DECLINED.search(text, start, after.start() if after else len(text)) is not None


_SENTENCE_BREAK = re.compile(r"[.!?](?:\s+|$)")


# "bonus 4,500 before tax, 3,020 after", "paycheque 3,418.22 (gross 4,950)", "$800 invoice,
# came in as 66,480 after conversion": the gross said beside the net that reached the account
_GROSS_AFTER = re.compile(
    r"\s*(?:gross|brut|brutto|before\s+(?:tax|taxes|deductions|fees)|pre[\s-]?tax|invoice)\b", re.I
)
_GROSS_BEFORE = re.compile(
    r"\b(?:gross|brutto|brut|invoice[ds]?)\s*(?:(?:of|was|is|for)\s+)?[:=]?\s*(?:[$€£₹]\s*)?\Z",
    re.I,
)
_NET_AFTER = re.compile(
    r"\s*(?:net|netto|after(?:\s+(?:tax|taxes|deductions|fees|conversion))?\b|"
    r"(?:arrived|landed|credited|came\s+in)\b|in\s+(?:my|the)\s+(?:account|bank)\b|"
    r"(?:actually\s+)?(?:hit|reached|went\s+into)\s+(?:my|the)\s+(?:account|bank)\b)",
    re.I,
)
_NET_BEFORE = re.compile(
    r"\b(?:net|netto|after\s+tax(?:es)?|taxed\s+down\s+to|came\s+in\s+as|credited|received)"
    r"\s+(?:(?:it['’]?s|was|is|about|around|like|of|only)\s+)*(?:[$€£₹]\s*)?\Z",
    re.I,
)


# Less arrived than was earned: taxed, net, after fees; with no tax added on top ("2 000
# net + 23% VAT" is an invoice's gross)
_LESS_ARRIVED = re.compile(
    r"^(?!.*(?:\+\s*\d{1,2}\s*%|\bvat\b|\bmwst\b))"
    r".*\b(?:tax\w*|net|after|deduct\w*|fees?|withh\w*|gross|actually)\b",
    re.I | re.S,
)


def _said_to_arrive(text: str, amount: Amount) -> bool:
    """True for an amount said to be what reached the account ("2,760 in my account", "taxed
    down to 3,020", "4,380 actually hit my account")."""
    return bool(
        _NET_AFTER.match(text, amount.span.end) or _NET_BEFORE.search(text, 0, amount.span.start)
    )


def _gross_beside_net(text: str, amount: Amount, amounts: tuple[Amount, ...]) -> bool:
    """True for an amount said to be gross (before tax, fees or conversion) when another
    amount is said to be what arrived."""
    gross = _GROSS_AFTER.match(text, amount.span.end) or _GROSS_BEFORE.search(
        text, 0, amount.span.start
    )
    return bool(gross) and any(
        _said_to_arrive(text, other) for other in amounts if other is not amount
    )


# A gross said in brackets beside the pay: "paycheque 3,418.22 (gross 4,950)", "salary
# 2,310 (4,000 before tax)"
_GROSS_ASIDE_BEFORE = re.compile(
    r"\(\s*(?:gross|before\s+tax(?:es)?|pre-?tax|brutto|brut)\s*:?\s*(?:[$€£]\s*)?\Z", re.I
)
_GROSS_ASIDE_AFTER = re.compile(r"\s*(?:gross|before\s+tax(?:es)?|pre-?tax|brutto|brut)\s*\)", re.I)


def _gross_as_an_aside(text: str, amount: Amount) -> bool:
    """True for an amount said in brackets to be gross, beside the one received."""
    opened = text[: amount.span.start].rstrip().endswith("(")
    return bool(_GROSS_ASIDE_BEFORE.search(text, 0, amount.span.start)) or (
        opened and bool(_GROSS_ASIDE_AFTER.match(text, amount.span.end))
    )


# An amount the person then chose instead, to write: "scrubs were 65 at the uniform shop but
# found them on Amazon for 39.99, log the 39.99"; "…, put 39.99"
_CHOSEN = re.compile(
    r"\b(?:log|put|record|enter|write|add)\s+(?:down\s+)?(?:just\s+|only\s+)?(?:the\s+)?"
    # "Can you log the whole deposit of 2,980.50 as salary?": the one named whole
    r"(?:(?:whole|full|entire|total)\s+(?:[a-z]+\s+)?(?:of\s+)?)?(?=[$€£]?\d)",
    re.I,
)


# A figure judged wrong, another said after it: "hm 400 is too little for me. 600"
_JUDGED_TOO_AFTER = re.compile(r"\s*(?:[^\W\d_]{1,6}\s+)?" + JUDGED_TOO, re.I)


def _another_chosen_after(text: str, amount: Amount, amounts: tuple[Amount, ...]) -> bool:
    """True when a later request to write names another of the amounts ("… 65 at the
    uniform shop … 39.99 …, log the 39.99": not the 65)."""
    for asked in _CHOSEN.finditer(text, amount.span.end):
        named = [a for a in amounts if a.span.start in range(asked.end(), asked.end() + 2)]
        if named and named[0].value != amount.value:
            return True
    return False


def _converted_after(text: str, amount: Amount, amounts: tuple[Amount, ...]) -> bool:
    """True when `amount` is money sent in one currency that is said to have become a later
    amount in another ("parents send me 500,000 won, it become 560 aud in my account"):
    the ledger keeps what arrived."""
    for later in amounts:
        if later.span.start <= amount.span.end or None in (amount.currency, later.currency):
            continue
        between = text[amount.span.end : later.span.start]
        landed = _RECEIVED_JUST_BEFORE.search(between) and _INTO_MY_ACCOUNT.match(
            text, later.span.end
        )
        if later.currency != amount.currency and (_BECAME.search(between) or landed):
            return True
    return False


# What money sent in one currency came to in another: "it become 560 aud", "arrived as 738"
_BECAME = re.compile(
    r"\b(?:became|become|becomes|came\s+to|comes\s+to|converted\s+(?:to|into)|arrived\s+as|"
    r"turned\s+into|landed\s+as)\b",
    re.I,
)
# "…, I received 738,20 $ on my account": what reached the account, said after
_RECEIVED_JUST_BEFORE = re.compile(r"\b(?:received|got)\s*\Z", re.I)
_INTO_MY_ACCOUNT = re.compile(r"\s+(?:in|on|into)\s+(?:my|our|the)\s+(?:bank\s+)?account\b", re.I)


# "petrol 55 at Esso, was 1.799 per litre": the price of one unit, said beside what was paid
_PRICE_OF_A_UNIT_AFTER = re.compile(
    r"\s*(?:per|a|an|the|/)\s*(?:"
    + "|".join(sorted(MEASURE_UNITS, key=len, reverse=True))
    + r"|gallon|gal)\b",
    re.I,
)


# A request that opens the message with its amount: "move 300 from current to isa, keep 150
# for the week", "send 500 to mom for the puja stuff, she paid 1.1k total", "prepare a
# payment of 2,340 …": the amount of the request, whatever other money is said after it
_REQUEST_WITH_ITS_AMOUNT = re.compile(
    r"^\W*(?:(?:please|pls|ok|okay|so|and)\s+)*(?:(?:can|could)\s+you\s+)?"
    r"(?:move|transfer|send|pay|wire|stick|put\s+(?:away|aside)|set\s+aside|"
    r"(?:prepare|make|set\s+up|schedule)\s+(?:a|the)\s+(?:payment|transfer)\s+of)\s+"
    r"(?:[$€£]\s*|[A-Z]{3}\s+)?\Z",
    re.I,
)


# What was paid in the end, after a voucher, a discount or tax: "… but I used the clubcard
# vouchers so I paid seventy one twenty", "came out to 34.38 after tax", "ended up paying 95"
_PAID_IN_THE_END = re.compile(
    # ("…, so I pay 167,45": the present said for the past, as learners of English do)
    r"(?:\b(?:so|but|and)\s+(?:i|we)\s+(?:only\s+|just\s+)?(?:paid|pay)|"
    # "driver no change so I give 400": what was handed over in the end
    r"\bso\s+(?:i|we)\s+(?:gave|give)(?:\s+(?:him|her|them))?|"
    # "auto 120 but gave 150 since he came at 11pm": more handed over, the subject left out
    r"\bbut\s+(?:(?:i|we)\s+)?(?:gave|paid)(?:\s+(?:him|her|them))?|"
    r"\bcame\s+out\s+(?:to|at)|\b(?:it|that|the\s+total|total|all)\s+came\s+to|"
    # "$79.99 plus tax came to 85.59": the price with what is added on top, come to
    r"\b(?:plus|with|incl(?:uding|\.)?)\s+(?:the\s+)?(?:tax(?:es)?|vat|gst|hst|tip|shipping|delivery|"
    r"postage|fees?|service(?:\s+charge)?)\s+(?:it\s+)?(?:came|comes)\s+to|"
    # "… so the card only got charged £104.36": what left the card
    r"\b(?:card|account)\s+(?:only\s+|just\s+)?(?:got\s+|was\s+)?(?:charged|debited)\s+(?:with\s+)?|"
    r"\bended\s+up\s+(?:paying|at)|"
    # "…, 200 cashback coupon was applied, final paid 3,014", "final amount was 14"
    r"\bfinal(?:ly)?\s+(?:(?:i|we)\s+)?(?:paid|(?:amount|total|price|bill)(?:\s+(?:was|is|paid))?)\s*[:=]?)"
    r"\s*(?:[$€£]\s*)?\Z",
    re.I,
)


# "recharge card 100 LE, I paid 114 with the tax": what was paid, the extras in it
_I_PAID_BEFORE = re.compile(
    r"[,;.]\s*(?:i|we)\s+(?:only\s+|just\s+|actually\s+)?paid\s*(?:[$€£]\s*)?\Z", re.I
)
_WITH_THE_EXTRAS_AFTER = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:with|incl\.?|including|inc\.?|after)\s+(?:the\s+)?(?:tax|taxes|vat|gst|"
    r"fees?|charges?|tip|delivery|shipping|service)\b",
    re.I,
)


# "taxi was 18, gave him 20, keep the change": what was handed over is what was paid
# ("…, gave him 100, didn't want change", "…, gave her 20, no change"): the change left
_KEEP_THE_CHANGE = re.compile(
    r"\bkeep\s+the\s+(?:change|rest|difference)\b|"
    r"\b(?:didn['’]?t|did\s+not|don['’]?t|do\s+not)\s+(?:want|take|need|ask\s+for)\s+(?:the\s+|any\s+)?change\b|"
    r"(?:^|[,;]\s*)(?:and\s+)?no\s+change\b",
    re.I,
)
# ("…, I gave 10.– and they keep the change": said without whom it went to)
_HANDED_BEFORE = re.compile(
    r"\b(?:gave|give|handed|hand)\s+(?:over\s+)?(?:(?:him|her|them|the\s+\w+)\s*)?(?:[$€£]\s*)?\Z",
    re.I,
)


def _handed_over_keeping_the_change(text: str, amount: Amount) -> bool:
    """True for the note handed over when the change was left ("gave her 100 and told her
    to keep the change"): the price said before it is not what was paid."""
    return bool(_KEEP_THE_CHANGE.search(text) and _HANDED_BEFORE.search(text, 0, amount.span.start))


def _paid_with_the_extras(text: str, amount: Amount) -> bool:
    """True for "…, I paid 114 with the tax": the amount paid, tax or fees included."""
    return bool(
        _I_PAID_BEFORE.search(text, 0, amount.span.start)
        and _WITH_THE_EXTRAS_AFTER.match(text, amount.span.end)
    )


def _only_counts_who_shares(text: str, amounts: tuple[Amount, ...]) -> bool:
    """True when every number said counts the people sharing ("split it by three")."""
    ways = find_split_ways(text)
    return ways is not None and all(amount.span.within(ways[1]) for amount in amounts)


# An insurance's deductible told beside the premium or the bill: "412.35 per month, franchise
# 2'500", "62.10 a month, excess 500", "dentist 180, my deductible is 1000"
_DEDUCTIBLE_BEFORE = re.compile(
    r"\b(?:deductible|excess|franchise|selbstbehalt|self[-\s]retention)\s*"
    r"(?:is\s+|of\s+|at\s+|:\s*)?(?:[$€£]\s*|chf\s*)?\Z",
    re.I,
)


# The day a payment is due by, said as a bare number beside its price: "pay internet 220k
# before 15", "condo 780,00 until day 10", "rent 900 by day 5" (never "by" alone: "topped up
# by 20, now 35" is money)
_DUE_DAY_BEFORE = re.compile(
    r"\b(?:(?:before|until|till|til)\s+(?:the\s+)?(?:day\s+)?|by\s+(?:the\s+)?day\s+)\Z", re.I
)


def _a_due_day(text: str, amount: Amount) -> bool:
    """True for a bare day of the month (1-31) said after "before", "until" or "by day"."""
    return (
        not clearly_money(amount)
        and 1 <= amount.value <= 31
        and _DUE_DAY_BEFORE.search(text, 0, amount.span.start) is not None
    )


# "dentist 450, in 3 instalments of 150", "is in 3x of 150 on the card": one part of a price
# said beside it, paid in parts
_INSTALMENT_BEFORE = re.compile(
    r"\b\d{1,2}\s*(?:x|×|instal+ments?|payments?|parcel(?:as|s)?|vezes|cuotas|"
    r"monthly\s+payments?)\s+(?:of|de)\s+(?:[$€£]\s*|r\$\s*)?\Z",
    re.I,
)


# The price first paid, told beside the money back: "refunded 15 on the headphones I bought
# for 60", "gave me back 29,99, i had paid 59,98 for 2", "refund 12, originally 30"
_PRICE_FIRST_PAID_BEFORE = re.compile(
    r"\b(?:(?:i|we)\s+(?:had\s+)?(?:bought|paid)\s+(?:(?:it|them|(?:the|a|my)\s+\w+)\s+)?"
    r"(?:for\s+)?|originally\s+|original\s+price\s+(?:was\s+)?|full\s+price\s+(?:was\s+)?)"
    r"(?:[$€£]\s*)?\Z",
    re.I,
)


# The price first paid, told beside the money back ("£12 back for the hairdryer, bought it for
# £34.99", "20 back for the kettle, it cost 45", "Zara refunded 30, the dress was 60"); never
# the refund itself ("the refund was 60")
_PRICE_IT_COST_BEFORE = re.compile(
    r"(?:\b(?:bought|got|paid\s+for)\s+(?:it|them|(?:the|a|my)\s+\w+)\s+(?:for\s+)?|"
    r"\b(?:it|which|that|they|(?:the|this|my)\s+(?!refund|money|amount|total|rest|credit)\w+)"
    r"\s+(?:had\s+)?(?:cost|costs|was|were)\s+(?:me\s+)?(?:originally\s+)?)(?:[$€£]\s*)?\Z",
    re.I,
)


def _prices_first_paid(text: str, amounts: tuple[Amount, ...]) -> list[Amount]:
    """The amounts of a refund told as the price first paid ("I bought it for 60"), and,
    beside the money back, the price it cost ("20 back for the kettle, it cost 45")."""
    first = [a for a in amounts if _PRICE_FIRST_PAID_BEFORE.search(text, 0, a.span.start)]
    if len(first) == len(amounts):
        return first
    aside = [a for a in amounts if _PRICE_IT_COST_BEFORE.search(text, 0, a.span.start)]
    return [a for a in amounts if a in first or a in aside][: len(amounts) - 1]


def _amount_meant(text: str, amounts: tuple[Amount, ...], intent: Intent) -> Amount | None:
    """The one amount a write is about (`_amount_meant_among`); a budget's limit is never a
    sum of the figures said ("groceries budget 400 a month, been spending 550" is 400, not
    950): only the one its own word governs, or none."""
    chosen = _amount_meant_among(text, amounts, intent)
    summed = chosen is not None and chosen.value not in {amount.value for amount in amounts}
    if intent is Intent.SET_BUDGET and summed:
        return _the_budgets_own_amount(text, list(amounts), intent)
    return chosen


def _amount_meant_among(text: str, amounts: tuple[Amount, ...], intent: Intent) -> Amount | None:
    """The one amount a write is about, or None when the text names several that differ
    and nothing says which: amounts denied ("18, not 80"), counting who shares ("split 3
    ways") or numbering a thing ("phase two", "gate 12") are not candidates; among the
    rest, the only one written as money ("$4 … 2 people"), the only one said to be the total
    ("two coffees 7 total"), or the value they all share."""
    amounts = tuple(a for a in amounts if not _counts_people(text, a))
    if not amounts:
        return None  # "so 4 of us": people counted, no money said
    if _sum_said_first(text, amounts):
        return amounts[0]  # "pay the cleaner 90, that's 75 for the cleaning and 15 for supplies"
    if _one_price_for_each_counted(text, amounts):
        return _sum_of(text, list(amounts))  # "Highlands coffee 2 cups, 55k and 65k"
    first_paid = _prices_first_paid(text, amounts) if intent is Intent.ADD_REFUND else []
    if first_paid and len(first_paid) == len(amounts):
        return None  # "refunded me, I bought it for 60": only the price paid said, so asked
    ways = find_split_ways(text)
    declined = _declined_beside_a_price_paid(text, amounts)
    candidates = [
        amount
        for amount in amounts
        if not _NEGATED_BEFORE.search(text, 0, amount.span.start)
        and not (_named_by_number(amount) and _numbered_thing_before(text, amount))
        and not _model_number(text, amount)
        and not _party_size(text, amount)
        and not _a_party_of(text, amount)
        and not _clock_time(text, amount)
        and not _loyalty_points(text, amount)
        and not _one_of_a_few(text, amount)
        and not (len(amounts) > 1 and _a_part_beside_the_bill(text, amount))
        and not _ADDRESS_AFTER.match(text, amount.span.end)
        and not _ADDRESS_BEFORE.search(text, 0, amount.span.start)
        and not (ways and amount.span.within(ways[1]))
        and not _CONVERTED_BEFORE.search(text, 0, amount.span.start)
        and not _OLD_PRICE_BEFORE.search(text, 0, amount.span.start)
        and not _price_it_was(text, amount, amounts)
        and not _whole_of_a_part(text, amount, amounts)
        and not (len(amounts) > 1 and _a_note_or_coin(text, amount))
        and not _BALANCE_BEFORE.search(text, 0, amount.span.start)
        and not (len(amounts) > 1 and _money_left_over(text, amount))
        and not (len(amounts) > 1 and _a_price_not_paid(text, amount, intent))
        and not _asked_not_paid(text, amount, amounts)
        and amount not in declined
        and not (len(amounts) > 1 and _BACK_LATER_BEFORE.search(text, 0, amount.span.start))
        and not _gross_beside_net(text, amount, amounts)
        and not (len(amounts) > 1 and _gross_as_an_aside(text, amount))
        and not _another_chosen_after(text, amount, amounts)
        and not (len(amounts) > 1 and _JUDGED_TOO_AFTER.match(text, amount.span.end))
        and not _converted_after(text, amount, amounts)
        and not (len(amounts) > 1 and _PRICE_OF_A_UNIT_AFTER.match(text, amount.span.end))
        and not (len(amounts) > 1 and _INSTALMENT_BEFORE.search(text, 0, amount.span.start))
        and not (len(amounts) > 1 and _a_due_day(text, amount))
        and not (len(amounts) > 1 and _DEDUCTIBLE_BEFORE.search(text, 0, amount.span.start))
        and amount not in first_paid
    ] or list(amounts)
    candidates = _without_included(text, candidates)
    if _REQUEST_WITH_ITS_AMOUNT.search(text, 0, candidates[0].span.start):
        return candidates[0]  # "move 300 from current to isa, keep 150 for the week"
    paid_in_the_end = [
        a
        for a in candidates
        if _PAID_IN_THE_END.search(text, 0, a.span.start)
        or _paid_with_the_extras(text, a)
        or _handed_over_keeping_the_change(text, a)
    ]
    if len(paid_in_the_end) == 1:  # "was eighty three pound but … so I paid seventy one twenty"
        said = {a.currency for a in candidates if a.currency}
        paid = paid_in_the_end[0]
        return replace(paid, currency=said.pop()) if not paid.currency and len(said) == 1 else paid
    arrived = [a for a in candidates if _said_to_arrive(text, a)]
    if arrived == candidates[-1:] and len(candidates) == 2 and _LESS_ARRIVED.search(text):
        return arrived[0]  # "year end bonus 4k, taxed down to about 2,760 in my account"
    if len(candidates) == 2 and _refines(*candidates):
        first, again = candidates  # "it was 18 dollars, uh, 18 40": said again, to the cent
        return replace(
            again, currency=again.currency or first.currency, marked=again.marked or first.marked
        )
    marked = [amount for amount in candidates if amount.marked]
    totals = [amount for amount in candidates if _said_as_total(text, amount, candidates)]
    one_total = bool(totals) and len({amount.value for amount in totals}) == 1
    if one_total and len(marked) == 1 and totals[-1].value >= marked[0].value:
        return totals[-1]  # "4 francs per hour, 14 total": the total, never less than a part
    if marked and not totals and (listed := _list_with_a_product(text, candidates)):
        return listed  # "açaí 22 reais + 3 toppings at 2 each": the list, not its one marked price
    if len(candidates) == 2 and marked == candidates[:1] and _and_also_for(text, *candidates):
        return _sum_of(text, candidates)  # "paid 1500 rs to the electrician and 300 for the wire"
    if len(marked) == 1 and marked[0] is not candidates[-1] and _sum_said_last(text, candidates):
        last = candidates[-1]  # "$34.99 + tax so 37.88 back": the sum, its sign said once
        return last if last.currency else replace(last, currency=marked[0].currency)
    if len(marked) == 1 and _tip_or_tax_added(text, candidates):
        return _sum_of(text, candidates)  # "lunch 22, left a 3 euro tip": the tip's sign only
    if len(marked) == 1 and (listed := _list_marked_once(text, candidates, marked[0])):
        return listed  # "cheese 14,20, vegetables 9,60 and the fish 21 €": the currency once
    two_priced = (
        len(candidates) == 2
        and _two_things_each_priced(text, *candidates)
        and _AND_BETWEEN.search(text, candidates[0].span.end, candidates[1].span.start)
    )  # (not "300 baht for foreigners, 50 for locals": one price or the other)
    if len(marked) == 1 and two_priced and (listed := _listed_items_total(text, candidates)):
        return listed  # "fishing license 30 dollars and bait 12": the currency said once
    if (
        len(marked) == 1
        and marked[0] in candidates[1:-1]
        and _difference_said_last(text, candidates)
    ):
        return candidates[-1]  # "Tesco 47.82, clubcard knocked off a fiver so 42.82 in the end"
    if len(marked) == 1:
        return marked[0]
    if one_total:
        return totals[-1]  # "… so like 86.39 total. put the 86.39 in": one total, said twice
    if _sum_said_last(text, candidates) or _difference_said_last(text, candidates):
        return candidates[-1]
    if _tip_or_tax_added(text, candidates):
        return _sum_of(text, candidates)  # "Haircut 28,- € and 2 € Trinkgeld": 30 paid
    candidates = marked or candidates
    if len({amount.value for amount in candidates}) == 1:
        if _priced_for_each_one(text, candidates):
            return _sum_of(text, candidates)  # "$15 for Eli and $15 for Nora": both paid
        return candidates[0]
    return _listed_items_total(text, candidates) or _the_budgets_own_amount(
        text, candidates, intent
    )


# A budget's own amount, right after its word: "kids activities budget 85 per week now, it
# was 70", "set a budget of 300 for groceries, I spent 340", "cap my coffee at 40 a month"
_BUDGET_SET_BEFORE = re.compile(
    r"\b(?:budget|limit|cap)\s+(?:(?:my|the|our)\s+)?(?:[^\d.,;!?]{1,30}?\s+)?(?:of|to|at|is|=|:|ya)?\s*"
    r"(?:[$€£]\s*)?\Z|\b(?:limit|cap)\s+[^\d.,;!?]{1,30}?\s+(?:to|at)\s+(?:[$€£]\s*)?\Z",
    re.I,
)


def _the_budgets_own_amount(text: str, candidates: list[Amount], intent: Intent) -> Amount | None:
    """For a budget, among amounts nothing else chooses between, the only one its own word
    governs ("kids activities budget 85 per week now, it was 70", "set a budget of 300 for
    groceries, I spent 340 last month"); None otherwise, and for every other kind of entry:
    which amount was paid or received is asked (a verb of paying chose right three times
    in five on the held halves, so it is never guessed)."""
    if intent is not Intent.SET_BUDGET or _UNSURE_WHICH.search(text):
        return None  # "30 or 35, can't remember": the person is unsure
    governed = [a for a in candidates if _BUDGET_SET_BEFORE.search(text, 0, a.span.start)]
    if len(governed) != 1 or _JOINED_TO_THE_NEXT.match(text, governed[0].span.end):
        return None  # "budget 200 and 300 for fun": both named
    return governed[0]


# Another amount joined after, the verb said once for both: "paid 20 and 30", "spent 12 on
# lunch and 8 on coffee"
_JOINED_TO_THE_NEXT = re.compile(
    r"\s*(?:and|&|,|\+|plus|then)\s*(?:another\s+)?[$€£]?\s?\d|"
    r"\s+(?:on|for|at)\s+[^\d.,;!?]{1,25}?\s+(?:and|&|plus|then)\s+(?:another\s+)?[$€£]?\s?\d",
    re.I,
)


_UNSURE_WHICH = re.compile(
    r"\d\s*(?:[a-z€$£]{1,6}\s+)?(?:or|to|-|–)\s*(?:maybe\s+)?[$€£]?\s?\d+"
    r"(?!\s*(?:days?|weeks?|hours?|hrs?|mins?|minutes?|months?|years?|people|ppl|%))|"
    r"\b(?:can'?t|cannot|don'?t)\s+remember\b|\bnot\s+sure\b",
    re.I,
)


# "… and 50 more for the rush", "… and another 5": a price said as added to the one before
_ADDED_AFTER = re.compile(r"\s*(?:more|extra)\b", re.I)
_ADDED_BEFORE = re.compile(r"\b(?:another|an\s+extra|plus)\s+(?:[$€£]\s*)?\Z", re.I)
_FEWEST_LISTED = 3
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


_AND_BEFORE = re.compile(r"\band\s+(?:another\s+)?\Z", re.I)
_FOR_A_THING_AFTER = re.compile(
    r"\s+(?:more\s+)?for\s+(?:the|a|an|my|his|her|their)\s+[^\W\d_]{3,}", re.I
)


def _and_also_for(text: str, first: Amount, second: Amount) -> bool:
    """True for a second price said after "and", for a thing of its own ("licence renewal 1650
    pound and 200 for the papers", "2 chairs for 30 francs and a lamp for 15"): both paid,
    one entry for the two."""
    gap = text[first.span.end : second.span.start]
    if re.search(r"[.!?;]|\b(?:or|not|but|instead|back|refund\w*)\b", gap):
        return False
    if _AND_A_THING_FOR_BEFORE.search(gap):
        return True
    return (
        _AND_BEFORE.search(gap) is not None
        and _FOR_A_THING_AFTER.match(text, second.span.end) is not None
    )


# "… and a lamp for 15", "… and the frame for 20": a thing of its own, then its price
_AND_A_THING_FOR_BEFORE = re.compile(
    r"\band\s+(?:a|an|the|some|one)\s+(?:[^\W\d_]{2,}\s+){1,3}for\s+(?:[$€£]\s*)?\Z", re.I
)


# The next thing with its own price after this one: "a book for 14 and a pen for 2"
_AND_A_THING_FOR_AFTER = re.compile(
    r"\s+and\s+(?:a|an|the|some|one)\s+(?:[^\W\d_]{2,}\s+){1,3}for\s+(?:[$€£]\s*)?\d", re.I
)


# "for Eli", "for my son", "for the twins": whom or what a price was paid for
_FOR_WHOM_AFTER = re.compile(r"\s+for\s+(?:my\s+|the\s+|our\s+)?(?P<who>[^\W\d_]+)", re.I)


def _priced_for_each_one(text: str, candidates: list[Amount]) -> bool:
    """True for one price said again for each of several people or things ("field trip,
    $15 for Eli and $15 for Nora"): paid once for each, not said twice."""
    said_for = [_FOR_WHOM_AFTER.match(text, amount.span.end) for amount in candidates]
    if len(candidates) < 2 or not all(said_for):
        return False
    return len({said.group("who").lower() for said in said_for if said}) == len(candidates)


def _list_marked_once(text: str, candidates: list[Amount], marked: Amount) -> Amount | None:
    """The total of a list of three prices or more whose currency is written once, at its
    first price or its last, the others written with their cents ("cheese 14,20, vegetables
    9,60 and the fish 21 €")."""
    if len(candidates) < _FEWEST_LISTED or marked not in (candidates[0], candidates[-1]):
        return None
    unmarked = [amount for amount in candidates if amount is not marked]
    if not all(re.search(r"[.,]\d", amount.span.source) for amount in unmarked):
        return None
    return _listed_items_total(text, candidates)


def _clearly_a_list(text: str, candidates: list[Amount]) -> bool:
    """True when prices said together are surely one purchase: three or more, one of them
    a count times a price ("2 bottles of wine at 7.50 each and a 3.20 baguette"), or the
    last said as added to the others ("and 50 more for the rush")."""
    if len(candidates) >= _FEWEST_LISTED:
        return True
    if any(
        len(_NUMBER.findall(amount.span.source)) > 1 or _counted_times_a_price(amount)
        for amount in candidates
    ):
        return True  # a product: its span holds the count and the price
    last = candidates[-1]
    return bool(
        _ADDED_AFTER.match(text, last.span.end)
        or _ADDED_BEFORE.search(text, 0, last.span.start)
        or _two_things_each_priced(text, *candidates)
    )


_AND_BETWEEN = re.compile(r"\b(?:and|n|plus)\b|[+&]", re.I)
# Words that join two priced things or only frame them: they name no thing bought
_FRAME_WORDS = re.compile(
    r"\b(?:and|n|plus|a|an|the|some|for|of|at|with|also|then|i|we|got|had|bought|paid)\b|[,;+&]",
    re.I,
)
# "12 on lunch and 8 on coffee": money put on kinds of spending, perhaps two entries
_ON_A_KIND_AFTER = re.compile(r"\s*(?:[a-z]{1,4}\s+)?on\s+", re.I)


_MAYBE_A_COUNT = re.compile(r"\s+(?!and\b|plus\b)[^\W\d_]{2,}", re.I)
_A_THING = re.compile(r"[^\W\d_]{2,}")  # a word left once the frame words are gone


def _written_as_a_price(amount: Amount) -> bool:
    """True for an amount written with a currency or cents ("£12", "3.20")."""
    return amount.marked or bool(re.search(r"[.,]\d", amount.span.source))


def _two_things_each_priced(text: str, first: Amount, second: Amount) -> bool:
    """True for two things bought together, each named beside its price ("bagel 2.80 and
    juice 3.40", "£2.10 for the bus and 60p for a Freddo", "tim hortons 4.27 dbl dbl + 10pk
    timbits 3.49"): people who write one message for them record one entry, their total.
    Not for prices with no thing of their own between them ("paid 20 and 30", "€52.10 and
    €7.99 at the bakery"), money put on kinds of spending ("12 on lunch and 8 on coffee"),
    nor a first number that may count the things after it ("12 fresh veggies")."""
    if _ON_A_KIND_AFTER.match(text, first.span.end):
        return False
    if _AN_HOUR_OF_ARRIVAL.search(text, 0, first.span.start) and _AN_HOUR.fullmatch(
        first.span.source
    ):
        return False  # "got back home at 5, taxi 20": the hour the person came home, no price
    if _MAYBE_A_COUNT.match(text, first.span.end) and not _written_as_a_price(first):
        return False  # "Aldi 12 fresh veggies and 30 other stuff": 12 may count the veggies
    gap = _FRAME_WORDS.sub(" ", text[first.span.end : second.span.start])
    # (the first price's own words name a thing too: "a dozen eggs … for £3.60")
    before = _FRAME_WORDS.sub(" ", text[: first.span.start] + " " + first.span.source)
    after = _FRAME_WORDS.sub(" ", text[second.span.end :])
    return bool(_A_THING.search(gap)) and bool(_A_THING.search(before) or _A_THING.search(after))


# Where the person got to, just before a bare hour: "got back home at 5", "in the office at 8"
_AN_HOUR_OF_ARRIVAL = re.compile(
    r"\b(?:home|back|there|here|in|out|work|school|office|hotel|airport|station)\s+at\s+$", re.I
)
_AN_HOUR = re.compile(r"(?:[1-9]|1[0-2])")


# "650 € including 120 € Nebenkosten", "436 incl 40 delivery and 20 tip": what follows is a
# part of the amount before, not another price
# ("taxi from airport 320k include toll 25k": a learner's "include")
_INCLUDED_BEFORE = re.compile(
    r"^[^.!?;]*?\b(?:incl(?:uding|uded|\.|s)?|inc\.?|includes?|of\s+which)\b", re.I
)
# "650k, change oil 120k already included", "breakfast 30 was included": a part said to be
# inside the price said before it
_INCLUDED_AFTER = re.compile(
    r"\s*(?:(?:is|was|are|were|also|already)\s+){0,2}(?:included|incl\.?|inclusive)\b", re.I
)


def _without_included(text: str, candidates: list[Amount]) -> list[Amount]:
    """`candidates` without the amounts said to be inside the one before them."""
    for index, (first, second) in enumerate(itertools.pairwise(candidates)):
        inside = _INCLUDED_BEFORE.match(text[first.span.end : second.span.start])
        if inside or _INCLUDED_AFTER.match(text, second.span.end):
            return candidates[: index + 1]
    return candidates


# Between two prices of one list: a separator ("and", "+", a comma) and a few item words;
# never an alternative ("or"), a sequence ("then"), a comparison or an old price
_LIST_JOIN = re.compile(r"(?:,|;|&|\+|\band\b|\bn\b|\bplus\b)", re.I)  # ("… n a red bull 1.85")
_NOT_A_LIST = re.compile(
    r"\b(?:or|then|instead|not|no|was|were|is|used|than|vs|versus|limit|budget|over|under|"
    # a hesitation between two figures: "12, well 14 really", "twelve, er, fourteen"
    r"well|er+m?|uh+m?|um+|hm+|maybe|perhaps|"
    r"left|back|change|but|last|next|saved|save|saving|worth|before|after|would|will|each|per|"
    r"a\s+piece|"
    # a limit, then the figure chosen under it: "the max is 7'258 a year, so let's do 605 a
    # month"; a sum per period is no price of a thing
    r"max(?:imum)?|min(?:imum)?|let['’]?s|a\s+(?:year|month|week)|monthly|yearly|annually|"
    # the total of what came before: "14.2 gallons at $3.19, came to $45.30"
    r"came|comes|total(?:led|ed|s)?|altogether|together|overall|in\s+all|all\s+in|"
    # a price to compare, not a thing bought: "coffee 4, usual 3.50", "phone 299, value 450",
    # "ticket 45, face value 30", "bike 150, new 600", "tv 499, Amazon had it 549", "pizza
    # 20, coupon 5"; another day's price: "lunch 12, yesterday 10"
    # (the price on the tag before a sale is no candidate at all: `_OLD_PRICE_BEFORE`)
    r"(?<!the\s)usual|value|new|avg|average|estimated?|quoted?|coupon|voucher|"
    r"discount|ha[ds]\s+it|online|elsewhere|cheaper|dearer|"
    r"yesterday|today|tomorrow|"
    # people: "gave my cousin 300 for her birthday and me 50" is no list of things bought
    r"me|him|her|them|us|my|his|their|you|your|i|we|he|she|they)\b|"
    # "Aldi 2.15 for 12, Waitrose 3.40 for 6": prices for so many, compared; "jeans 30, 2 for
    # 50": a deal offered
    r"\bfor\s+\d|\d\s+for\s*(?:[$€£]\s*)?\Z|"
    r"[.!?]\s",
    re.I,
)
# "52.10 at Aldi and 7.99 at the bakery": a place named between two prices parts two entries
_PLACE_BETWEEN = re.compile(r"\b(?:at|from|in)\s+(?:the\s+)?[^\W\d]", re.I)
# "38.5 hrs, 4 of them overtime", "1.284,6 m³, 45.210 kWh": the first number measures time or
# a quantity, so it is no price of a list
_UNIT_FIRST = re.compile(r"\s*(?:hrs?|hours?|h|kwh|m³|m²|m2|m3|km|miles?|kg|lbs?|%)(?!\w)", re.I)
_MAX_LIST_GAP_WORDS = 5
_WORD = re.compile(r"\w+")  # (a comma is no word: "£4.20, oh and a scratchcard for 2")
_MAX_LIST_ITEMS = 6


# A tip or tax named beside the second of two prices: "and 2 € Trinkgeld", "plus 2 $ of
# tip", "tax was 9.60", "and I gave 8 € tip"
_TIP_OR_TAX = r"(?:" + TIP_WORDS + r"|" + TAXES_ON_TOP + r"|pst)"
_TIP_OR_TAX_AFTER = re.compile(
    r"\s*(?:[$€£]\s*)?(?:(?:of|in|for|as|the)\s+)?" + _TIP_OR_TAX + r"\b|"
    # "…, plus I left 2 euro on the table": a tip left for the waiter
    r"\s*(?:[$€£]\s*)?(?:euros?|dollars?|bucks|quid|pounds?)?\s*(?:on|under)\s+the\s+(?:table|plate|saucer)\b",
    re.I,
)
_TIP_OR_TAX_BEFORE = re.compile(
    r"\b" + _TIP_OR_TAX + r"\s+(?:was|were|is|of|came\s+to)?\s*(?:[$€£]\s*)?\Z", re.I
)
_TIP_ALREADY_IN = re.compile(r"\b(?:incl\w*|includ\w*|with|w/)\s*\Z|\btotal\b|\ball\s+in\b", re.I)


def _tip_or_tax_added(text: str, candidates: list[Amount]) -> bool:
    """True for a price and, after it, a smaller tip or tax paid on top ("I paid 12,50 $ for
    the poutine, plus 2 $ of tip", "Home Depot 120 before tax, tax was 9.60"); not when the
    tip is said to be inside a total ("436 incl 40 delivery and 20 tip")."""
    if len(candidates) != 2 or len({a.currency for a in candidates if a.currency}) > 1:
        return False
    price, added = candidates
    if added.value >= price.value or _TIP_ALREADY_IN.search(text, 0, added.span.start):
        return False
    return bool(
        _TIP_OR_TAX_AFTER.match(text, added.span.end)
        or _TIP_OR_TAX_BEFORE.search(text, price.span.end, added.span.start)
    )


def _sum_of(text: str, candidates: list[Amount]) -> Amount:
    """One amount for the sum of `candidates`, its span covering them all."""
    first, last = candidates[0], candidates[-1]
    return Amount(
        sum((amount.value for amount in candidates), Decimal(0)),
        next((amount.currency for amount in candidates if amount.currency), None),
        Span(first.span.start, last.span.end, text[first.span.start : last.span.end]),
        marked=any(amount.marked for amount in candidates),
        parts=tuple(span for amount in candidates for span in amount.own_spans()),
    )


_LIST_SPREAD = 10_000  # the most one price of a list may be times another


def _list_with_a_product(text: str, candidates: list[Amount]) -> Amount | None:
    """The total of a list of things bought (`_listed_items_total`) when one of its prices
    is a count times a price ("a lamp for 8 € and two books for 2,50 each"): such a list is
    surely one purchase, whichever of its prices has a currency written."""
    if not any(_counted_times_a_price(amount) for amount in candidates):
        return None
    if _sum_said_last(text, candidates) or _difference_said_last(text, candidates):
        return None
    values = [amount.value for amount in candidates]
    if len(set(values)) < len(values):
        return None  # "38,5 L at 1,739 €/L, paid 66,95 €": one price said twice
    return _listed_items_total(text, candidates)


# A count times a price, as the reader joined it: "two books for 2,50 each", "6 bottles of
# water at 14 baht", "2 cafés at 4.200 c/u", "chai x3 @ 15"
_COUNT_TIMES_PRICE = re.compile(
    r"^\S+\s*(?:[^\W\d]+\s+){0,5}?(?:at|@|x|×|à|for|je|a)\s*(?:[$€£]\s*)?\d|\beach\b|\bc/u\b",
    re.I,
)


def _counted_times_a_price(amount: Amount) -> bool:
    """True for an amount the reader made of a count and a price (not a sum of parts)."""
    said = amount.span.source.strip()
    digits = _NUMBER.search(said)
    alone = digits is None or digits.group(0) == said  # "a tenner", "9.50": no count in it
    return not amount.parts and not alone and bool(_COUNT_TIMES_PRICE.search(said))


def _listed_items_total(text: str, candidates: list[Amount]) -> Amount | None:
    """The sum of a list of things bought together, each with its price ("eggs 4.20, milk
    1.89, bread 2.10", "pad thai 60฿ x2 and a mango shake 40฿", "350 for the logo, and 50
    more for the rush"): prices in one currency, each pair parted by a separator and at most
    a few item words, and clearly one list (`_clearly_a_list`). None for anything else: two
    prices to choose from are asked about ("bagel 2.80 and juice 3.40" may be two entries)."""
    if not 2 <= len(candidates) <= _MAX_LIST_ITEMS:
        return None
    if len({amount.currency for amount in candidates if amount.currency}) > 1:
        return None
    values = [amount.value for amount in candidates]
    if min(values) > 0 and max(values) / min(values) > _LIST_SPREAD:
        return None  # "dinner 900k, chia 3": the 3 is no price beside 900,000
    for first, second in itertools.pairwise(candidates):
        gap = text[first.span.end : second.span.start]
        if (
            not (_LIST_JOIN.search(gap) or _named_between_prices(gap, candidates))
            or _NOT_A_LIST.search(gap)
            or _PLACE_BETWEEN.search(gap)
            or _UNIT_FIRST.match(gap)
            or len([word for word in gap.split() if _WORD.search(word)]) > _MAX_LIST_GAP_WORDS
            or _an_offer_for_the_same_thing(gap, second)
        ):
            return None
    if not _clearly_a_list(text, candidates):
        return None
    if any(_MOVED_TO_AN_ACCOUNT_AFTER.match(text, amount.span.end) for amount in candidates):
        return None  # "salary 2000, deposit 500 to savings": money moved, not bought
    return _sum_of(text, candidates)


# A deal's own words: "2 for 50", "3 for £12"
_A_DEAL = re.compile(r"\d{1,2}\s+for\s+\S+")


def _an_offer_for_the_same_thing(gap: str, second: Amount) -> bool:
    """True for a deal said right after a price with no thing of its own between them
    ("jeans 30, 2 for 50"): the offer on the same jeans, not a second purchase ("jeans 30,
    socks 2 for 5" names the socks)."""
    return bool(_A_DEAL.fullmatch(second.span.source)) and not _A_THING.search(
        _FRAME_WORDS.sub(" ", gap)
    )


# "… 500 to savings", "… 200 into my ISA": money put into an account of the person's own
_MOVED_TO_AN_ACCOUNT_AFTER = re.compile(
    r"\s*(?:to|into)\s+(?:my\s+|the\s+|our\s+)?(?:savings|isa|pot|checking|current|"
    r"(?:savings\s+|checking\s+|current\s+)?account)\b",
    re.I,
)


_ONE_OR_TWO_WORDS = re.compile(r"\s*[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})?\s*")


def _named_between_prices(gap: str, candidates: list[Amount]) -> bool:
    """True for a thing named alone between two prices of a list written without commas
    ("cheese 14,20 vegetables 9,60 and the fish 21 €"): three prices or more, most of them
    written as prices (with cents or a currency)."""
    priced = sum(_written_as_a_price(amount) for amount in candidates)
    return (
        len(candidates) >= _FEWEST_LISTED
        and 2 * priced > len(candidates)
        and _ONE_OR_TWO_WORDS.fullmatch(gap) is not None
    )


# "Pixel 9 case", "Switch 2 from GAME", "iPhone 16 Pro": a product's number, after its name
_NAME_BEFORE_NUMBER = re.compile(r"(?<![.!?]\s)\b(?:[A-Z]|[ie][A-Z])[\w+-]*\s+\Z")
# "parcel to 12 Oak Road": a house number, not a price
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|"
    r"Crescent|Place|Court|Terrace|Gardens|Square|Boulevard|Blvd)\b"
)
# "Gym on Av. Corrientes 1847", "Rua Augusta 274", "Jalan Besar 12": a house number after its
# street, as much of the world writes it
_ADDRESS_BEFORE = re.compile(
    r"\b(?:Av|Avda|Avenida|Calle|Rua|Rue|Via|Viale|Strasse|Straße|Str|Jalan|Jl|Ulica|ul|Đường)"
    r"\.?\s+(?:(?:d[aeo]s?|de\s+la|del|la|le|du)\s+)?(?:[A-ZÀ-Ý][\w'-]*\.?\s+){1,3}\Z"
)
# "dinner at 8 at Nandos", "movie at 9.30", "the 7.15 train": when something happens
_EVENT_AT = re.compile(
    r"\b(?:dinner|lunch|breakfast|brunch|movie|film|cinema|class|appointment|meeting|show|gig|"
    r"match|game|train|bus|flight|party|booking|reservation|session|lesson|haircut)\s+"
    r"(?:\w+\s+){0,2}at\s+\Z|\bthe\s+\Z|"
    # "picked up the kids at three", "dropped her off at 8"
    r"\b(?:picked|dropped)\s+(?:up\s+|off\s+)?(?:the\s+|my\s+)?\w+\s+(?:up\s+|off\s+)?at\s+\Z|"
    # "he came at 10.30", "been in the lab since 6": when someone came, left or began
    r"\b(?:came|arrived|showed\s+up|turned\s+up|left|landed|got\s+(?:here|there|home|back|in))"
    r"\s+(?:around\s+|about\s+)?at\s+\Z|\b(?:since|until|till)\s+\Z",
    re.I,
)
_VEHICLE_AFTER = re.compile(r"\s+(?:train|bus|flight|ferry|coach|tram|show|screening)\b", re.I)
# an hour in digits or words: "8", "9.30", "nine", "eight thirty"
_CLOCK = re.compile(
    r"(?:[1-9]|1[0-2])(?:[.:][0-5]\d)?|"
    + HOUR_WORD
    + r"(?:\s+(?:oh\s+\w+|fifteen|thirty|forty[\s-]five))?",
    re.I,
)
# ("Nintendo Switch 2 for the kids, 1,299.00": who it is for, after the model's number)
_WORD_AFTER_NUMBER = re.compile(
    r"\s+(?:(?!(?:and|or|plus|each|for|at|on|in)\b)[a-z][a-z]+\b|for\s+(?:the|my|our|his|her|their)\b)"
)
_MODEL_NUMBER_BELOW = 21  # "Switch 2", "iPhone 16"; not "Lidl 45 groceries and 3.20 coffee"


def _model_number(text: str, amount: Amount) -> bool:
    """True for a small whole number that names a product ("Pixel 9 case 29.99"): no
    currency, written right after a capitalized name and followed by a lower-case word."""
    return (
        not amount.marked
        and amount.value < _MODEL_NUMBER_BELOW
        and amount.span.source.isdigit()
        and (name := _NAME_BEFORE_NUMBER.search(text, 0, amount.span.start)) is not None
        and not is_brand(name.group(0).strip().lower())  # "Aldi 8 groceries": a shop's price
        and _WORD_AFTER_NUMBER.match(text, amount.span.end) is not None
    )


# "farmers market 31 …, the honey alone was twelve": a part of the total, said beside it
_PART_ALONE_BEFORE = re.compile(
    # ("tips tonight 63 cash, table 9 alone left 20": one table's part of the takings)
    r"\balone\s+(?:was|were|is|cost|costs|came\s+to|left|gave|tipped|paid|spent)\s+(?:almost\s+|nearly\s+|about\s+|"
    r"like\s+|over\s+|around\s+)?[$€£]?\s*\Z",
    re.I,
)
# "dinner was 120, Kate and Lee each owe me 40": a share owed, beside the bill
_OWED_SHARE_BEFORE = re.compile(r"\bowes?\s+(?:me|us)\s+(?:back\s+)?[$€£]?\s*\Z", re.I)


# "cab 340, 60 of that was surge": a part of the amount said before it
_PART_OF_IT_AFTER = re.compile(r"\s*(?:[^\W\d]{1,4}\s+)?" + PART_OF_WHAT_WAS_SAID + r"\b", re.I)


def _a_part_beside_the_bill(text: str, amount: Amount) -> bool:
    """True for a part of the bill said beside it: a share owed ("Kate and Lee each owe me
    40"), one thing's price ("the honey alone was twelve") or a part of what was said before
    ("cab 340, 60 of that was surge")."""
    before = text[: amount.span.start]
    return bool(
        _OWED_SHARE_BEFORE.search(before)
        or _PART_ALONE_BEFORE.search(before)
        or _PART_OF_IT_AFTER.match(text, amount.span.end)
    )


# "paycheck 1 of 2 this month", "2nd installment out of 3": which one of a few, not money
_OF_A_FEW_AFTER = re.compile(r"(?:st|nd|rd|th)?\s+(?:of|out\s+of)\s+\d{1,2}(?![\d.,])", re.I)
_OF_A_FEW_BEFORE = re.compile(
    r"(?<![\d.,])\d{1,2}(?:(?:st|nd|rd|th)(?:\s+[a-z]+){0,2})?\s+(?:of|out\s+of)\s+\Z", re.I
)
_FEW = 12


def _one_of_a_few(text: str, amount: Amount) -> bool:
    """True for a small whole number, no currency, that says which one of a few ("1 of 2")
    or how many there are ("out of 3")."""
    if amount.marked or not amount.span.source.isdigit() or amount.value > _FEW:
        return False
    return bool(
        _OF_A_FEW_AFTER.match(text, amount.span.end)
        or _OF_A_FEW_BEFORE.search(text, 0, amount.span.start)
    )


def _clock_time(text: str, amount: Amount) -> bool:
    """True for an hour said with an event ("dinner at 8", "movie at 9.30"), with someone
    coming or going ("he came at 10.30"), after "since" or "until", or before a vehicle ("the
    7.15 train"), never marked as money."""
    if amount.marked or not _CLOCK.fullmatch(amount.span.source):
        return False
    before = _EVENT_AT.search(text, 0, amount.span.start)
    if before is None:
        return False
    if before.group(0).lower().startswith("the"):
        return _VEHICLE_AFTER.match(text, amount.span.end) is not None  # "the 7.15 train"
    return True  # "dinner at 8"


def _numbered_thing_before(text: str, amount: Amount) -> bool:
    """True when `amount` follows the name of a numbered thing ("table 12", "order #40912",
    "invoice no 2231"), or a small number follows a part of a school's or a course's
    calendar ("term 2", "year 10", "grade 5"), not a "no" that takes back the amount
    before ("860.. no 680")."""
    before = text[: amount.span.start]
    numbered = _NUMBERED_THING.search(before) or (
        _NUMBERED_IN_A_COURSE.search(before) and _ONE_OR_TWO_DIGITS.fullmatch(amount.span.source)
    )
    return (
        bool(numbered)
        and not CORRECTING_NO_BEFORE.search(before)
        and not answering_no_before(text, amount)
    )


# "swimming lessons term 2", "year 10 uniform", "grade 5 trip": the parts of a school's or
# a course's calendar, numbered small ("last year 500 on holidays" is money)
_NUMBERED_IN_A_COURSE = re.compile(
    r"\b(?:year|form|key\s+stage|" + PARTS_OF_A_COURSE + r")\s+\Z", re.I
)
_ONE_OR_TWO_DIGITS = re.compile(r"\d{1,2}")


def _named_by_number(amount: Amount) -> bool:
    """True when `amount` could be the number of a thing ("bus 47", "seat 14C"), not
    money said with its currency ("bus £1.75") or its cents ("bus 2.40, line 46")."""
    if _CENTS_WRITTEN.search(amount.span.source):
        return False
    return amount.currency is None or _CODE_LIKE.fullmatch(amount.span.source) is not None


_CENTS_WRITTEN = re.compile(r"\d[.,]\d{2}\Z")


_CODE_LIKE = re.compile(r"\d{1,4}[A-Z]")  # "seat 14C", "gate 47K": never "14c" (cents)


def _refines(first: Amount, second: Amount) -> bool:
    """True when `second` is `first` said again with its cents (18, then 18.40)."""
    whole = first.value == first.value.to_integral_value()
    cents = second.value != second.value.to_integral_value()
    return whole and cents and int(second.value) == first.value


def _said_as_total(text: str, amount: Amount, candidates: list[Amount]) -> bool:
    """True for an amount said to be the total ("7 total", "total was 3.50"), or, as the
    last of `candidates`, what the things before it came to ("14.2 gallons at $3.19, came to
    $45.30"; not "came to €87.45 but they knocked off €5 … so €82.45")."""
    last = amount is candidates[-1]
    return bool(
        _TOTAL_AFTER.match(text, amount.span.end)
        or _TOTAL_BEFORE.search(text, 0, amount.span.start)
        or (last and _CAME_TO_IN_A_CLAUSE.search(text, 0, amount.span.start))
        or (
            last
            and _TOGETHER_AFTER.match(text, amount.span.end)
            and _sum_before(amount, candidates)
        )
    )


# "bread 1.20 and cheese 3.10, 4.30 together": what the parts came to, said last (not "two
# cornetti for 3 euro together": the price of those two)
_TOGETHER_AFTER = re.compile(r"\s*together\b", re.I)


def _sum_before(amount: Amount, candidates: list[Amount]) -> bool:
    """True when `amount` is the sum of the candidates before it, to the cent."""
    before = candidates[: candidates.index(amount)]
    return len(before) >= 2 and sum(a.value for a in before) == amount.value


# "…, came to $45.30", "…, which came to 18": the sum of what came before, in a clause
_CAME_TO_IN_A_CLAUSE = re.compile(
    r"(?:^|[,;:]\s*|\band\s+)(?:(?:it|that|which|all|everything|the\s+lot)\s+)?(?:all\s+)?"
    r"(?:came|comes)\s+to\s+(?:[$€£]\s*)?\Z",
    re.I,
)


def _sum_said_last(text: str, candidates: list[Amount]) -> bool:
    """True when the last amount ends the message as the sum of the ones before ("taxi 20
    and tip 3, so 23", "bread 2.50 milk 1.20 so 3.70"): said after "so"/"that's" and
    larger than every other amount (a total is never smaller than a part)."""
    if len(candidates) < 2:
        return False
    last = candidates[-1]
    return (
        _SUM_SAID.search(text, 0, last.span.start) is not None
        and _SUM_ENDS.match(text, last.span.end) is not None
        and all(amount.value < last.value for amount in candidates[:-1])
    )


# Prices said one after another, nothing between them but "and" or a comma: "55k and 65k"
_PRICES_ONLY_BETWEEN = re.compile(r"\s*(?:,|and|&|\+)\s*(?:[$€£¥₹]\s*)?\Z", re.I)
_MOST_COUNTED = 6
_WRITTEN_IN_THOUSANDS = re.compile(r"\d\s*k\b", re.I)  # "55k"
# So many things counted: "2 cups", "the two returned items", "both dresses"
_THINGS_COUNTED = re.compile(
    r"\b(?:(?P<count>[2-6]|two|three|four|five|six)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+s\b|"
    r"(?P<both>both)\b)",
    re.I,
)


def _one_price_for_each_counted(text: str, candidates: Sequence[Amount]) -> bool:
    """True for as many prices as things counted, said one after another ("Highlands coffee
    2 cups, 55k and 65k", "refunded 59.90 and 24.95 for the two returned items"): one price
    each, paid together. Never when the prices have words between them, nor when the count
    differs."""
    if not 2 <= len(candidates) <= _MOST_COUNTED:
        return False
    if len({a.currency for a in candidates if a.currency}) > 1:
        return False
    if not all(
        _written_as_a_price(a) or _WRITTEN_IN_THOUSANDS.search(a.span.source) for a in candidates
    ):
        return False  # "two kids, 7 and 4": ages, no prices
    if not all(
        _PRICES_ONLY_BETWEEN.match(text[: after.span.start], before.span.end)
        for before, after in itertools.pairwise(candidates)
    ):
        return False
    counts = []
    for said in _THINGS_COUNTED.finditer(text):
        if any(a.span.start <= said.start() < a.span.end for a in candidates):
            continue
        word = (said.group("count") or "two").lower()
        counts.append(int(word) if word.isdigit() else SMALL_COUNTS[word])
    return counts == [len(candidates)]


# A breakdown begun after the whole: "90, that's 75 for the cleaning and 15 for supplies",
# "£185 – he said 160 for the job and 25 for the part", "180 for today, 150 + 30 for the bus"
_BREAKDOWN_CUE = (
    r"(?:so|i\.e\.?|ie|being|which\s+is|that['’]?s|thats|that\s+is|made\s+up\s+of|"
    r"broken\s+down\s+as|(?:he|she|they)\s+(?:said|says|charged|quoted)|it['’]?s|its)"
)
_BREAKDOWN_BEGINS = re.compile(
    r"[^\d]{0,25}?(?:(?:[,;:(–—]|\s-)\s*(?:"
    + _BREAKDOWN_CUE
    + r"\s+)?|[\s,]+"
    + _BREAKDOWN_CUE
    + r"\s+)(?:[$€£¥₹]\s*)?\Z",
    re.I,
)
_PARTS_JOINED = re.compile(r"\s*(?:\+|and|&|plus|,)\s", re.I)
_WRITTEN_SUM = re.compile(r"\d\s*\+\s*[$€£]?\s*\d")


def _sum_said_first(text: str, candidates: Sequence[Amount]) -> bool:
    """True when the first amount is the whole and the others, said right after it, are its
    parts and add up to it exactly ("pay the cleaner 90, that's 75 for the cleaning and 15
    for supplies"): a breakdown begins right after the whole (a comma, a dash or "that's",
    no item named before the first part), and the parts are joined by "and", "+" or commas;
    never a list whose first item happens to equal the rest ("coffee 5, lunch 3 and snack
    2": "lunch" is named before its price)."""
    worked_out = len(candidates) == 2 and _WRITTEN_SUM.search(candidates[1].span.source)
    if len(candidates) < 3 and not worked_out:  # ("150 + 30" is one amount, a sum written)
        return False
    whole, parts = candidates[0], candidates[1:]
    currencies = {a.currency for a in candidates if a.currency}
    if len(currencies) > 1 or sum(a.value for a in parts) != whole.value:
        return False
    if not _BREAKDOWN_BEGINS.match(text[: parts[0].span.start], whole.span.end):
        return False
    return all(
        _PARTS_JOINED.search(text[: after.span.start], before.span.end)
        for before, after in zip(parts, parts[1:], strict=False)
    )


# What was left after something was taken off, said before the figure: "…, so 5,950",
# "came to 76.35", "= 286,29 $", "leaving 1,176"; or after it: "4,380 actually hit my account"
# (a sum said after its parts and what was paid in the end are said the same ways)
_RESULT_SAID = re.compile(
    _SUM_SAID.pattern
    + "|"
    + _PAID_IN_THE_END.pattern
    + r"|(?:[,;]?\s+so(?:\s+(?:it\s+|that\s+)?(?:is|was|['’]s))?|\bcame\s+to|=|\bleaving|"
    r"\bleft\s+(?:me\s+)?with|\bnet(?:\s+of)?|"
    r"\b(?:i|we)\s+(?:actually\s+|only\s+|just\s+|really\s+)?(?:received|got|paid|took\s+home))"
    r"\s*(?:(?:only|just)\s+)?(?:[$€£]\s*)?\Z",
    re.I,
)
_ARRIVED_AFTER = re.compile(
    r"\s*(?:[a-z]{1,4}\s+)?(?:(?:actually|finally|only|just)\s+)?(?:landed|arrived|hit\s+(?:my|the)\b|"
    r"came\s+in\b|went\s+in\b|(?:was\s+|got\s+)?credited\b|net\b|out\s+of\s+pocket\b|"
    r"in\s+the\s+end\b)",
    re.I,
)
# Something taken off or added on between the first figure and the result: "minus the $500
# scholarship", "after the agent's 15%", "less fees", "with a 10% discount"
_TAKEN_OFF = re.compile(
    r"\b(?:minus|less|after|deducted|discount|off|fees?|withholding|commission|cut|"
    # money taken off what was paid: "used cashback of 12,45", "returned the 15 candle"
    r"cashback|voucher|coupon|gift\s*card|points|rebate|returned|refunded|"
    # what the one paying back held on to: "89,00 but they kept 10,00 of frete"
    r"kept|keeps?|retained|withheld)\b|%|\bper\s*cent\b",
    re.I,
)


def _difference_said_last(text: str, candidates: list[Amount]) -> bool:
    """True when the last amount is what was left once something was taken off the ones
    before ("$6,450.00 minus the $500 scholarship, so 5,950 out of pocket", "€3,000 but after
    the agent's 15% I actually received €2,550"): said as the result, smaller than the first
    figure, with a deduction named before it ("had 30% off, got a coat that was 60 so 42")."""
    if len(candidates) < 2:
        return False
    first, last = candidates[0], candidates[-1]
    said_as_result = _RESULT_SAID.search(text, 0, last.span.start) or _ARRIVED_AFTER.match(
        text, last.span.end
    )
    return bool(
        said_as_result and last.value < first.value and _TAKEN_OFF.search(text, 0, last.span.start)
    )


# Points a shop's card collected, counted before their name, never money: "got 32 clubcard
# points", "87 Cumulus points added" (after it, "Cumulus points 47" numbers a thing:
# `NUMBERED_PLACES`)
_POINTS_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?points\b", re.I)


def _loyalty_points(text: str, amount: Amount) -> bool:
    """True for a number of points said beside a price ("32 clubcard points"), unless
    written as money."""
    return not amount.marked and _POINTS_AFTER.match(text, amount.span.end) is not None


def _counts_people(text: str, amount: Amount) -> bool:
    """True for a number said before "of us" ("the 4 of us", "so 3 of us") or after "same"
    ("same three"): people, never money, unless written as money."""
    if amount.marked:
        return False
    said = amount.span.source.lower()
    if (said.isdigit() or said in SMALL_COUNTS) and _SAME_BEFORE.search(text, 0, amount.span.start):
        return True  # "bar 45, same three": the same people as before
    return _OF_US_ONLY.match(text, amount.span.end) is not None


_SAME_BEFORE = re.compile(r"\bsame\s+\Z", re.I)


def _party_size(text: str, amount: Amount) -> bool:
    """ "dinner 60 for 4", "tickets 90 for 3.", "180 for two", "for the 4 of us": a small whole
    number said after "for" and ending the phrase counts people, when another amount is the
    price."""
    if amount.marked or not 1 < amount.value <= _MAX_PARTY:
        return False
    if _PARTY_BEFORE.search(text, 0, amount.span.start) and _OF_US.match(text, amount.span.end):
        return True  # "Chipotle for the 4 of us, 58.16", "138.60 for the two of us"
    said = amount.span.source
    counted = said.isdigit() or said.lower() in SMALL_COUNTS  # "180 for two, no regrets"
    if _AND_A_THING_FOR_BEFORE.search(text, 0, amount.span.start):
        return False  # "2 chairs for 30 and a lamp for 15": the lamp's price
    if _AND_A_THING_FOR_AFTER.match(text, amount.span.end):
        return False  # "a book for 14 and a pen for 2": the book's price, then the pen's
    return counted and (
        FOR_BEFORE.search(text, 0, amount.span.start) is not None
        and _PHRASE_ENDS.match(text, amount.span.end) is not None
    )


# "team of 4", "a family of five": how many people, said after the group's name
_GROUP_OF_BEFORE = re.compile(
    r"\b(?:team|group|family|party|crew|squad|gang|band|table)\s+of\s+\Z", re.I
)


def _a_party_of(text: str, amount: Amount) -> bool:
    """True for a small count of people said after a group's name ("won 50 at the pub quiz,
    team of 4"), never money written with its currency."""
    return (
        not amount.marked
        and amount.value <= _MAX_PARTY
        and _GROUP_OF_BEFORE.search(text, 0, amount.span.start) is not None
    )


_PARTY_BEFORE = re.compile(r"\b(?:for|with|between|among|and)\s+(?:the\s+|all\s+)?\Z", re.I)
_OF_US = re.compile(r"\s+of\s+(?:us|them)\b", re.I)
_OF_US_ONLY = re.compile(r"\s+of\s+us\b", re.I)


def _corrected_amount(text: str, amounts: tuple[Amount, ...]) -> Amount | None:
    """ "taxi 20, actually 22", "lunch 12 no sorry 14": the amount said after the last
    correction word, when one came after an earlier amount."""
    last = None
    markers = [*SELF_CORRECTION.finditer(text), *_SHOULD_BE.finditer(text)]
    for marker in sorted(markers, key=lambda said: said.start()):
        after = [a for a in amounts if a.span.start >= marker.end()]
        before = [a for a in amounts if a.span.end <= marker.start()]
        if after and before:
            last = _in_the_same_hundreds(after[0], before[-1])
    if last is None:
        last = (
            _restarted(text, amounts)
            or _said_after_a_hesitation(text, amounts)
            or _settled_by_saying_it_again(text, amounts)
            or _changed_by_an_arrow(text, amounts)
        )
    named = [a for a in amounts if _AMOUNT_ASKED_BEFORE.search(text, 0, a.span.start)]
    if last is None and named and len(amounts) > 1:
        return named[-1]  # "the taxi was like 45, 50 with the tip, put 50": the one asked
    return last


# The right figure told after the wrong one: "lunch 12, should be 14 actually" (it picks the
# figure; alone, "should be 17" makes no entry of talk)
_SHOULD_BE = re.compile(r"\bshould\s+(?:be|have\s+been)(?=\s*[$€£]?\s?\d)", re.I)
# An amount named in the request to write: "…, put 50", "log 14", "call it 20", "note 14 euro"
_AMOUNT_ASKED_BEFORE = re.compile(
    r"\b(?:put|log|note|record|enter|make\s+it|call\s+it|just\s+put)\s+(?:down\s+)?(?:[$€£]\s*)?\Z|"
    # the sum paid in the end: "taxi 18.40, rounded it up to 20"
    r"\bround(?:ed|ing)?\s+(?:it\s+|that\s+)?up\s+to\s+(?:[$€£]\s*)?\Z",
    re.I,
)


# A hesitation between two figures, or the second one settled on after it: "twelve, er,
# fourteen", "12.. 14 actually", "12, well 14 really"
_HESITATION = re.compile(r"[\s,.…—–-]*(?:(?:er+m?|uh+m?|um+|hm+|well)\b[\s,.…—–-]*)+", re.I)
_PAUSE = re.compile(r"\s*(?:\.\.+|…)\s*|[\s,]+")
_SETTLED_AFTER = re.compile(r"\s*,?\s*(?:actually|really|i\s+think|i\s+guess)\b", re.I)


def _said_after_a_hesitation(text: str, amounts: tuple[Amount, ...]) -> Amount | None:
    """The second of two figures said one after the other with a hesitation between them
    ("taxi twelve, er, fourteen") or a pause and the second settled on ("taxi 12.. 14
    actually"): the second is meant."""
    if len(amounts) != 2:  # noqa: PLR2004 - one figure, then the one meant
        return None
    first, second = amounts
    gap = text[first.span.end : second.span.start]
    if _HESITATION.fullmatch(gap):
        return second
    if _PAUSE.fullmatch(gap) and _SETTLED_AFTER.match(text, second.span.end):
        return second
    return None


_ARROW = re.compile(r"\s*(?:-+>|=+>|→|⟶|➡️?)\s*")


def _changed_by_an_arrow(text: str, amounts: tuple[Amount, ...]) -> Amount | None:
    """ "groceries budget 400 → 450", "rent 900 -> 950": the figure the arrow points to."""
    for first, second in itertools.pairwise(amounts):
        if _ARROW.fullmatch(text[first.span.end : second.span.start]):
            return second
    return None


_SAID_AGAIN_GAP = re.compile(r"[\s,.?!…]*(?:(?:yeah|yes|yep|ya|ok|okay)\b[\s,.!]*)?", re.I)


def _settled_by_saying_it_again(text: str, amounts: tuple[Amount, ...]) -> Amount | None:
    """ "dinner 45 or was it 54, 54 I think": of two figures wondered between, the one said
    again right after is the one settled on (without it, "80 or was it 90" is asked)."""
    if len(amounts) != 3:  # noqa: PLR2004 - two figures, then one of them again
        return None
    first, wondered, again = amounts
    if wondered.value != again.value or first.value == again.value:
        return None
    return again if _SAID_AGAIN_GAP.fullmatch(text[wondered.span.end : again.span.start]) else None


# Between a number begun and the same number said again: a pause, a filler ("thirty...
# thirty five", "the eighty, er, eighty-five")
_RESTART_GAP = re.compile(r"(?:[\s.,…—–-]|\b(?:er+m?|uh+m?|um+|hm+|like)\b)*", re.I)


def _restarted(text: str, amounts: tuple[Amount, ...]) -> Amount | None:
    """ "I spent thirty... thirty five on books": a spoken amount begun, then said whole;
    the whole one is meant (the one said again starts with the words of the first)."""
    for begun, said in zip(amounts, amounts[1:], strict=False):
        first_words = begun.span.source.lower().split()
        again = said.span.source.lower().replace("-", " ").split()
        if not first_words or not _RESTART_GAP.fullmatch(text[begun.span.end : said.span.start]):
            continue
        if len(again) > len(first_words) and again[: len(first_words)] == first_words:
            return said
    return None


def _in_the_same_hundreds(said: Amount, taken_back: Amount) -> Amount:
    """ "nine hundred … no wait nine fifty": a spoken price whose first word is the hundreds
    of the amount it corrects is that many hundreds and tens (950), not 9.50."""
    if _digit_and_tens(said) and 0 < int(said.value) == taken_back.value // 100:
        return _as_hundreds(said)
    return said


def _fill_when(  # noqa: PLR0913 - the parts of one reading
    text: str,
    intent: Intent,
    found: Found,
    slots: dict[str, object],
    spans: dict[str, Span],
    today: date,
) -> None:
    """The date of a write, or the period of a question. A write said to have happened
    some time in a past period ("last weekend", "in october") keeps the period, so that
    the day is asked for."""
    if found.limit is not None and intent in _QUERIES:
        slots["limit"], spans["limit"] = found.limit.value, found.limit.span
    future = intent is Intent.DRAFT_PAYMENT or (
        intent is Intent.TRANSFER and _MOVED_ALREADY.search(text) is None
    )
    hits = _corrected_dates(text, found.dates)
    denied = [hit for hit in hits if _DENIED_BEFORE.search(text, 0, hit.span.start)]
    if denied and len(denied) < len(hits):
        hits = tuple(hit for hit in hits if hit not in denied)  # "on saturday, not today"
    naming = [hit for hit in hits if _weekday_naming_a_thing(text, hit)]
    if naming and len(naming) < len(hits):
        hits = tuple(hit for hit in hits if hit not in naming)  # "the Saturday market on march 7"
    if intent in ENTRY_INTENTS and not future:
        # "travelling tomorrow so I bought the bus ticket today": the day it was paid, not
        # the day it is for (a day still ahead is read last)
        # ("flying on friday so I bought the shuttle ticket today": a day of speaking first)
        spoken = len(hits) > 1 and any(_DAY_OF_SPEAKING.fullmatch(h.span.source) for h in hits)

        amount = spans.get("amount") if len(hits) > 1 else None

        def paid_first(hit: DateHit) -> tuple[bool, bool, bool]:
            other_day = spoken and not _DAY_OF_SPEAKING.fullmatch(hit.span.source)
            apart = amount is not None and _sentence_apart(text, hit, amount)
            return apart, bool(other_day), _ahead_of(hit.past, today)

        hits = tuple(sorted(hits, key=paid_first))
    for hit in hits:
        when = hit.future if future else hit.past
        if hit.comparison:
            slots["comparison"], spans["comparison"] = when, hit.span
        elif intent.writes and isinstance(when, date) and "date" not in slots:
            slots["date"], spans["date"] = when, hit.span
        elif "period" not in slots and not (intent.writes and intent != Intent.SET_BUDGET):
            period = when if isinstance(when, Period) else Period(when, when, hit.span.source)
            slots["period"], spans["period"] = period, hit.span
        elif (
            intent.writes
            and _some_day_in(when, hit, today)
            and not found.impossible_dates
            and "period" not in slots
        ):
            slots["period"], spans["period"] = when, hit.span


def _sentence_apart(text: str, hit: DateHit, amount: Span) -> bool:
    """True when a sentence ends between the day said and the amount: "Today so tired, …
    until close... oh and yesterday I buy textbook $89.95" (the day of the purchase is the
    one in its sentence)."""
    if hit.span.end <= amount.start:
        return SENTENCE_END.search(text, hit.span.end, amount.start) is not None
    return SENTENCE_END.search(text, amount.end, hit.span.start) is not None


_DENIED_BEFORE = re.compile(r"\b(?:not|never)\s+(?:on\s+)?\Z", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+\Z", re.I)
_WORD_AFTER = re.compile(r"\s+(?!(?:before|after|morning|afternoon|evening|night)\b)[a-z]", re.I)


def _weekday_naming_a_thing(text: str, hit: DateHit) -> bool:
    """True for a weekday said as part of a thing's name ("the Saturday farmers market",
    "the Sunday roast"), not as when something happened."""
    return (
        hit.span.source.lower() in WEEKDAYS
        and bool(_THE_BEFORE.search(text, 0, hit.span.start))
        and bool(_WORD_AFTER.match(text, hit.span.end))
    )


# Days said from the day of speaking, the day a purchase told beside another day was paid
_DAY_OF_SPEAKING = re.compile(
    r"(?:earlier\s+)?today|yesterday|this\s+(?:morning|afternoon|evening)|tonight|last\s+night",
    re.I,
)


def _ahead_of(when: object, today: date) -> bool:
    """True for a day after `today`."""
    return isinstance(when, date) and when > today


# A move told in the past: "moved 1,500 to the emergency fund on Monday" (the Monday gone)
_MOVED_ALREADY = re.compile(
    r"\b(?:moved|transferred|shifted|withdrew|took\s+out|deposited|topped\s+up|swept)\b", re.I
)


def _corrected_dates(text: str, dates: tuple[DateHit, ...]) -> tuple[DateHit, ...]:
    """ "on tuesday, actually it was monday": the dates said after the last correction word
    replace those said before it (as `_corrected_amount` does for amounts)."""
    for marker in reversed(list(SELF_CORRECTION.finditer(text))):
        before = [d for d in dates if d.span.end <= marker.start()]
        after = [d for d in dates if d.span.start >= marker.end()]
        if before and after:
            return tuple(after)
    return dates


def _some_day_in(when: object, hit: DateHit, today: date) -> bool:
    """True for a past period said as when a write happened ("last week", "back in
    october"), not what it paid for ("for november") nor one still running ("this month")."""
    return (
        isinstance(when, Period)
        and when.end < today
        and not hit.span.source.lower().startswith("for ")
    )


def _fill_names(
    text: str, intent: Intent, found: Found, slots: dict[str, object], spans: dict[str, Span]
) -> None:
    if intent in (Intent.OTHER, Intent.HELP, Intent.UNDO, Intent.TRANSFER, Intent.BALANCE):
        return  # a balance is an account's ("what's on the Barclaycard"), never a shop's
    if intent in (Intent.DRAFT_PAYMENT, Intent.ADD_INCOME) or (
        intent == Intent.ADD_EXPENSE and re.search(r"\bpaid\b.*\bto\b", text, re.I)
    ):
        payee = found.payee or _payer_first(text, intent) or _payee_phrase(text, intent, found)
        if payee is not None:
            slots["payee"], spans["payee"] = payee
        if intent != Intent.ADD_EXPENSE:
            return
    merchant = (
        found.merchant
        or _payer_first(text, intent)
        or (found.payee if intent in _QUERIES or intent is Intent.ADD_REFUND else None)
        or _merchant_phrase(text, found)
        or merchant_by_noun(text, found.blocked)
        or merchant_after_cue(text, found.blocked)
    )
    if merchant is not None and merchant[0] != slots.get("payee"):
        slots["merchant"], spans["merchant"] = merchant


def _payer_first(text: str, intent: Intent) -> tuple[str, Span] | None:
    """ "John Carter paid me back $45": the name before "paid me" is who the money came from."""
    if intent not in (Intent.ADD_REFUND, Intent.ADD_INCOME):
        return None
    match = _PAYER_FIRST.match(text)
    if match is None:
        return None
    return match.group("name"), Span(match.start("name"), match.end("name"), match.group("name"))


# Words after "to" that name no one: a verb ("I need to pay 60 to the babysitter", "nothing
# to add") or "self" ("note to self")
_NO_ONE_AFTER_TO = frozenset(
    {"pay", "send", "give", "transfer", "wire", "move", "buy", "get", "put", "make", "settle"}
    | {"add", "log", "say", "self"}
    # what is sent, then to whom: "send money to mom", "send rent to my landlord"
    | {"money", "cash", "funds", "rent", "deposit", "pix", "payment", "transfer"}
)


# A verb's "to" right after it: "need to", "want to", "going to" (no one it goes to)
_INFINITIVE_BEFORE = re.compile(
    r"\b(?:need|needs|have|has|had|want|wants|going|got|try|trying|able|forgot|remember|how)\s*\Z",
    re.I,
)


def _payee_phrase(text: str, intent: Intent, found: Found) -> tuple[str, Span] | None:
    patterns = (
        # ("Invoice paid by Moreno & Diaz: £2,400.00", "got paid 500 by Harlow Ltd")
        [
            r"\b(?:to|from)\s+(?:my\s+|the\s+)?",
            r"\b(?:paid|sent|transferred|wired)\s+by\s+(?:my\s+|the\s+)?",
        ]
        if intent == Intent.ADD_INCOME
        else [
            _PAYEE_VERB.pattern + r"(?:my\s+|the\s+|for\s+(?:my\s+|the\s+)?)?",
            r"\bto\s+(?:my\s+|the\s+)?",
        ]
    )
    for pattern in patterns:
        for match in re.finditer(pattern, text, re.I):
            if _INFINITIVE_BEFORE.search(text, 0, match.start()):
                continue  # "I need to sort out the payment mess": "to" of a verb, no one
            span = phrase_after(text, match.end(), found.blocked) or _name_after_who_they_are(
                text, match.end(), found
            )
            if span is None or _is_account_word(span.source):
                continue
            if span.source.split()[0].lower() in _NO_ONE_AFTER_TO:
                continue  # "I need to pay 60 to the babysitter": "to pay" names no one
            if span.source.lower() in _PRONOUNS:
                return None  # "pay her": who is meant is asked, never taken as a name
            return span.source, span
    return None


# "my brother Thiago", "the landlord Mr Cohen": who someone is, then their name
_WHO_THEN_A_NAME = re.compile(r"(?P<who>[a-z]+)\s+(?=[A-Z])")


def _name_after_who_they_are(text: str, position: int, found: Found) -> Span | None:
    """The name said after a word for who the person is ("send 150 to my brother Thiago":
    Thiago), in a sentence whose names are capitalized; None when no such word comes first."""
    said = _WHO_THEN_A_NAME.match(text, position)
    if said is None or said.group("who") not in PERSON_WORDS:
        return None
    return phrase_after(text, said.end(), found.blocked)


_POINTS_AT_A_PLACE = re.compile(
    r"(?:there|here|(?:the\s+)?same\b.*|(?:that|this)\s+(?:place|shop|store))\W*$", re.I
)


def _no_shop(name: str) -> bool:
    """True for words read where a shop's name goes that name none: a place pointed at
    ("there", "the same vet"), a unit glued to a number ("45.6L"), "note to self"."""
    lowered = name.lower()
    return bool(_POINTS_AT_A_PLACE.match(name)) or lowered in MEASURE_UNITS or lowered == "self"


def _merchant_phrase(text: str, found: Found) -> tuple[str, Span] | None:
    pattern = (
        r"\b(?:at(?!\s+(?:least|most|all|once|home|work)\b)|from|frm|fae|@)\s+(?:the\s+)?|"
        r"\b(?:with|on|via|for)\s+(?=[A-Z])"
    )
    # the sentence that says the money first: "My PIN got blocked at the ATM. Anyway, lunch at
    # Wagamama 14.50, log it": Wagamama
    money_at = found.amounts[0].span.start if found.amounts else 0
    said_from = max((m.end() for m in SENTENCE_END.finditer(text, 0, money_at)), default=0)
    matches = [m for m in re.finditer(pattern, text) if m.start() >= said_from]
    matches += [m for m in re.finditer(pattern, text) if m.start() < said_from]
    for match in matches:
        span = phrase_after(text, match.end(), found.blocked)
        if span is None or _is_account_word(span.source):
            continue
        if _COMPANY_KEPT.search(text, 0, match.end()) and not is_brand(span.source.lower()):
            continue  # "lunch with Sarah 15", "dinner with Tom": who came along, not the shop
        if category_code(span.source) and span.source.islower() and not is_brand(span.source):
            continue
        return span.source, span
    return None


# An outing, then who came along: "lunch with ", "drinks w/ ", "a night out with "
_COMPANY_KEPT = re.compile(
    r"\b(?:lunch|dinner|breakfast|brunch|coffees?|drinks?|beers?|pints?|tea|meals?|food|pizza|"
    r"movies?|cinema|film|out|date|night|evening|party|trip|holiday|bowling|karaoke|golf|round)\s+"
    r"(?:with|w/)\s+$",
    re.I,
)


def _is_account_word(words: str) -> bool:
    return bool(
        re.search(
            r"\b(?:account|accounts|card|savings|checking|visa|mastercard|cash|bank|paypal|isa|"
            r"tfsa|rrsp|pension|fund|pot|wallet)\b",
            words,
            re.I,
        )
    )


def _fill_category(
    text: str, intent: Intent, slots: dict[str, object], spans: dict[str, Span]
) -> None:
    if intent in (Intent.OTHER, Intent.HELP, Intent.UNDO, Intent.TRANSFER, Intent.BALANCE):
        return
    start = 0
    if intent == Intent.RECATEGORIZE:
        target = re.search(
            r"\b(?:under|as|to|into|in|was|is|be)\s+(?:a\s+|an\s+|the\s+)?", text, re.I
        )
        start = target.end() if target else 0
        what = find_category(text[:start]) if start else None
        said = _recategorized_name(text) or (what[1] if what else None)
        if "merchant" not in slots and said is not None:
            slots["merchant"], spans["merchant"] = said.source, said
    searched = text
    if intent == Intent.RECATEGORIZE and (negated := _NOT_THIS.search(text, start)):
        searched = text[: negated.start()]  # "… was work stuff not food": food is not it
    hit = find_category(searched, start)
    if hit is not None:
        code = write_category(hit[0]) if intent.writes else hit[0]
        if code is not None and _fits_the_entry(intent, code):
            slots["category"], spans["category"] = code, hit[1]
    if intent == Intent.RECATEGORIZE and "category" not in slots and start:
        _fill_named_target(searched, start, slots, spans)  # "put bunnings under home improvement"
    if intent is Intent.QUERY_SPENDING and INCOME_QUESTION.search(text):
        asked = slots.get("category")
        if not (isinstance(asked, str) and asked.startswith(INCOME_GROUP)):
            slots["category"] = INCOME_GROUP  # all money received, or the kind named


# Entries whose category is one of spending (a refund goes back to the one it left)
_SPENDING_ENTRIES = frozenset(
    {Intent.ADD_EXPENSE, Intent.ADD_REFUND, Intent.SPLIT_EXPENSE, Intent.DRAFT_PAYMENT}
)


def _fits_the_entry(intent: Intent, code: str) -> bool:
    """False for a category the entry cannot be filed under: a thing sold is money in, never
    a spending category ("a guy bought my old bike for 120" is not "Bikes and scooters"), and
    "tickets for his band's gig" are no gig income."""
    income = code.upper().startswith(INCOME_GROUP)
    if intent is Intent.ADD_INCOME:
        return income
    return not (intent in _SPENDING_ENTRIES and income)


_NOT_THIS = re.compile(r",?\s+(?:not|rather\s+than|instead\s+of)\s+", re.I)
_TARGET_ENDS = re.compile(r"(?:\s+category)?(?:,?\s+please)?[\s.!]*$", re.I)


def _fill_named_target(
    text: str, start: int, slots: dict[str, object], spans: dict[str, Span]
) -> None:
    """The category named after "under"/"as" in words of the taxonomy ("home improvement",
    "loan payments") or by its last word ("work travel"), when no everyday word named it."""
    end = _TARGET_ENDS.search(text, start)
    phrase = text[start : end.start() if end else len(text)]
    code = target_category_code(phrase)
    filed = code and (write_category(code) or filing_code(code))
    if filed:
        slots["category"], spans["category"] = filed, Span(start, start + len(phrase), phrase)


# Words around the name of what is recategorized: "the uh the ikea one", "the category of
# the shell one", "my Big Bazaar bill"
_AROUND_THE_NAME = re.compile(
    r"^(?:(?:the|my|that|this|uh|um|category|of)\s+)*(?P<name>.+?)"
    r"(?:\s+(?:one|thing|bill|buy|purchase|charge|payment|transaction|expense|receipt|order)s?)?$",
    re.I,
)


# What names the newest entry, not a shop: "it", "that one", "my latest", "the last one"
_THE_LATEST = re.compile(
    r"(?:the\s+)?(?:it|that|this|(?:(?:very|most)\s+)?(?:last|latest|newest|recent|previous))"
    r"(?:\s+one)?",
    re.I,
)


def _recategorized_name(text: str) -> Span | None:
    """The shop named in a recategorization ("put Woolworths under clothing", "the ikea one
    should be furniture"), or None when it names the latest one ("that", "it")."""
    said = RECAT.match(text)
    if said is None:
        return None
    group = next((name for name in ("what", "what1", "what4") if said.group(name)), None)
    if group is None:
        return None
    around = _AROUND_THE_NAME.match(said.group(group))
    if around is None:
        return None
    name = around.group("name")
    if _THE_LATEST.fullmatch(name) or category_code(name):
        return None
    words = name.split()
    while len(words) > 1 and category_code(words[-1]):
        words.pop()  # "the Shell fuel charge": Shell
    skipped = 0
    while words and _AN_AMOUNT_WORD.fullmatch(words[0]):
        skipped += len(words.pop(0)) + 1  # "the 38 uber": the amount names no shop
    if not words or (len(words) == 1 and category_code(words[0])):
        return None  # "the 120 dinner": an amount and a kind, no shop
    name = " ".join(words) if len(words) < len(name.split()) else name
    start = said.start(group) + around.start("name") + skipped
    return Span(start, start + len(name), name)


_AN_AMOUNT_WORD = re.compile(r"[$€£₹₦¥]?\d[\d.,]*(?:[a-z€$£]{0,3})?", re.I)


def _fill_cash_deposit(
    text: str, deposit: re.Match[str], slots: dict[str, object], spans: dict[str, Span]
) -> None:
    """Cash paid into an account: from the cash in one's pocket to the account named ("into
    my savings account": savings; "into the bank": the bank)."""
    cash = re.search(r"\bcash\b", deposit.group(0), re.I)
    if cash is not None:
        start = deposit.start() + cash.start()
        spans["account"] = Span(start, start + len("cash"), text[start : start + len("cash")])
    slots["account"] = CASH_ACCOUNT
    named = find_account(text[deposit.start("to") :])
    slots["to_account"] = named[0] if named is not None else deposit.group("to").lower()
    spans["to_account"] = Span(deposit.start("to"), deposit.end("to"), deposit.group("to"))


def _withdrawal_span(withdrawal: re.Match[str]) -> Span:
    """Where the cash came from ("atm", "cashpoint"), or the words "cash withdrawal"."""
    where = "where" if withdrawal.group("where") else "where3" if withdrawal.group("where3") else 0
    return Span(withdrawal.start(where), withdrawal.end(where), withdrawal.group(where))


_DESTINATION_BEFORE = re.compile(
    r"\b(?:to|into|in|onto|toward|towards|top\s+up)\s+(?:(?:my|our|the)\s+)?$", re.I
)
"""The words just before an account that name it as where a transfer's money goes."""


def _fill_account(
    text: str,
    intent: Intent,
    known: tuple[str, ...],
    slots: dict[str, object],
    spans: dict[str, Span],
) -> None:
    if intent in (Intent.OTHER, Intent.HELP, Intent.UNDO):
        return
    if intent == Intent.TRANSFER:
        if (withdrawal := CASH_WITHDRAWAL.search(text)) is not None:
            slots["to_account"] = CASH_ACCOUNT  # the money now in one's pocket
            spans["to_account"] = _withdrawal_span(withdrawal)
            return
        if (deposit := CASH_DEPOSIT.search(text)) is not None:
            _fill_cash_deposit(text, deposit, slots, spans)  # "paid 200 cash into the bank"
            return
        source, target = find_accounts_pair(text)
        for key, value in (("account", source), ("to_account", target)):
            if value is not None:
                slots[key], spans[key] = value
        if source is not None:
            return
        into = re.search(r"\b(?:to|into)\s+(?:my\s+|the\s+)?(?P<a>\w+)", text, re.I)
        if into and _is_account_word(into.group("a")):
            slots["to_account"] = into.group("a").lower()
            spans["to_account"] = Span(into.start("a"), into.end("a"), into.group("a"))
            return
    account = match_known(text, known) or find_account(text)
    if account is None and intent == Intent.BALANCE:
        account = _account_named_after_in(text)  # "how much is in M-Shwari now"
    if account is not None and account[0] != (slots.get("payee") or "").__str__().lower():
        key = "account"
        if intent == Intent.TRANSFER and _DESTINATION_BEFORE.search(text[: account[1].start]):
            key = "to_account"  # "put 45 into the holiday fund": where the money goes
        slots[key], spans[key] = account
