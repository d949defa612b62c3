"""Who an expense is split with: "split with Tom", "w/ sam", "with jake and maria",
"half is Lisa's"; and among how many people: "split 3 ways", "between the 4 of us", "with 2
friends" (3 people). The person's own share stays an expense; the others' shares are owed
back.
"""

from __future__ import annotations

import re

from lingassist.assistant.date_words import MONTHS, WEEKDAYS
from lingassist.assistant.lexicon import (
    MAJOR_CURRENCY_WORDS,
    SPLIT_COUNT_LOANWORDS,
    SPLIT_LOANWORDS,
)
from lingassist.assistant.types import Span

SPLIT_WORDS = re.compile(
    r"\b(?:split|splitt|splt|spilt|splitting|splitt?ed|shared?|sharing|divided?|dividing|went\s+halves|halves|"
    r"(?:went|go|goes)\s+dutch|"
    r"(?<!and\sa\s)half\s+(?:is|was|for|with)|half\s+half|halfsies|50\s*/\s*50|fifty[\s-]fifty|going\s+dutch|"
    r"(?:\d+|two|three|four)\s+ways|pay(?:s|ing)?\s+(?:me\s+)?(?:back\s+)?half|half\s+each|"
    # "she gives me the half tomorrow" (after a bill paid)
    r"give[sn]?\s+me\s+(?:back\s+)?(?:the\s+)?half|"
    r"(?:between|among)\s+(?:me|myself)\s*(?:,|and)\s*[a-z]\w*|"
    r"halved|halve|"  # "me and my flatmate halved the 96 electric bill"
    # "Davo and Macca are chipping in", "they will each pay me their third"
    r"chip(?:ping|ped|s)?\s+in|pay\s+me\s+(?:back\s+)?(?:their|his|her)\s+(?:third|quarter|share|part|half|bit)|"
    r"(?:between|among)\s+(?:the\s+|all\s+)?(?:\d+|two|three|four|five|six|seven|eight)\s+of\s+us|"
    # "we go AA" (each pays their own share, as Chinese speakers say it)
    r"(?:go|pay|split|do)\s+aa|"
    # "420 pesos all, we pay in three": the people paying, counted (not "… in 3 instalments")
    r"\bwe\s+pay\s+in\s+(?:[2-9]|two|three|four|five|six)(?=\s*(?:[,.;!)]|$))|"
    # "we pay three parts", "we pay the three equal", "we paid in equal shares": a bill shared
    r"\bwe\s+pa(?:y|id)\s+(?:the\s+|in\s+)?(?:(?:[2-9]|two|three|four|five|six)\s+)?"
    r"(?:(?:equal(?:ly)?|even(?:ly)?)(?:\s+(?:parts|shares))?|parts|shares)|"
    # "Tom owes me half of the Nandos", "Mia owes me her share"
    r"owes?\s+(?:me|us)\s+(?:half|(?:his|her|their)\s+(?:share|half|part))|"
    # "dinner was 120, Kate and Lee each owe me 40": a share each
    r"each\s+owes?\s+(?:me|us)\b|"
    # "I paid and she gives me half", "she gives me her half later", "half w Leo", "for 4 of
    # us: me, Jia Hui, Arun and Siti"
    r"gives?\s+me\s+(?:back\s+)?(?:(?:his|her|their)\s+)?(?:half|share|part)|"
    r"half\s+(?:with|w/?)\s+[a-z]+|"
    r"for\s+(?:\d|two|three|four|five|six)\s+of\s+us\s*:\s*me\b|"
    # "we're going thirds", "went quarters on the cab"; "Pizza in 3: me, Lucas and Ana"
    r"(?:go|goes|going|went)\s+(?:halves|thirds|quarters|fifths)|"
    # "I paid all, Mina and Jiwoo will pay me back": the whole bill paid for the others
    r"\bi\s+paid\s+(?:for\s+)?(?:it\s+)?(?:all|everyone|everybody|the\s+(?:whole\s+)?(?:thing|bill|lot)|"
    r"for\s+all(?:\s+of\s+us)?)\b[^.!?]{0,60}?\b(?:will|'ll|are\s+going\s+to|gonna|to)\s+pay\s+me\s+back|"
    r"\bin\s+(?:[2-9]|two|three|four|five|six)\s*:\s*me\b|" + SPLIT_LOANWORDS + r")\b",
    re.I,
)
# Any sign that a cost is shared: a split word, "w/ sam", "X owes me".
# A split said not to be one: "I'm not splitting it", "not going halves this time, my
# treat", "Not splitting, my shout": the whole cost is the person's expense
SPLIT_DENIED = re.compile(
    r"(?:\b(?:not|no|never|without|dont)|n['\u2019]t)\s+(?:(?:be|being|even|really|actually|gonna)\s+)?"
    r"(?:splitting|split|"
    r"sharing|going\s+halves|"
    r"going\s+dutch)\b|\bmy\s+(?:shout|treat)\b",
    re.I,
)
SHARED_COST = re.compile(SPLIT_WORDS.pattern + r"|\bw/\s*\w|\bowes?\s+me\b", re.I)
_WITH = re.compile(
    r"(?:\bwith|\bw/|\bw(?=\s+[a-z]+(?:\s*(?:,|and|&|n)\s*[a-z]+)*(?:\s|$))|(?-i:\bwi(?=\s+[A-Z]))|"
    r"\b(?:between|among)\s+(?:me|myself|us)\s*(?:,|and)?|"
    r"\bme\s*(?:,|and))\s*",
    re.I,
)
# A learner's article before a name, as Portuguese or Italian say it: "divide this with the
# Fe" (looked at only when no name follows a plain "with": "dinner with the Hendersons, split
# with Mark and Julie" shares with Mark and Julie)
_WITH_THE = re.compile(r"\bwith\s+the\s+(?=(?-i:[A-Z]))", re.I)
# "Tom and I split…", "Mia and Zoe owe me their share": the names come first.
_NAMES_FIRST = re.compile(
    r"(?:\bmy\s+)?(?P<names>[A-Za-z][\w-]*(?:\s+and\s+[A-Za-z][\w-]*)*)\s+"
    # ("Lily and Sam each owe me a third", "Tom and Jo both owe me")
    r"(?:(?:and|&)\s+(?:I|me)\b|(?:(?:each|both)\s+)?owes?\s+me\b|(?:(?:is|are|will|'ll)\s+(?:going\s+to\s+)?"
    r"pay(?:ing)?|pays)\s+(?:me\s+)?(?:back\s+)?(?:half|their|his|her)\b|"
    # ("I paid all, Mina and Jiwoo will pay me back")
    r"(?:will\s+|'ll\s+|are\s+going\s+to\s+|gonna\s+)pay\s+me\s+back\b)",
    re.I,
)
# The person first, then the others, then the verb of sharing, as said aloud without commas:
# "me tom and ana split dinner 90"
_ME_AND_NAMES_FIRST = re.compile(
    r"^\W*me\s*,?\s+(?P<names>[A-Za-z][\w-]*(?:\s*,\s*[A-Za-z][\w-]*)*\s*,?\s+and\s+"
    r"[A-Za-z][\w-]*)\s+(?:split|shared|divided|went\s+halves)\b",
    re.I,
)
_HALF_OF = re.compile(
    # ("half is Tom's", "half of it is Sarah's", "half of that goes to Ben")
    r"\bhalf\s+(?:of\s+(?:it|that|this)\s+)?(?:is|was|for|goes\s+to)\s+(?P<name>[A-Za-z][\w-]*)(?:'s|’s)?",
    re.I,
)
# A name is letters, maybe joined by a hyphen or an apostrophe ("Anne-Marie", "O'Neill"):
# "R960" is money, and "we'll" a pronoun
_NAME = re.compile(r"[^\W\d_](?:[^\W\d_]|(?:-|['’](?!(?:ll|re|ve|d|m|s)\b))(?=[^\W\d_]))*(?![\d_])")
# "Wei Ling", "Sam Reid": a capitalized word right after a capitalized name is part of it
_NOT_SURNAMES = (
    "And|I|On|At|For|In|To|From|Yesterday|Today|Tonight|Tomorrow|Last|This|Next|"
    + "|".join(sorted({word.capitalize() for word in (*WEEKDAYS, *MONTHS)}, key=len, reverse=True))
)
_SURNAME = re.compile(r"(?:\s+(?!(?:" + _NOT_SURNAMES + r")\b)[A-Z][a-z'’-]+)+")
_PEOPLE_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_HOW_MANY = r"(?P<n>[2-9]|1[0-9]|" + "|".join(_PEOPLE_COUNT) + r")"
_COUNT_WORDS = {**_PEOPLE_COUNT, **SPLIT_COUNT_LOANWORDS}  # "three", and "tiga" after "bagi"
# "3 ways" and "between (the) 4 of us" count everyone; "with 2 friends" counts the others.
_EVERYONE = tuple(
    re.compile(pattern, re.I)
    for pattern in (
        r"\b" + _HOW_MANY + r"\s+ways\b",
        # "we share 3 way": the singular only after a verb of sharing
        r"\b(?:split|splitting|divided?|shared?|share)\s+(?:it\s+)?" + _HOW_MANY + r"\s+way\b",
        r"\b(?:between|among)\s+(?:the\s+)?" + _HOW_MANY + r"\s+of\s+us\b",
        # "shared with my flatmates, 3 of us", "(4 of us)": the people counted after a comma
        r"(?:[,(]\s*|\bfor\s+)(?:the\s+|all\s+)?" + _HOW_MANY + r"\s+of\s+us\b",
        # "there were 3 of us, split it", "we were four of us": the people counted first
        r"^\W*(?:there\s+(?:were|was|are)|we\s+(?:were|are))\s+(?:the\s+)?"
        + _HOW_MANY
        + r"(?:\s+of\s+us)?\b",
        r"\b(?:between|among)\s+" + _HOW_MANY + r"\s+(?:people|persons|friends)\b",
        # "1tr2, split three", "pizza 30 split 2", "split between 4": the count alone ends it
        # ("divide by 3 with Chloe and Marcus"; a learner's "divide for 3 please")
        # ("splitt by 3 pls": the verb mistyped as `SPLIT_WORDS` forgives it)
        r"\b(?:split|splitt|splt|spilt|splitting|divided?|shared?)\s+(?:it\s+)?"
        r"(?:in(?:to)?\s+|by\s+|for\s+|between\s+|among\s+)?"
        + _HOW_MANY
        + r"(?=\s*(?:[,.;!)]|$|with\b|please\b|pls\b))",
        # "we pay in three", "we divide by 3": the people paying, counted
        r"\bwe\s+(?:pay|paid|divide[sd]?|split)\s+(?:it\s+)?(?:in(?:to)?\s+|by\s+|between\s+)"
        + _HOW_MANY
        + r"(?=\s*(?:[,.;!)]|$|with\b|ways\b|parts\b))",
        # "we pay three parts", "we pay the three equal": the people paying, counted
        r"\bwe\s+pa(?:y|id)\s+(?:the\s+)?"
        + _HOW_MANY
        + r"(?=\s+(?:equal(?:ly)?|even(?:ly)?|parts|shares)\b)",
        # "we divide between the three": the people, counted after "the"
        r"\b(?:split|splitting|divided?|shared?|share)\s+(?:it\s+)?(?:between|among)\s+(?:the|all)\s+"
        + _HOW_MANY
        + r"(?=\s*(?:[,.;!)]|$))",
        # "split 60 between 3": the count after the amount, ending the sentence
        r"(?<=\d\s)(?:between|among)\s+" + _HOW_MANY + r"(?=\s*(?:[,.;!)]|$))",
        # "900k, chia 3", "150rb bagi tiga": the words of other languages, and their counts
        r"\b(?:chia|bagi)\s+(?P<n>[2-9]|1[0-9]|"
        + "|".join(SPLIT_COUNT_LOANWORDS)
        + r")(?=\s*(?:[,.;!)]|$|with\b|orang\b|người\b))",
    )
)
_OTHERS = re.compile(
    r"\b(?:with|w/|me\s+and|me\s+&)\s+(?:my\s+)?"
    + _HOW_MANY
    + r"\s+(?:other\s+)?(?:friends|people|others|"
    r"colleagues|coworkers|roommates|flatmates|mates|buddies|guys|pals)\b",
    re.I,
)


_NOT_NAMES = frozenset(
    [
        "the",
        "a",
        "an",
        "my",
        "our",
        "me",
        "him",
        "her",
        "them",
        "us",
        "we",
        "i",
        "you",
        "they",
        "he",
        "she",
        "it",
        "this",
        "that",
        "and",
        "for",
        "on",
        "in",
        "at",
        "from",
        "to",
        "of",
        "with",
        "each",
        "every",
        "evenly",
        "equally",
        "ways",
        "way",
        "half",
        "cash",
        "card",
        "visa",
        "friends",
        "dinner",
        "lunch",
        "today",
        "yesterday",
        "tonight",
        "last",
        "please",
        "total",
        "bill",
        "tip",
        "myself",
        # the verb of sharing after a name: "brunch with Ines, split it please"
        "split",
        "splitting",
        "share",
        "sharing",
        "divide",
        "halves",
    ]
)
_GROUP = frozenset({"friends", "roommates", "roomies", "flatmates", "colleagues", "family"})


def find_split_with(text: str, *, said_shared: bool = False) -> tuple[tuple[str, ...], Span] | None:
    """The people an expense is shared with, when the text says it is shared (or it is
    already known to be: "with Tom" answering "Who did you split it with?")."""
    owed = _NAMES_FIRST.search(text)
    if owed is not None and re.search(r"\bowes?\s+me\b", owed.group(0), re.I):
        return _listed(text, owed.start("names"), owed.end("names"))
    if not (said_shared or SHARED_COST.search(text)):
        return None
    listed = _listed(text, owed.start("names"), owed.end("names")) if owed is not None else None
    if listed is None and (first := _ME_AND_NAMES_FIRST.match(text)) is not None:
        listed = _listed(text, first.start("names"), first.end("names"))  # "me tom and ana split"
    if listed is not None:
        return listed  # ("she pays me half" names no one: the names are looked for after "with")
    half = _HALF_OF.search(text)
    if half is not None:
        return (half.group("name"),), Span(half.start("name"), half.end("name"), half.group("name"))
    for match in (*_WITH.finditer(text), *_WITH_THE.finditer(text)):
        names, span = names_at(text, match.end())
        if names and span is not None:
            return names, span
    return _the_one_who_came(text)


# "split it with him", "share it with her": someone said by a pronoun
_WITH_A_PRONOUN = re.compile(r"\b(?:with|between\s+me\s+and)\s+(?:him|her)\b", re.I)
# "Marek was in the car too", "Ana came too": someone named who was there as well
_CAME_TOO = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][^\W\d_]+)\s+(?:was|came|joined|had\s+some|ate|rode)\b[^.!?,;]*?"
    r"\b(?:too|as\s+well|also)\b"
)


def _the_one_who_came(text: str) -> tuple[tuple[str, ...], Span] | None:
    """The one person a pronoun shares the bill with, named in the same message as having
    been there too ("split the 35 with him, Marek was in the car too"); None when no one,
    or more than one, is so named."""
    if _WITH_A_PRONOUN.search(text) is None:
        return None
    came = [m for m in _CAME_TOO.finditer(text) if _could_be_a_name(m.group("name"))]
    if len(came) != 1:
        return None
    name = came[0]
    return (name.group("name"),), Span(name.start("name"), name.end("name"), name.group("name"))


def find_split_ways(text: str) -> tuple[int, Span] | None:
    """How many people (the person included) share an expense, when the text counts them:
    "split 3 ways" (3), "between the 4 of us" (4), "with 2 friends" (3)."""
    for pattern, others in (*((everyone, 0) for everyone in _EVERYONE), (_OTHERS, 1)):
        match = pattern.search(text)
        if match is not None:
            said = match.group("n").lower()
            count = int(said) if said.isdigit() else _COUNT_WORDS[said]
            return count + others, Span(match.start(), match.end(), match.group(0))
    return None


def _could_be_a_name(word: str) -> bool:
    lowered = word.lower()
    return lowered not in _NOT_NAMES - _GROUP and lowered not in MAJOR_CURRENCY_WORDS


_LIST_JOIN = re.compile(r"\s*,\s*|\s+and\s+")


def names_only(words: str, names: tuple[str, ...]) -> bool:
    """True when `words` is nothing but some of `names` listed ("Ana and Ben")."""
    return all(part in names for part in _LIST_JOIN.split(words.strip()))


def _listed(text: str, start: int, end: int) -> tuple[tuple[str, ...], Span] | None:
    """The names in `text[start:end]` ("Mia and Zoe", "Raj, Priya"), without pronouns."""
    words = _LIST_JOIN.split(text[start:end])
    names = tuple(w for w in words if w and _could_be_a_name(w))
    if not names:
        return None
    first = text.index(names[0], start)
    return names, Span(first, end, text[first:end])


def names_at(text: str, position: int) -> tuple[tuple[str, ...], Span | None]:
    """Names joined by "and", "&" or commas starting at `position` ("jake and maria")."""
    names: list[str] = []
    start = end = position
    cursor = position
    while True:
        # ("split with only Rohit", "with just Mia": the word that limits them is no name)
        head = re.match(r"\s*(?:(?:only|just)\s+)?(?:my\s+)?", text[cursor:])
        cursor += head.end() if head else 0
        match = _NAME.match(text, cursor)
        if match is None or match.group(0).lower() in _NOT_NAMES - _GROUP:
            break
        if not names:
            start = match.start()
        surname = _SURNAME.match(text, match.end()) if match.group(0)[:1].isupper() else None
        name_end = surname.end() if surname else match.end()
        names.append(text[match.start() : name_end])
        end = cursor = name_end
        # ("jess n mia"; "Kayla, Sam, and Ashley": the comma before the last "and")
        joint = re.match(r"\s*(?:,\s*(?:and\b|&)?|&|\+|\band\b|\bn\b)\s*", text[cursor:])
        if joint is None:
            break
        cursor += joint.end()
    if not names:
        return (), None
    return tuple(names), Span(start, end, text[start:end])
