"""Which intent an utterance expresses, by ordered rules over its words.

Writes need strong evidence (an imperative or first-person statement with a write verb);
questions ("how do I", "why", "can I") and support topics (lost cards, PINs, fees, top-ups)
never become actions.
"""

from __future__ import annotations

import re

from lingassist.assistant.types import Intent


def _any(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.I)


_UNDO = re.compile(
    r"^(?:please\s+)?(?:undo|undo\s+(?:that|it|the\s+last\s+(?:one|entry|transaction|expense|"
    r"change))|take\s+(?:that|it)\s+back|scratch\s+that|revert\s+that|cancel\s+that|"
    r"never\s*mind|delete\s+(?:that|the\s+last\s+(?:one|entry|transaction|expense))|"
    r"remove\s+(?:that|the\s+last\s+(?:one|entry|transaction|expense)))(?:\s+please)?[.!]?$",
    re.I,
)
_HELP = re.compile(
    r"^(?:help|help\s+me|\?|what\s+can\s+(?:you|i)\s+(?:do|say|ask)(?:\s+here)?|how\s+does\s+this"
    r"\s+work|what\s+(?:are\s+the\s+)?commands|show\s+(?:me\s+)?(?:the\s+)?commands|how\s+do\s+i"
    r"\s+use\s+(?:this|you|the\s+app|lingassist))[?.!]*$",
    re.I,
)
_QUESTION_START = re.compile(
    r"^(?:how|why|when|where|what|which|who|whose|is|are|was|were|do|does|did|can|could|will|"
    r"would|should|shall|may|am|have|has|had|any|tell\s+me|let\s+me\s+know|i\s+(?:need|want|"
    r"would\s+like|wanna)\s+to\s+know|i\s+wonder|explain|show|list|give\s+me|find)\b",
    re.I,
)
_POLITE = re.compile(
    r"^(?:(?:can|could|would|will)\s+(?:you|anyone|somebody|someone)\s+(?:please\s+)?|please\s+)"
    r"(?:help\s+me\s+(?:to\s+)?|assist\s+(?:me\s+)?(?:with\s+|in\s+)?)?",
    re.I,
)
_SUPPORT = _any(
    r"pin", r"passcode", r"password", r"lost", r"stolen", r"stole", r"declined?", r"declining",
    r"fraud\w*", r"unauthori[sz]ed", r"refund\w*", r"top[\s-]?ups?", r"topp?ing\s+up", r"top\s+up",
    r"topped\s+up", r"atm", r"exchange\s+rates?", r"fees?", r"credit\s+score", r"credit\s+rating",
    r"apr", r"interest\s+rate", r"routing", r"w-?2", r"401k", r"rollover", r"rolled\s+over",
    r"direct\s+deposit", r"reward\w*", r"points", r"verify", r"verification", r"identity",
    r"activate", r"virtual\s+card", r"disposable", r"replacement", r"expire\w*", r"pending",
    r"didn'?t\s+(?:go|arrive|work|get)", r"not\s+(?:working|received|recogni[sz]ed|showing)",
    r"charged\s+twice", r"wrong", r"shopping\s+list", r"checkbooks?", r"checks", r"reservation",
    r"reserve", r"table\s+for", r"credit\s+limit", r"locked", r"frozen", r"freeze", r"blocked",
    r"contactless", r"apple\s+pay", r"google\s+pay", r"swift", r"cancel", r"failed",
    r"taxes", r"tax", r"beneficiary", r"damaged", r"revert\w*", r"unable", r"dispute",
)
_BUDGET = _any(r"budget\w*")
_BUDGET_SET = re.compile(
    r"^(?:set|create|make|add|put|give|allocate|i\s+want|i'd\s+like|let'?s|budget|limit|cap)\b|"
    r"\b(?:set|create|make)\s+(?:up\s+)?(?:a|my|the)\b",
    re.I,
)
_RECAT = re.compile(
    r"^(?:(?:that|this|it|the\s+last\s+one)(?:\s+one)?\s+(?:was|is|should\s+be)\s+(?:a\s+|an\s+)?"
    r"(?:for\s+)?(?P<cat1>[\w' -]+)$|(?:put|move|file|categori[sz]e|recategori[sz]e|mark|change|"
    r"tag|classify)\s+(?P<what>.+?)\s+(?:under|as|to|into|in)\s+(?:the\s+)?(?P<cat2>[\w' -]+?)"
    r"(?:\s+category)?)[.!]?$",
    re.I,
)
_TRANSFER_VERB = _any(r"transfer\w*", r"transer", r"move", r"moving", r"take", r"send", r"shift",
                      r"distribute", r"put")
_BETWEEN_ACCOUNTS = re.compile(
    r"\bbetween\b.*\b(?:accounts?|acc+ounts?)\b|\bfrom\s+(?:one|an?)\s+account\s+to\s+(?:an)?other"
    r"|\bfrom\s+(?:my\s+)?\w[\w ]*?\s+to\s+(?:my\s+)?(?:\w+\s+)*?(?:savings?|checking|account|"
    r"bank)\b|\baround\b|\bto\s+my\s+other\b|\bbetween\s+(?:my\s+)?accounts\b|\bfrom\s+(?:my\s+)?"
    r"(?:savings|checking)\b.*\b(?:in|into|to)\s+(?:my\s+)?(?:savings|checking)\b|"
    r"\b(?:my|the)\s+(?:funds|money)\b(?!.*\bto\s+(?!my\b)[a-z])",
    re.I,
)
_PAY = _any(r"pay", r"paying", r"payment", r"paid")
_BILL = _any(r"bills?", r"rent", r"loan", r"insurance", r"mortgage", r"electric\w*", r"water",
             r"cable", r"utility", r"utilities", r"phone", r"visa", r"mastercard", r"amex",
             r"capital\s+one", r"tuition", r"invoice", r"car")
_SEND = re.compile(r"^(?:pay|send|give|wire|venmo|transfer|reimburse|pay\s+back)\s+\S", re.I)
_WANT = re.compile(
    r"^(?:i\s+(?:want|need|have|must|gotta|got|would\s+like|wanna|should)(?:\s+to)?\s+|"
    r"i'd\s+like\s+to\s+|let'?s\s+|go\s+ahead\s+and\s+|today\s+is\s+the\s+day\s+i\s+should\s+|"
    r"i\s+need\s+(?:help|a\s+bit\s+of\s+[\w ]+?)\s+|help\s+me\s+(?:to\s+)?|use\s+my\s+[\w ]+?\s+"
    r"(?:account|card)\s+to\s+(?:the\s+)?|make\s+(?:an?\s+|my\s+)?(?:immediate\s+)?)",
    re.I,
)
_EXPENSE_PAST = _any(r"spent", r"bought", r"purchased", r"paid", r"got\s+charged", r"grabbed",
                     r"picked\s+up", r"ordered", r"splurged")
_EXPENSE_CMD = re.compile(r"^(?:add|log|record|track|enter|note|expense|put\s+down)\b", re.I)
_INCOME = _any(r"got\s+paid", r"received", r"earned", r"income", r"salary", r"paycheck",
               r"deposit(?:ed)?", r"refund(?:ed)?", r"reimbursed", r"got\s+\S+\s+from",
               r"came\s+in")
_BALANCE = re.compile(
    r"\bbalances?\b|how\s+much\s+(?:money\s+|cash\s+|dough\s+|moola\s+)?(?:do\s+i\s+have|is\s+"
    r"(?:left|in|there|remaining|available)|does\s+my|have\s+i\s+got|i\s+have)|(?:is|are)\s+"
    r"(?:remaining|left)\s+in|\bwhat(?:'s|\s+is|\s+do\s+i\s+have)\s+(?:in|on)\s+my\b|enough\s+"
    r"(?:money\s+)?(?:in|to|for)\b|\b(?:value|total|status)\s+of\s+my\s+(?:bank\s+)?accounts?\b|"
    r"\bbank\s+accounts?\s+(?:total|have)\b|\bmy\s+(?:checking|savings)\s+look|\bwhat\s+do\s+i\s+"
    r"have\s+in\b|money\s+accumulated|\bhow\s+much\s+is\s+left\b",
    re.I,
)
_TRANSACTIONS = _any(r"transactions?", r"purchases?", r"charges", r"charged", r"statement",
                     r"payments\s+(?:on|from|to)", r"receipts?", r"history")
_SPENDING = _any(r"spen[dt]\w*", r"expenditures?", r"expenses", r"money\s+go", r"cost\s+me",
                 r"buying", r"outgoings", r"tab", r"use\s+to\s+spend", r"top\s+merchants")
_SHOW = re.compile(r"^(?:show|list|display|give\s+me|see|view|what\s+are\s+my)\b", re.I)


def classify(text: str, *, has_amount: bool, has_name: bool) -> Intent:
    """The intent of `text`; `has_amount` / `has_name` come from the slot finders."""
    plain = re.sub(r"\s+", " ", text.strip().lower()).strip(" .!")
    if not plain:
        return Intent.OTHER
    for rule in (_rule_undo_help, _rule_budget, _rule_recategorize):
        found = rule(plain, has_amount)
        if found is not None:
            return found
    question = bool(_QUESTION_START.match(plain)) or plain.endswith("?")
    request = _POLITE.sub("", plain)
    polite = request != plain
    if not question or polite:
        write = _rule_write(request, plain, has_amount, has_name)
        if write is not None:
            return write
    elif _TRANSFER_VERB.search(plain) and _BETWEEN_ACCOUNTS.search(plain) and "money" in plain:
        if not _SUPPORT.search(plain):
            return Intent.TRANSFER
    return _rule_query(plain)


def _rule_undo_help(plain: str, has_amount: bool) -> Intent | None:
    if _UNDO.match(plain):
        return Intent.UNDO
    if _HELP.match(plain):
        return Intent.HELP
    return None


def _rule_budget(plain: str, has_amount: bool) -> Intent | None:
    if not _BUDGET.search(plain):
        return None
    question = _QUESTION_START.match(plain) or plain.endswith("?")
    if _BUDGET_SET.search(plain) and not question and not plain.startswith(("show", "list")):
        return Intent.SET_BUDGET
    return Intent.BUDGET_STATUS


def _rule_recategorize(plain: str, has_amount: bool) -> Intent | None:
    from lingassist.assistant.categories import category_code

    match = _RECAT.match(plain)
    if match is None or has_amount or _SUPPORT.search(plain):
        return None
    target = (match.group("cat1") or match.group("cat2") or "").strip()
    return Intent.RECATEGORIZE if category_code(target) else None


def _rule_write(request: str, plain: str, has_amount: bool, has_name: bool) -> Intent | None:
    """Payments, transfers, expenses and income, said as commands or statements."""
    if _SUPPORT.search(plain) or re.search(r"\b(?:how|why|when|where)\b", request[:12]):
        return None
    core = _WANT.sub("", request)
    if _TRANSFER_VERB.match(core) and (_BETWEEN_ACCOUNTS.search(plain) or "transfer" in core):
        if not re.search(r"\bto\s+(?!my\b|the\b|savings|checking|another|other)[a-z]", core):
            return Intent.TRANSFER
    if re.match(r"(?:pay|send|give|wire|transfer|reimburse)\b", core) and (
        has_amount or has_name or _BILL.search(core)
    ):
        return Intent.DRAFT_PAYMENT
    if re.match(r"(?:an?\s+|my\s+|the\s+)?(?:[\w ]+\s+)?(?:payment|bill)\b", core) and (
        _PAY.search(core) or core != request
    ) and not plain.startswith(("i made", "i have made")):
        return Intent.DRAFT_PAYMENT
    if _PAY.search(plain) and _BILL.search(plain) and re.search(
        r"\b(?:bill|payment)\b.*\bpaid\b|\bpay(?:ing)?\b", core
    ) and not re.match(r"i\s+(?:paid|have\s+paid)", plain):
        return Intent.DRAFT_PAYMENT
    return _rule_log(request, plain, has_amount)


def _rule_log(request: str, plain: str, has_amount: bool) -> Intent | None:
    if _INCOME.search(plain) and (has_amount or _EXPENSE_CMD.match(request)):
        if not re.search(r"\b(?:spent|bought|paid\s+(?!me))\b", plain):
            return Intent.ADD_INCOME
    if re.match(r"(?:i\s+)?(?:just\s+)?(?:have\s+)?(?:spent|bought|purchased|paid|grabbed|got)\b",
                plain) or (_EXPENSE_PAST.search(plain) and has_amount):
        return Intent.ADD_EXPENSE
    if _EXPENSE_CMD.match(request) and (has_amount or re.search(r"\bexpense\b", request)):
        return Intent.ADD_EXPENSE
    if has_amount and re.match(r"^[\W\d]*\d|^(?:\S+\s+){0,2}(?:for|at|on)\b", plain):
        return Intent.ADD_EXPENSE
    return None


def _rule_query(plain: str) -> Intent:
    if _SUPPORT.search(plain) and not re.search(r"\b(?:spen[dt]|transactions?)\b", plain):
        return Intent.OTHER
    if _TRANSACTIONS.search(plain) and not re.search(r"\bhow\s+much\b", plain):
        return Intent.SHOW_TRANSACTIONS
    if _SPENDING.search(plain) or re.search(r"\bwhat\s+did\s+i\s+(?:spend|buy)\b", plain):
        return Intent.QUERY_SPENDING
    if _BALANCE.search(plain):
        return Intent.BALANCE
    if _TRANSACTIONS.search(plain) or re.search(r"\b(?:last|latest|recent)\s+\d+\b", plain):
        return Intent.SHOW_TRANSACTIONS
    if _SHOW.match(plain) and re.search(r"\b(?:coffee|groceries|uber|food)\b", plain):
        return Intent.SHOW_TRANSACTIONS
    return Intent.OTHER
