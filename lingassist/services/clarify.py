"""What the assistant says when it did not understand: what it did see, what is missing,
and the closest thing it can do, with an example, never a guess acted on."""

from __future__ import annotations

import re

from lingassist.assistant.intent_words import (
    CRYPTO,
    OTHERS_SPENDING_SAID,
    PRESENT_PRICE,
    SOMEONE_ELSES,
    UNDRAFTABLE,
    WIPE_ALL,
)
from lingassist.assistant.intents import PRICE_NOW_CHANGED, category_not_known
from lingassist.assistant.langs import language_pack
from lingassist.assistant.language_pack import LanguagePack
from lingassist.assistant.languages import NAMES, PACKS
from lingassist.assistant.types import Intent, ParsedCommand
from lingassist.assistant.whose import spent_by_someone_else

EXAMPLES: dict[Intent, tuple[str, str]] = {
    Intent.ADD_EXPENSE: ("log an expense", "lunch 12.50 at Noodle Bar"),
    Intent.ADD_INCOME: ("log money you received", "salary 2,400"),
    Intent.ADD_REFUND: ("log a refund", "refund of 20 from Amazon"),
    Intent.SPLIT_EXPENSE: ("split an expense", "dinner 60 split with Tom"),
    Intent.TRANSFER: ("move money between your accounts", "move 200 from checking to savings"),
    Intent.DRAFT_PAYMENT: ("draft a payment", "pay Alice Martin 40 for dinner"),
    Intent.SET_BUDGET: ("set a budget", "budget 300 a month for groceries"),
    Intent.BUDGET_STATUS: ("check a budget", "how is my groceries budget"),
    Intent.QUERY_SPENDING: ("see what you spent", "how much did I spend on food last month"),
    Intent.QUERY_BREAKDOWN: ("rank your spending", "top categories last month"),
    Intent.SHOW_TRANSACTIONS: ("list transactions", "show transactions over 100 in October"),
    Intent.BALANCE: ("see a balance", "what's my checking balance"),
    Intent.QUERY_SUBSCRIPTIONS: ("list subscriptions", "list subscriptions"),
    Intent.RECATEGORIZE: ("move something to another category", "the Uber ride was travel"),
}
CRYPTO_REFUSED = (
    "I can't send, buy or sell crypto-assets: LingAssist keeps money in your accounts and "
    "drafts bank payments only. Nothing was drafted."
)
GROUP_PAYMENT_REFUSED = (
    "I can't draft that: a payment goes to one saved payee at a time, never to everyone at "
    "once or as a fee to release a prize or a parcel. Nothing was drafted."
)
CANCEL_ELSEWHERE = (
    "I can't cancel a subscription, a membership or a bank payment for you, or say whether "
    "to. “list subscriptions” shows what you pay regularly."
)
SOMEONE_ELSES_MONEY = (
    "That sounds like someone else's money, so I left it alone: I record only your own "
    "spending and income. If it was yours, say it like “lunch 12.50 at Noodle Bar”."
)
PRICE_TOLD = (
    "That sounds like a price ({amount}), not something you paid, so I left it alone. If you "
    "paid it, say it like “bus pass 68” or “paid 14.50 for the cinema”."
)
DELETE_ALL_REFUSED = (
    "I can't delete all your data or your accounts from the conversation; nothing was "
    "removed. “undo” takes back your last change, one at a time."
)
# A sentence read as "other" that asks to cancel something of the person's (not the card on
# screen, which "cancel that" drops): "should I cancel Netflix?", "cancel my gym"
_CANCELS = re.compile(r"\bcancel(?:l?(?:ing|ed))?\b", re.I)
GENERAL = (
    "I can record spending and income, answer questions about your money, set budgets and "
    "draft payments. Type “help” for examples."
)


# "English, French and Vietnamese": English and every language with a pack
_READ = ["English", *(NAMES[code] for code in PACKS)]
_LANGUAGES_READ = " and ".join([", ".join(_READ[:-1]), _READ[-1]]) if len(_READ) > 1 else "English"


def not_understood(command: ParsedCommand, amount_text: str | None) -> str:
    """The reply to a sentence read as "other": honest about what was and wasn't seen (an
    amount is mentioned only when the sentence came close to something the app does)."""
    pack = language_pack(command.language)
    if pack is not None:
        return _not_understood_in(pack, command, amount_text)
    if command.language != "en":
        name = NAMES.get(command.language, "another language")
        return (
            f"I understand {_LANGUAGES_READ} only so far, and this looks like {name}. "
            "For example: “spent 12 euros at the café”."
        )
    refused = _refused(command)
    if refused is not None:
        return refused
    unknown = category_not_known(command.text)
    if unknown is not None:  # "the 74€ from Ryanair put it in viajes": the move is clear
        return (
            f"I don't know a category called “{unknown}”, so nothing was moved. Which category "
            "should it go to? Say it like “the Uber ride was travel”."
        )
    if amount_text is not None and _someone_elses(command.text):
        return SOMEONE_ELSES_MONEY  # "Ines spends 12k on clothes every month": not to log
    if amount_text is not None and _a_price_told(command.text):
        return PRICE_TOLD.format(amount=amount_text)  # "bus pass went up again, 68 now"
    parts = ["Sorry, I didn't get that."]
    if amount_text is not None and command.closest is not None:
        parts.append(f"I see {amount_text}, but not what to do with it.")
    if command.closest in EXAMPLES:
        what, example = EXAMPLES[command.closest]
        parts.append(f"If you meant to {what}, say it like “{example}”.")
    else:
        parts.append(GENERAL)
    return " ".join(parts)


def _a_price_told(text: str) -> bool:
    """True for a price said as it stands or as it changed, no purchase told ("bus pass went
    up again, 68 now", "the cinema is 14.50 now")."""
    return bool(PRICE_NOW_CHANGED.search(text) or PRESENT_PRICE.search(text))


def _someone_elses(text: str) -> bool:
    """True for money the sentence says is someone else's ("Ines spends 12k on clothes
    every month", "my brother's car cost 18k", "neighbour got a 19.99 refund"): the reply
    says so rather than inviting the person to log it."""
    return bool(
        OTHERS_SPENDING_SAID.search(text) or SOMEONE_ELSES.search(text)
    ) or spent_by_someone_else(text)


def _refused(command: ParsedCommand) -> str | None:
    """What the assistant says plainly it cannot do, for an English sentence the parser
    refused ("send 0.05 btc to bc1q…", "pay everyone in my contacts 10", "delete all my
    data", "should I cancel Netflix?"), rather than claiming not to have understood it;
    None for anything else."""
    if CRYPTO.search(command.text):
        return CRYPTO_REFUSED
    if command.closest is Intent.DRAFT_PAYMENT and UNDRAFTABLE.search(command.text):
        return GROUP_PAYMENT_REFUSED
    if WIPE_ALL.search(command.text):
        return DELETE_ALL_REFUSED
    if _CANCELS.search(command.text):
        return CANCEL_ELSEWHERE
    return None


def _not_understood_in(pack: LanguagePack, command: ParsedCommand, amount_text: str | None) -> str:
    """The same honest reply in a language the assistant reads (French, Vietnamese)."""
    parts = [pack.messages["not_understood"]]
    if amount_text is not None and command.closest is not None:
        parts.append(pack.messages["seen_amount"].format(amount=amount_text))
    closest = command.closest.value if command.closest is not None else ""
    if f"example.{closest}" in pack.messages:  # "what|example", as EXAMPLES in English
        what, example = pack.messages[f"example.{closest}"].split("|")
        parts.append(pack.messages["example"].format(what=what, example=example))
    else:
        parts.append(pack.messages["general"])
    return " ".join(parts)
