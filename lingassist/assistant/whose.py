"""Whose money a sentence is about: the subject of its money verb.

"my roommate spent sixty dollars on doordash", "mum reckons dad spent 90 quid at B&Q",
"work bought everyone Chipotle": the spending is someone else's, so there is nothing for
the person's ledger. The subject is the word just before the verb once fillers ("just",
"already", "lol") are skipped; a clause that starts with the verb ("spent 40 on lunch")
or says "I"/"we" is the person's own. Word lists are data (`lexicon.OTHER_SPENDERS`,
`SUBJECT_FILLERS`, `FIRST_PERSON`).
"""

from __future__ import annotations

import re

from lingassist.assistant.categories import is_brand, is_category_word
from lingassist.assistant.date_words import MONTHS, WEEKDAYS
from lingassist.assistant.lexicon import (
    FIRST_PERSON,
    NUMBER_WORD,
    OTHER_SPENDERS,
    OWN_ACCOUNT,
    PAYERS_OF_THE_PERSON,
    SUBJECT_FILLERS,
)
from lingassist.assistant.typos import DATE_WORDS

# Verbs of spending or earning done by their subject. "sent"/"gave" are left out: family
# money sent without "me" is usually money the person received ("mum sent 50 for food").
_MONEY_VERB = re.compile(
    r"\b(?:spent|spends|paid|pays|bought|buys|dropped|drops|blew|blows|splurged|splashed|"
    r"expensed|wasted|forked|shelled|earned|earns|won|lost|budgets|budgeted|"
    # (never a thing made or done: "She made it very nice this time", "made sure")
    r"(?:made|makes)(?!\s+(?:it|them|him|her|me|us|you|sure|up|do|fun|friends|a\s+(?:mess|mistake|cake))\b)|"
    # (a price put up is no money raised: "gym fee 2100, they raised it this quarter")
    r"raised(?!\s+(?:it|the\s+(?:price|rent|fee|fees)|prices?|rates?|fees)\b)|"
    r"collected|sold|sells|moved|moves|transferred|transfers|deposited|withdrew|saved|saves|"
    # money that reached them: "my dad received 300 from the council", "my neighbour got 4,000
    # back from the tax office" ("got home" is no money)
    # ("neighbor got a 34.99 refund from amazon")
    r"received|receives|(?:got|gets)(?=\s+(?:paid\b|(?:a\s+|an\s+)?[$€£]?\s?\d))|"
    # a budget of their own: "my flatmate set herself a 50 quid budget for nights out"
    r"set(?=\s+(?:herself|himself|themselves)\b)|"
    # or set for their own spending: "My friend has set monthly limit of Rs 8000 for food
    # delivery", "my sister set a budget of 300 for clothes"
    r"set(?=\s+(?:(?:a|an|the|his|her|their)\s+)?(?:(?:monthly|weekly|yearly|strict|tight|"
    r"spending)\s+)?(?:budget|limit|cap)\b)|"
    # money given to others than the person: "grandma gave each of the kids 100", "mom gave
    # neha 2000 for her birthday"
    r"(?:gave|gives|sent|sends)(?=\s+(?:each\s+(?:of\s+)?)?(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:kids|children|grandkids|grandchildren|everyone|each)\b)|"
    r"(?:gave|gives)(?=\s+(?!(?:me|us|my|our|it|them|him|her|the|a|an)\b)[a-z]+\s+[$€£]?\s?\d)|"
    # money sent from one of them to another: "her son sent her 200 for the bills", "his
    # daughter e-transferred him 200" (never to the person: "mum sent me 50")
    r"(?:sent|sends|gave|gives|(?:e-?)?transferr?ed|wired|venmo'?e?d|zelled)"
    r"(?=\s+(?:him|her|them)\s+(?:over\s+|back\s+)?[$€£₹]?\s?\d)|"
    # takings: "the till took 2,340 last night" ("took out 50 at the atm" has no subject; "the
    # technician came …, he took 70$" is what he charged the person)
    r"(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)took(?=\s+[$€£]?\s?\d)|"
    # money left somewhere by someone: "Somebody left 2k on the table at the restaurant"
    r"left(?=\s+(?:a\s+)?[$€£]?\s?\d))",
    re.I,
)
# After the verb: the money came to the person or their share ("paid me back", "paid her
# share"), so it is theirs to record
# ("Mr Rami paid his old debt, 150$": a debt paid to the person)
_TO_THE_PERSON = re.compile(
    r"\s+(?:me|us|(?:his|her|their)\s+(?:old\s+)?(?:share|part|half|debt|dues|tab)|back|"
    # a thing of the person's sold to them: "someone bought my old docs for £35"
    r"(?<=bought\s)(?:my|our)\s+(?:old|used|spare|second-?hand)|"
    # "Kofi finally paid the 1,050 he was owing"
    r"(?:the\s+)?[$€£]?\d[\d.,]*k?\s+(?:he|she|they)\s+(?:was\s+|were\s+)?(?:owing|owed)|"
    # "dad transferred 200 to my account": into the person's own account
    r"(?:[$€£₹]?\d[\d.,]*k?\s+(?:\w+\s+)?)?(?:to|into|in)\s+my\s+" + OWN_ACCOUNT + r")\b",
    re.I,
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*|[.,;:!?()\"—–]")
# Words after which a person named is no subject: "lunch with my boss, paid 30"
_NOT_THE_SUBJECT = frozenset({"for", "to", "with", "from", "by", "of"})
_SUBJECT_WORDS = 3  # "my little brother": a subject's words, at most
# Words said before a subject: "my little brother", "our eldest", "the kids"
_BEFORE_A_SUBJECT = frozenset(
    {
        "my",
        "our",
        "the",
        "his",
        "her",
        "their",
        "little",
        "big",
        "older",
        "younger",
        "eldest",
        "youngest",
        "best",
        "ex",
        "step",
        "so",
        "well",
        "oh",
        "ok",
        "okay",
    }
)
_CLAUSE_EDGE = frozenset('.,;:!?()"—–') | {"but", "so", "because", "cause", "coz", "that"}


# Where a subject lives, said after it: "the lad next door", "the couple upstairs"
_WHERE_THEY_LIVE = (("next", "door"), ("upstairs",), ("downstairs",), ("across", "the", "road"))
# Where someone stood beside the person: "the guy ahead of me at Canadian Tire spent 900"
_BESIDE_ME = (
    ("ahead", "of", "me"), ("in", "front", "of", "me"), ("behind", "me"), ("next", "to", "me"),
    ("beside", "me"),
)  # fmt: skip


# A laugh or a gasp typed out long: "lmaooo", "lolll", "hahaha", "omggg"
_LAUGH = re.compile(r"l+o+l+|lmf?a+o+|ha(?:ha)+h?|he(?:he)+|omg+|wow+|ugh+", re.I)


def _is_filler(word: str) -> bool:
    """True for a word said before a verb that names no one: "just", "lol", "lmaooo"."""
    return word.lower() in SUBJECT_FILLERS or _LAUGH.fullmatch(word) is not None


def _without_where_they_live(words: list[str]) -> list[str]:
    """`words` without a trailing "next door", "upstairs" … that follows a subject, or where
    they stood beside the person ("the guy ahead of me at Canadian Tire")."""
    lowered = [w.lower() for w in words]
    for tail in _WHERE_THEY_LIVE:
        if len(words) > len(tail) and tuple(lowered[-len(tail) :]) == tail:
            return words[: -len(tail)]
    for phrase in _BESIDE_ME:
        for start in range(len(lowered) - len(phrase), 0, -1):
            if tuple(lowered[start : start + len(phrase)]) == phrase:
                return words[:start]  # "the guy" of "the guy ahead of me at …"
    return words


def _subject_before(words: list[str]) -> str | None:
    """The subject word before a verb (lower case), "" at a clause's start, None when the
    words before it are not a plain subject."""
    rest = list(words)
    joined = False  # "someone stole my card and bought …": the first verb's subject
    while rest and _is_filler(rest[-1]):
        joined = joined or rest[-1].lower() == "and"
        rest.pop()
    if not rest or rest[-1].lower() in _CLAUSE_EDGE:
        return ""
    if tuple(word.lower() for word in rest) in _WHERE_THEY_LIVE:
        return "neighbours"  # "Next door paid £1,250 for a new boiler": the neighbours
    rest = _without_where_they_live(rest)  # "the lad next door sold …": the lad
    if joined:
        clause = [w for w in rest if not _is_filler(w)]
        edges = [i for i, w in enumerate(clause) if w.lower() in _CLAUSE_EDGE]
        start = edges[-1] + 1 if edges else 0
        for word in (w.lower() for w in clause[start : start + _SUBJECT_WORDS]):
            if word in FIRST_PERSON or word in OTHER_SPENDERS:
                return word  # "my brother came over and paid 40": the brother's
            if word not in _BEFORE_A_SUBJECT:
                break  # "took Mum to Palmers and paid 56": the clause starts with its verb
        return ""
    head = rest[-1].lower().replace("’", "'")
    if head == "law" and len(rest) >= 3 and rest[-2].lower() == "in":
        return "in-law"  # "my sister in law"
    if head in OTHER_SPENDERS and _after_a_preposition(rest[:-1]):
        return ""  # "at the park with the kids spent 64": the kids were with the person
    if head in FIRST_PERSON or head in OTHER_SPENDERS:
        return head
    # "uncle Jim paid", "a guy at the gym paid": a spender named a few words before
    # (not a payer after a preposition: "Bonus from company was deposited")
    for place in range(len(rest) - 2, max(len(rest) - _SUBJECT_WORDS - 2, -1), -1):
        word = _owner(rest[place].lower())
        if word in _CLAUSE_EDGE or word in _NOT_THE_SUBJECT or word in FIRST_PERSON:
            break
        if word in OTHER_SPENDERS and not _after_a_preposition(rest[:place]):
            return word  # also an owner's: "the kids' lemonade stand made 14.50"
    return head


def _the_person_among(words: list[str]) -> bool:
    """True when the subject right before a verb joins the person to others: "me and my
    mates", "me and the lads" (the subject's words after "me and", fillers skipped)."""
    rest = [w.lower() for w in words]
    while rest and _is_filler(rest[-1]):
        rest.pop()
    if not rest:
        return False
    rest.pop()  # the subject's head: "mates"
    while rest and rest[-1] in _BEFORE_A_SUBJECT:
        rest.pop()
    return rest[-2:] == ["me", "and"]


def _after_a_preposition(words: list[str]) -> bool:
    """True when the words before a subject end with a preposition, once "my", "the" …
    are skipped ("with the", "for my"): the word after it is no subject."""
    rest = [w.lower() for w in words]
    while rest and rest[-1] in _BEFORE_A_SUBJECT:
        rest.pop()
    return bool(rest) and rest[-1] in _NOT_THE_SUBJECT


def _owner(word: str) -> str:
    """The word without its possessive ending ("kids'" → "kids", "sister's" → "sister")."""
    return re.sub(r"(?:'s|’s|'|’)$", "", word)


def _joined_to_the_verb_before(words: list[str]) -> bool:
    """True when the words before a verb end with "and" (fillers skipped): the verb shares
    the subject of the one before ("… and blew it in a week")."""
    rest = [w.lower() for w in words]
    while rest and _is_filler(rest[-1]) and rest[-1] != "and":
        rest.pop()
    return bool(rest) and rest[-1] == "and"


def spender_of(text: str) -> str:
    """ "own", "other" or "" (unknown) for the first money verb of `text` whose subject is
    plain; any clause the person says they spent in makes it their own."""
    verdict = ""
    if PAID_FOR_THE_PERSONS_WORK.match(text):
        return "own"  # "Mrs Ahern paid 120 for the callout": paid to the person, for their work
    for verb in _MONEY_VERB.finditer(text):
        if _TO_THE_PERSON.match(text, verb.end()):
            return "own"
        if _AMOUNT_RIGHT_BEFORE.search(text, 0, verb.start()):
            continue  # "school excursion $85 paid on Qkr": the amount paid, no subject said
        if _LINE_THEN_VERB.search(text, 0, verb.start()):
            return "own"  # "school trip 180 - paid", "plants: paid on card": the line's own verb
        before = _WORD.findall(text[: verb.start()])[-8:]
        subject = _subject_before(before)
        if subject is None:
            continue
        if subject == "" and verdict == "other" and _joined_to_the_verb_before(before):
            continue  # "Ciara set herself a 200 budget and blew it": still Ciara
        if subject == "" or subject in FIRST_PERSON:
            return "own"
        if subject in _PRONOUNS_OF_A_PAYER and PAID_FOR_THE_PERSONS_WORK.search(text):
            return "own"  # "Freelance design job, they paid USD 200 to my Payoneer": to me
        if _the_person_among(before):
            return "own"  # "me and my mates paid 60 for the taxi": the person is one of them
        if subject in OTHER_SPENDERS or subject.endswith("in-law"):
            verdict = "other"
        elif subject not in PAYERS_OF_THE_PERSON and _THIRD_PERSON_AFTER.match(text, verb.end()):
            verdict = "other"  # "jack got $200 from his nan for his birthday": Jack's money
        elif len(before) == 1 and _FOR_THE_WHOLE_GROUP_AFTER.match(text, verb.end()):
            verdict = "other"  # "kofi paid 210 for kfc for the whole group": Kofi's treat
        elif _named_alone_before(before, subject) and (
            (
                verb.group(0).lower() in _SPENDING_VERBS
                and _SPENT_ON_SOMETHING.match(text, verb.end())
            )
            or (verb.group(0).lower() in ("got", "gets") and _SUM_BACK.match(text, verb.end()))
        ):
            # "tyler just dropped 400 bucks on a keyboard", "Sneha got 2k back from them":
            # the named one's money
            verdict = "other"
    return verdict or _learners_verb_of_another(text)


# A verb of spending in a learner's bare form: "my sister buy new phone 800"
_BARE_MONEY_VERB = re.compile(
    r"\b(?:buy|pay|spend)\b(?!\s+for\s+(?:himself|herself|themselves))", re.I
)
# "buy my old sewing machine", "pay OT", "pay extra": a thing of the person's or pay for work
_FROM_THE_PERSON = re.compile(r"\s+(?:my|our|ot|overtime|extra|salary|wages?)\b", re.I)
# Words before a bare verb that make it no deed told: "should pay", "will buy", "to spend"
_NOT_TOLD_DONE = frozenset(
    {"should", "will", "would", "can", "could", "must", "to", "might", "gonna", "wanna", "let"}
)


def _learners_verb_of_another(text: str) -> str:
    """ "other" when someone else is the subject of a verb of spending in its bare form, as
    learners tell the past ("my coworker buy new switch, 49980 yen"), and the person of none
    ("the kids buy ice cream 6, I pay" is the person's); "" otherwise (the bare form with no
    subject is a request or a plan, not told here)."""
    verdict = ""
    for verb in _BARE_MONEY_VERB.finditer(text):
        if _TO_THE_PERSON.match(text, verb.end()) or _FROM_THE_PERSON.match(text, verb.end()):
            return ""  # "my boss pay me the overtime", "neighbor buy my old sewing machine"
        before = _WORD.findall(text[: verb.start()])[-8:]
        if any(word.lower() in FIRST_PERSON for word in before):
            return ""  # "me and my sister buy pizza 20", "…, I pay": the person is among them
        if any(word.lower() in _NOT_TOLD_DONE for word in before):
            continue  # "work should pay for these"
        subject = _subject_before(before) or ""
        head = before[-1].lower() if before else ""
        named = len(before) >= 2 and before[-2].lower() == subject and before[-1].isalpha()
        if not head or (subject not in (head, "in-law" if head == "law" else head) and not named):
            continue  # the subject said right before its verb ("Pick n Pay" is a shop), or
            # with their name after it ("Colleague Tanaka pay 50,000 yen")
        if subject in OTHER_SPENDERS - {"he", "she", "they"} or subject == "in-law":
            verdict = "other"
    return verdict


# A dash or a colon right before a money verb, after a ledger line: the verb says the
# person paid it ("school trip 180 - paid"), no subject named
_LINE_THEN_VERB = re.compile(r"\w\s*(?:\s[-–—]|[:–—])\s*\Z")
# Someone paying the person for work they did: a job, an invoice, a lesson told before "they
# paid", or the money paid into the person's own account
_PRONOUNS_OF_A_PAYER = frozenset({"they", "he", "she"})
PAID_FOR_THE_PERSONS_WORK = re.compile(
    # ("did a website for a client, he paid 500", "freela site for a dentist, he paid 3,5k")
    r"\b(?:job|gig|invoice|call-?out|tutoring|commission|freelance|freela|photo\s*shoot|client|"
    r"customer|clase\s+privada|private\s+(?:class|lesson|session))\b[^.!?]*\b(?:they|he|she)\s+"
    r"(?:\w+\s+)?paid\b(?!\s+(?:for|the)\b)|"
    r"\b(?:they|he|she)\s+(?:\w+\s+)?paid\b[^.!?]*\b(?:in)?to\s+my\s+(?:\w+\s+)?(?:account|acct|bank|"
    r"payoneer|paypal|wise|revolut)\b|"
    # "Mrs Ahern paid 120 for the sunday callout", "client paid 300 deposit on the kitchen job":
    # someone the person worked for, paying for the work (not "Tom paid 50 for the taxi")
    r"^(?:(?:mr|mrs|ms|miss|dr)\.?\s+[\w'’-]+|the\s+[\w'’-]+s|(?:a\s+|the\s+|my\s+)?(?:client|customer))"
    r"\s+(?:has\s+|just\s+|finally\s+)?paid\s+(?:me\s+|us\s+)?(?:cash\s+)?(?:[$€£]?\d[\d.,]*k?\s+)?"
    r"(?:(?:in\s+)?cash\s+)?(?:for|deposit\s+on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:callout|call-out|"
    r"job|work|repairs?|lessons?|sessions?|tutoring|sewing|alterations|installation|cleaning|painting|"
    r"service)\b",
    re.I,
)
# An amount right before a money verb, with its currency's letters: "$85 paid", "rs 500 paid"
_AMOUNT_RIGHT_BEFORE = re.compile(
    r"\d[\d.,]*\s*(?:(?!(?:and|but|the|for|so)\b)[a-z]{1,3}\.?\s*)?\Z", re.I
)
# Paid for a whole group, the person among them: "… for everyone", "for the whole group",
# "for all of us" (the person paying would say "I paid …" or "paid …")
_FOR_THE_WHOLE_GROUP_AFTER = re.compile(
    r"[^.;!?]*?\bfor\s+(?:everyone|everybody|all\s+of\s+us|us\s+all|the\s+(?:whole\s+)?"
    r"(?:group|table|team|gang|lot\s+of\s+us))\b",
    re.I,
)
# A clause that goes on about "his" or "her" after its verb, before any word of the person:
# the subject before the verb (a name) is someone else
_THIRD_PERSON_AFTER = re.compile(
    r"(?:(?!\b(?:i|me|my|we|us|our)\b)[^.;!?])*?\b(?:his|her|he|she|him|herself|himself)\b", re.I
)


# A sum spent on or for a thing, right after a verb only a person does with money ("dropped
# 400 bucks on a keyboard", "spent 3tr on skincare", "paid 1200 for ipl tickets")
_SPENT_ON_SOMETHING = re.compile(
    # ("marcelo spent like three hundred reais on tools": a hedge, and the sum in words)
    r"\s+(?:(?:like|about|around|almost|nearly|over)\s+)?(?:[$€£₹]\s?)?(?:\d[\d.,]*k?|"
    rf"(?:(?:a|{NUMBER_WORD})[\s-]+){{1,4}})"
    r"\s*(?:[a-z]{1,6}\s+)?(?:on|for)\s+(?!(?:me|us|my|our)\b)",
    re.I,
)


# A sum that came back, right after "got": "got 2k back from them", "got £40 back"
_SUM_BACK = re.compile(r"\s+(?:[$€£₹]\s?)?\d[\d.,]*\s*(?:[a-z]{1,6}\s+)?back\b", re.I)
_SPENDING_VERBS = frozenset({"spent", "paid", "dropped", "blew", "splurged", "wasted"})
# Words that open a message before a verb and name no one, the words of a day among them
# ("yesterday paid 25 for parking", "sunday spent 40 on food")
_NOT_A_NAME = (
    frozenset(
        {"someone", "somebody", "everyone", "everybody", "nobody", "who", "which", "that", "this",
         "it", "total", "tip", "bill", "deposit", "balance", "ok", "okay", "so", "well", "oh",
         "ah", "ugh", "oops", "wow", "yeah", "yes", "no", "but", "lunchtime", "earlier", "later",
         "recently", "first", "then"}
    )
    | frozenset(DATE_WORDS)
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
)  # fmt: skip


def _named_alone_before(words: list[str], subject: str) -> bool:
    """True when the message opens with one word that names someone before its money verb
    (fillers aside): a word that is no category nor brand, so a person's name ("rohit",
    "tyler"), where "rent paid 950" opens with a thing."""
    said = [w for w in words if not _is_filler(w)]
    if len(said) != 1 or said[0].lower() != subject or not subject.isalpha():
        return False
    if subject in _NOT_A_NAME or subject in PAYERS_OF_THE_PERSON:
        return False  # ("client has finally paid 1,250 for the logo work": paid to the person)
    return not is_category_word(subject) and not is_brand(subject)


def spent_by_someone_else(text: str) -> bool:
    """True when the money in `text` was spent or earned by someone else ("my boss expensed
    a $200 steak dinner", "lmao my roommate spent sixty dollars …") and by nobody said to be
    the person."""
    return spender_of(text) == "other"


# Who a charge was put on: "they charged my mum 60 for a taxi" (the mum's money)
_CHARGED_WHOM = re.compile(
    r"\bcharged\s+(?:my\s+|our\s+|his\s+|her\s+|their\s+|the\s+)?([a-z][\w'’-]*)", re.I
)
_OBJECT_FORMS = frozenset({"him", "her", "them"})


def charged_someone_else(text: str) -> bool:
    """True when a charge was put on someone other than the person ("they charged my mum 60
    for a taxi"), not on them ("they charged me twice") or their card."""
    for match in _CHARGED_WHOM.finditer(text):
        whom = match.group(1).lower()
        if whom in _OBJECT_FORMS or (whom in OTHER_SPENDERS and whom not in {"he", "she", "they"}):
            return True
    return False


# The person says they paid: "I paid", "we just bought", "spent 40 …", "…, paid it on card"
# (read in lower case)
PERSON_SPENT = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?:paid|spent|bought|got|grabbed|picked\s+up)\b|"
    r"\b(?:i|we)\s+(?:\w+\s+)?put\s+down\s+(?:a|the|my|our)\s+deposit\b|"  # a deposit paid
    r"(?:^|[,;.]\s*|\b(?:and|but|so)\s+)(?:paid|spent|bought|grabbed)\b|\bmy\s+(?:share|half|part)\b|"
    # the amount, then said paid: "water bill R 480.50 paid at 10:15 this morning"
    r"\d(?:[\d.,]*\d)?\s*(?:[a-z]{1,4}\s+)?(?:paid|charged)\s+(?:at|on|this|today|yesterday|by)\b"
)
# Another person's thing priced, their "'s" first: "Colleague's Tesla repair was 62 000 kr",
# "my sister's rent is 1200 now" (not "mum's birthday cake 35", which the person bought for
# her and prices with no "was"; nor "…, so I paid it")
_THEIRS_PRICED = re.compile(
    r"^\W*(?:my\s+|our\s+)?(?P<who>[a-z][\w-]*)['’]s\s+"
    # (a thing for them is the person's to buy: "my sister's wedding gift was 100")
    r"(?!(?:[^\W\d_][\w'’-]*\s+){0,3}(?:gifts?|presents?|birthday|wedding|party|cake|flowers|"
    r"card|funeral|shower|leaving|farewell|anniversary)\b)"
    r"(?:[^\W\d_][\w'’-]*\s+){1,4}?(?:was|is|were|are|cost|costs|came\s+to|comes\s+to)\b",
    re.I,
)
_NOT_A_PERSON = frozenset({"he", "she", "they", "company", "work", "office", "shop", "school"})


def owned_by_someone_else(text: str) -> bool:
    """True when `text` prices a thing of another person's, named with their "'s" first
    ("Colleague's Tesla repair was 62 000 kr"), and says nothing of the person paying."""
    said = _THEIRS_PRICED.match(text)
    if said is None or PERSON_SPENT.search(text.lower()):
        return False
    who = said.group("who").lower()
    return who in OTHER_SPENDERS and who not in _NOT_A_PERSON
