"""The words and patterns the intent rules look for."""

from __future__ import annotations

import re

from lingassist.assistant.date_words import MONTHS, WEEKDAYS
from lingassist.assistant.lexicon import (
    CURRENCY_NAMES,
    DEAL_OF_FEWER,
    DISTANCE_VERBS,
    FAMILY_IN_OTHER_LANGUAGES,
    MEASURE_UNITS,
    NUMBER_WORD,
    NUMBER_WORDS,
    OWN_ACCOUNT,
    PAYERS_OF_THE_PERSON,
    SEEN_BY_PAYING,
    TAXES_ON_TOP,
)
from lingassist.assistant.sharing import SPLIT_WORDS


def any_word(*words: str) -> re.Pattern[str]:
    """A pattern matching any of `words` as whole words, ignoring case."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])", re.I)


# Money handed to someone named by what they are or do: "gave the chimney sweep 60 in cash",
# "Gave the window cleaner his £18 this morning" (not "gave Sam 20 back")
GAVE_FOR_A_SERVICE = r"gave\s+(?:the|my|our)\s+(?:[a-z]+\s+){1,3}[$€£]?\d[\d.,]*(?!\s*\w*\s+back\b)"
_JUST_ENTERED = r"(?:added|put\s+in|entered|logged|recorded|made)"
# Money the person handed over, said with its amount: "gave 180", "give him 20" (not "gave
# him 20 back", a debt settled)
GAVE_AN_AMOUNT = r"(?:gave|give)\s+(?:(?:him|her|them)\s+)?[$€£₹]?\d[\d.,]*(?!\s*\w*\s+back\b)"
# The person's part of money that came in or went out: "my share", "my cut"
_MY_SHARE_WORDS = r"\bmy\s+(?:share|cut|part)\b"
MY_SHARE = re.compile(_MY_SHARE_WORDS, re.I)
# After "it was": whose it was, not what ("cancel that, it was Sam's order not mine", "it was
# my flatmate's"): a reason to drop the card, never its correction
NOT_MINE_SAID = (
    r"(?!\s+(?:\w+\s+)?\w+['’]s\b(?!\s+(?:\d|on|at|in|not\s+\d))|\s+not\s+(?:mine|ours|for\s+me)\b)"
)
# Dropping what was said, then saying it right: "never mind, I meant 45", "cancel that, it
# was 4.80", "scratch that, 12 not 120": a correction of the card before it, not an undo
DROPPED_THEN_CORRECTED = re.compile(
    r"^\W*(?:(?:no|oh|oops|sorry|wait)[,.!\s]+)*(?:never\s*mind|nvm|cancel(?:\s+(?:that|it|this))?|"
    r"scratch\s+that|scrap\s+that|forget\s+(?:it|that)|ignore\s+that)[,.!;:\s-]+"
    r"(?:(?:no|sorry|oops|wait)[,.!\s]+)*(?:i\s+meant?|meant|(?:it\s+was|it'?s)"
    + NOT_MINE_SAID
    + r"|make\s+(?:it|that)|"
    r"should\s+(?:be|have\s+been)|(?=[$€£]?\d))",
    re.I,
)
_UNDO_FIRST = (
    r"^(?:(?:oops|oups|whoops|oh|no|nope|sorry|argh|ugh|damn|wait|bother|dear|god|gosh|"
    r"blast|shoot|crap|dang|nvm|never\s*mind|nah|actually)[,.!\s]+)*"
    # "no thats not right take that last one off"
    r"(?:that['’]?s\s+(?:not\s+right|wrong|a\s+mistake)[,.!\s]+)?"
    # "can you reverse the last transaction" (not "can you cancel that": the card's)
    r"(?:(?:can|could|would)\s+you\s+(?=(?:please\s+)?(?:undo|reverse|delete|remove|erase|take)\b))?"
    r"(?:please\s+)?"
)
UNDO = re.compile(
    _UNDO_FIRST
    # (a friend's word of address before the word itself: "bro undo, I hit send twice"; not
    # before "cancel that", the card's)
    + r"(?:(?:(?:bro|mate|dude|man|omg)[,.!\s]+)?undo|"
    r"undo\s+(?:that|it|(?:the|that|this)\s+(?:last|previous|latest)\s+(?:one|entry|"
    r"transaction|expense|change))|take\s+(?:that|it|this|(?:that|this)\s+one|"
    r"(?:that|the|this)\s+(?:last|previous)\s+(?:one|entry))\s+"
    r"(?:back\s+)?(?:back|off|out|away)(?:\s+again)?\??|scratch\s+that|revert\s+that|"
    # "oops, that shouldn't be there", "that one should not be in there"
    r"(?:that|it|this)(?:\s+one)?\s+(?:shouldn['’]?t|should\s+not)\s+be\s+(?:in\s+)?there|"
    r"(?:rm|del)\s+last|"  # "rm last"
    # "remove that one, already logged it last week" (the card's "cancel this one", "bin that
    # one" drop it)
    r"(?:delete|remove|erase)\s+(?:that|this)\s+one|"
    # an entry made by mistake, told: "I think I added that twice", "I added it by accident",
    # "i accidentally added the coffee twice", "I logged the wrong thing"
    r"(?:i\s+think\s+)?i(?:['’]ve|\s+have)?\s+(?:accidentally\s+|mistakenly\s+)?(?:added|logged|entered|put(?:\s+in)?)\s+"
    r"(?:that|it|this|the\s+\w+)(?:\s+last)?(?:\s+one)?\s+(?:in\s+)?(?:twice|by\s+(?:mistake|accident))|"
    r"i\s+(?:added|logged|entered|put\s+in)\s+the\s+wrong\s+(?:thing|one|amount|entry)|"
    # a double entry told: "duplicate", "double entry, sorry", "I entered it twice", "it's in
    # there twice now"
    r"(?:(?:it'?s|that'?s|this\s+is)\s+)?(?:a\s+)?(?:duplicate|double(?:[\s-]+(?:entry|entered|logged|"
    r"counted))?)(?:\s+entry)?|(?:i\s+)?(?:entered|added|logged|put)\s+(?:it|that|this)(?:\s+last\s+one)?\s+(?:in\s+)?twice|"
    r"(?:it'?s|that'?s|it\s+is|that\s+is)\s+(?:in\s+)?(?:there\s+)?twice(?:\s+now)?|"
    r"roll\s+(?:that|it)\s+back|"  # "roll that back"
    # "I logged the coffee twice, take one off": the second of a double entry
    r"(?:i\s+)?(?:logged|added|entered|put(?:\s+in)?)\s+(?:that|it|the\s+\w+)\s+(?:in\s+)?twice,?\s+"
    r"(?:so\s+)?(?:take|delete|remove)\s+one(?:\s+(?:off|out))?|"
    # ("efface the last one": French speakers' word)
    # "back that out please", "I didn't mean to add that": the last entry taken back
    r"back\s+(?:that|it)\s+out|i\s+did(?:n['’]?t|\s+not)\s+mean\s+to\s+(?:add|log|enter|put\s+in|save)\s+"
    r"(?:that|it|this)(?:\s+one)?|"
    # "there's a double entry for groceries, delete one"
    r"(?:there['’]?s\s+)?(?:a\s+)?(?:double|duplicate)\s+entry\s+(?:for\s+(?:the\s+)?\w+(?:\s+\w+)?)?,?\s+"
    r"(?:so\s+)?(?:delete|remove|take\s+off)\s+one(?:\s+of\s+them)?|"
    r"(?:delete|remove|cancel|scrap|scratch|erase|efface|drop|bin|ditch|get\s+rid\s+of|reverse|void|nuke|"
    r"roll\s+back|un-?log|un-?add)\s+(?:that|it|"
    # ("cancel last input please": the article dropped, as learners and people in a hurry do)
    r"(?:(?:the|that|my)\s+)?(?:last|previous|latest)\s+(?:one|entry|transaction|expense|record|"
    r"item|line|input|thing\s+i\s+added)|what\s+i\s+just\s+" + _JUST_ENTERED + r"|"
    # "Delete what I added just now, was wrong"
    r"what\s+i\s+" + _JUST_ENTERED + r"\s+(?:just\s+now|a\s+(?:minute|moment|second)\s+ago)|"
    r"the\s+(?:\S+\s+){1,4}?(?:i|we)\s+just\s+" + _JUST_ENTERED + r"))(?:\s+please)?"
    # a reason may follow: "…, that was a mistake", "… back i made a mistake", "…, it should
    # have been 12 not 120" (said; the undo still shows what it removes and asks first)
    # or a request's tail: "take that last one off would you, I put it in twice"
    r"(?:[.!]?|(?:[,;:.!]\s+|\s+(?=(?:i|it|that|sorry|oops|my|would\s+you|could\s+you|"
    r"will\s+you|can\s+you|for\s+me|thanks|thank\s+you|pls|plz)\b)).*)$"
    # the reason first: "oops that was meant to be 22.80 not 228, undo it", "I made a
    # mistake, the last entry is double. Please take it away"
    # ("… I've put that salmon shopping in twice, can you take the last one off?")
    r"|^[^?]{3,120}[,;.!]\s+(?:so\s+)?(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?"
    r"(?:undo|delete|remove|take\s+(?:it|that|(?:the|that)\s+(?:last|previous|latest)\s+one)\s+"
    r"(?:back\s+)?(?:away|off|out|back)|(?:scrap|scratch|erase|bin|ditch|get\s+rid\s+of)(?=\s+(?:it|that|this)\b))"
    r"(?:\s+(?:it|that|this|the\s+last\s+one))?(?:\s+please)?[.!?]*$",
    re.I,
)
# Dropping the card on screen, never touching the ledger: "cancel that" is not "undo" (the
# ledger's words, "delete", "remove", "scratch that last entry", are undo's). A verb of
# dropping with what it drops, or a refusal said whole.
_DROP_VERB = (
    r"(?:cancel|abort|scrap|scratch|bin|ditch|discard|dismiss|ignore|disregard|"
    r"skip|forget(?:\s+about)?|leave|stop|hold(?:\s+off(?:\s+on)?)?|close|batal(?:kan)?)"
)
_DROPPED = (
    r"(?:it|that|this)(?:\s+(?:one|card|payment|transfer|entry|split|budget|refund|request|"
    r"draft|thing))?|(?:the|this|that)\s+(?:card|payment|transfer|split|budget|refund|"
    r"request|draft)"  # ("scrap the entry": the ledger's, an undo)
)
_CANCEL_SAID = (
    r"(?:" + _DROP_VERB + r"(?:\s+(?:" + _DROPPED + r"))?|cancel\s+the\s+entry|never\s*mind|nvm|nm|"
    r"(?:leave|forget)\s+(?:it|that|this)(?:\s+(?:out|off|then))?|don['\u2019]?t\s+bother|"
    r"(?:delete|close|remove|get\s+rid\s+of)\s+(?:this|that|the)\s+card|"
    r"throw\s+(?:it|that|this)\s+away|let['\u2019]?s\s+not|no[,\s]+thanks?|no[,\s]+thank\s+you|"
    # "no need", "not needed anymore", "changed my mind", "on second thought", "not now",
    # "maybe later", "don't worry about it": the card refused in other words
    r"no\s+need(?:\s+(?:for\s+(?:it|that|this)|to))?(?:\s+(?:any\s*more|already))?|"
    r"(?:(?:it|that)['\u2019]?s\s+|(?:it|that)\s+is\s+)?not\s+needed(?:\s+any\s*more)?|"
    r"(?:i['\u2019]?ve\s+|i\s+)?changed\s+my\s+mind|(?:on\s+)?second\s+thoughts?|"
    r"(?:i\s+)?didn['\u2019]?t\s+mean\s+(?:that|it|to)|"  # "oops I didn't mean that"
    r"not\s+(?:now|today|yet|this\s+(?:time|month|week|year))|(?:maybe\s+)?later|"
    r"don['\u2019]?t\s+worry(?:\s+about\s+(?:it|that))?|"
    r"(?:i\s+)?(?:don['\u2019]?t|do\s+not)\s+want\s+(?:it|that|this|to\s+(?:do|send|pay|add|save|make)\s+"
    r"(?:it|that|this))(?:\s+any\s*more)?|"
    r"(?:don['\u2019]?t|do\s+not)\s+pay\s+(?:him|her|them)|"
    r"(?:don['\u2019]?t|do\s+not)(?:\s+(?:add|record|save|log|send|pay|do|make|move|put|"
    r"transfer|split|set|enter)(?:\s+(?:(?:that|it|this)(?:\s+one)?|the\s+(?:payment|transfer|entry|split|"
    r"budget|refund)))?(?:\s+(?:in|through))?(?:\s+[$€£]?\d[\d.,]*)?)?)"  # "don't save that 200"
    # (and "please do not record": the verb alone)
)
# A reason may follow ("cancel, I will enter it tomorrow", "forget it, wrong shop", "never
# mind, he says it's on him"), but no number, no correction said first ("cancel that, I
# meant 45", "no, it was yesterday" correct it) and no entry made twice (an undo)
_CANCEL_REASON = (
    r"(?!(?:\W*[\w'’]+){0,1}?\W*\b(?:i\s+meant|meant|instead|make\s+it|change|should\s+be|was|is|"
    # (a correction follows "it's": "no, it's Tesco"; a reason that it is not needed does not:
    # "scrap that, it's on direct debit anyway")
    r"it['’]?s(?!\s+(?:on\s+(?:direct\s+debit|a\s+standing\s+order|autopay|auto-?pay)|already|"
    r"paid|sorted|covered|done|automatic|taken\s+care|handled)\b)|not(?!\s+\w+ing\b)|but)\b)"
    # nor a day, a place or a person said first ("not now, last month", "no, at Tesco")
    r"(?!\W*(?:last|yesterday|today|tomorrow|this|next|at|to|on|in)\b)"
    r"(?![^\d]*\b(?:twice|duplicated?|double[\s-]?(?:entered|logged|counted|added))\b)[^\d]*"
)
# The verbs that drop a card after a reason told first ("…, so skip it" and "…, ignore it"
# tell the ledger to leave a payment out, with no card to drop)
_DROP_AFTER_A_REASON = (
    r"(?:cancel|abort|scrap|scratch|bin|ditch|discard|dismiss|forget(?:\s+about)?|stop|"
    r"hold\s+off(?:\s+on)?)"
)
# What may come before the words that drop it: "no", "oh wait", "hold on", "hmm"
_BEFORE_CANCEL = (
    r"(?:(?:no+|nope|nah|naw|oh|oops|wait|ok|okay|hold\s+on|hang\s+on|hold\s+up|actually|aye|"
    r"yeah|yep|yes|right|och|ah|sorry|hmm+|uh|um|erm|woah|whoa|just)[,.!\s]+)*(?:please\s+)?"
)
# "cancel", "nvm, don't add it", "oh no wait scrap that": one or more ways of dropping it
CANCEL = re.compile(
    r"^"
    + _BEFORE_CANCEL
    + _CANCEL_SAID
    + r"(?:[,.!\s]+(?:just\s+)?"  # "dont send that one just close it"
    + _CANCEL_SAID
    + r")*(?:\s+(?:please|yet|just\s+yet|for\s+now|then|thanks))?"
    + r"(?:\s+(?:mate|man|bro|dude|lah|la|pls|plz|babe|boss|fam|hun))?"  # "scrap that card mate"
    # (the reason may start with the person: "dont bother ill do it myself")
    + r"(?:[.!]*|(?:[,;:.!]|\s+(?=(?:i|we|i['’]?ll|ill|i['’]?m|im|i['’]?d|we['’]?ll|sorry|oops)\b)|"
    # ("nah scrap that my mate paid for them"; not "cancel my Spotify", a subscription)
    + r"(?:(?<=\bthat)|(?<=\bthis)|(?<=\bit)|(?<=\boff)|(?<=\bmind)|(?<=\bnvm))"
    + r"\s+(?=(?:he|she|they|my|his|her|their)\b)|"
    # ("dont do it the client didnt pay yet")
    + r"(?<=\bdo\sit)\s+(?=the\b))\s*"
    + _CANCEL_REASON
    + r")$"
    # a bare refusal, nothing after it: "nope", "oops no", "hold up, no", "no no no"
    r"|^" + _BEFORE_CANCEL + r"(?:no+|nope|nah|naw)(?:\s+(?:thanks|then))?[.!]*$"
    # the reason first: "oh hang on, Bill already paid him by cheque. Don't send it", "No
    # wait, first I will check other options. Cancel this one.", "she has the money already
    # so forget about this one" (not an entry made twice: "I put it in twice, scrap that")
    # ("I'll do it later – could you close that?": asked, after a dash)
    r"|^(?![^\d?]*\b(?:twice|duplicated?|double)\b)[^\d?]{3,100}(?:[,;.!]\s+|\s+[–—-]\s+|\s+(?=so\s))"
    r"(?:so\s+)?(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?"
    r"(?:(?:" + _DROP_AFTER_A_REASON + r"|close)(?:\s+(?:" + _DROPPED + r"))?|"
    r"(?:just\s+)?leave\s+it|"
    r"(?:don['\u2019]?t|do\s+not)\s+(?:send|pay|add|record|save|log)(?:\s+(?:it|that|this|him|her|them|"
    r"the\s+payment))?)(?:\s+(?:please|for\s+now))?[.!?]*$"
    # the card's "cancel", and whose it was: "wait no cancel that, it was Sam's order not mine"
    # (the ledger's "scrap that, it was the wife's card" takes back an entry)
    r"|^" + _BEFORE_CANCEL + r"cancel(?:\s+(?:that|it|this))?[,.;:!\s]+(?:it|that)(?:\s+was|['’]s)"
    r"(?=\s+(?:\w+\s+)?\w+['’]s\b|\s+not\s+(?:mine|ours|for\s+me)\b)[^\d?]*$"
    # the errand taken back by the person: "Actually, I will do it myself at the bank
    # tomorrow", "nah I'll sort it out myself later"
    r"|^"
    + _BEFORE_CANCEL
    + r"(?:i['’]?ll|ill|i\s+will|i['’]?m\s+going\s+to|i\s+am\s+going\s+to)\s+"
    r"(?:just\s+)?(?:do|sort|handle|pay|send|make)\s+(?:it|that|this)(?:\s+out)?\s+"
    r"(?:myself|by\s+myself|(?:my)?self|manually)\b[^\d?]*$",
    re.I,
)
# An account, card or wallet shut by its bank or app: the message is about that, whatever
# money it mentions
_ACCOUNT_LOCKED = (
    r"(?:froze|frozen|locked|blocked|suspended|restricted|flagged|closed)\s+(?:my|our)\s+"
    r"(?:\w+\s+)?(?:account|card|wallet|app)|"
    r"(?:my|our)\s+(?:\w+\s+)?(?:account|card|wallet|app)\s+(?:got|was|is|has\s+been|keeps\s+getting|"
    r"(?:is\s+)?getting)\s+(?:locked|frozen|blocked|suspended|restricted|flagged|closed)"
)
# A thing paid for that never came: "the package never arrived", "didn't receive it"
NEVER_CAME = (
    r"(?:don'?t|didn'?t|doesn'?t|hasn'?t|haven'?t|not|never)\s+(?:receive|received|arrive|"
    r"arrived|got\s+it|come\s+through|show(?:n|ed)?\s+up)"
)
# Topics that are never a ledger write, however money-like the sentence (the veto on the
# learned layer's writes; the rules use the broader SUPPORT list).
SUPPORT_STRONG = any_word(
    # "spotify charged me 11.99 twice this month, how do I get them to fix it"
    r"(?:charged|billed|took)\s+(?:me\s+|us\s+)?(?:[$€£]?\d[\d.,]*\s*\w*\s+)?(?:twice|double|two\s+times)",
    r"(?:is|are|been)\s+holding\s+(?:\w+\s+)?(?:of\s+)?(?:my|our)\s+(?:money|funds|payment|cash)",
    # "venmo locked my account after i sent 200", "my card got blocked after I paid 80"
    _ACCOUNT_LOCKED,
    # "My UPI payment of 2,000 failed but the money got debited"
    r"(?:payment|transfer|transaction)\s+(?:\S+\s+){0,3}?(?:failed|did\s*n[o']?t\s+go\s+through|bounced)",
    r"pin",
    r"passcode",
    r"password",
    # "lost my card", "wallet got lost" (not "i still lost a sock", "we lost 2-1")
    r"lost\s+(?:my\s+|our\s+|the\s+|a\s+)?(?:\w+\s+)?(?:card|wallet|purse|phone|pin|passport|"
    r"money|cash|cheque|check)s?",
    r"(?:card|wallet|purse|phone|passport)s?\s+(?:is\s+|was\s+|got\s+|has\s+been\s+)?lost",
    r"stolen",
    r"fraud\w*",
    r"unauthori[sz]ed",
    r"verify",
    r"verification",
    r"identity",
    r"activate",
    r"exchange\s+rates?",
    r"credit\s+(?:score|rating|limit)",
    r"routing",
    r"declined?",
    r"charged\s+twice",
    r"charged\s+[$€£]?\d[\d.,]*\s*\w*\s+twice",  # "I was charged 12 twice for the same coffee"
    # (not "paid the invoice after three reminders", "he keeps reminding me": a story)
    r"remind(?!ers\b)(?!(?:ing|ed|s)\s+(?:me|us)\b)\w*",
    r"remember\s+me",
    r"(?:don'?t|dont|do\s+not)\s+let\s+me\s+forget",  # "taxi at 11.45, dont let me forget"
    r"dispute",
    r"not\s+mine",
    r"still\s+(?:not|hasn'?t|no|pending|waiting)",
    NEVER_CAME,
    r"where\s+is\s+my",
)
# The money back for a thing that never came, told as an entry: "Mercado Libre refund $450
# because the package never arrive", "got 30 back, the parcel never showed up"
REFUNDED_FOR_WHAT_NEVER_CAME = re.compile(
    r"\brefund(?:ed)?\s+(?:of\s+)?(?:[$€£]|r\$)?\s?\d|\d[\d.,]*\s*[^\W\d_]{0,4}\s+(?:refund(?:ed)?|back)\b",
    re.I,
)
# Bank-support topics that are also everyday money: a question about them is for the bank
# ("how do I top up my Oyster", "why did the ATM charge me 3"), but told beside money paid or
# received they are an entry ("Vodafone top-up 20", "AT&T 85.33 autopay went thru yesterday")
# A direct deposit asked about, not one that came in ("direct deposit of 2,100 hit today",
# "1,862.40, direct deposit this morning")
_DIRECT_DEPOSIT_ASKED = (
    r"(?<!\d,\s)(?<!\d\s)direct\s+deposit(?!\s+(?:of\s+)?[$€£]?\d)"
    r"(?![^.!?]*\b(?:hit|landed|came\s+in|arrived|cleared|today|yesterday|this\s+morning|tonight)\b)"
)
SUPPORT_TOPIC = any_word(
    r"atm",
    _DIRECT_DEPOSIT_ASKED,
    # "I was overcharged 15 at the garage" (not "got 20 back, they overcharged me")
    r"^(?!.*\b(?:refund\w*|back)\b).*?\bovercharged",
    r"top[\s-]?ups?",
    r"autopay",
)
# Words that make a short sentence with an amount something other than an expense.
# A salary the person pays ("maid salary 4000 for sept"), not their own
_THEIR_SALARY = r"(?<!maid\s)(?<!nanny\s)(?<!driver\s)(?<!cleaner\s)(?<!helper\s)(?<!staff\s)"
# Ways of getting somewhere, said right before "back" for the trip home: "taxi back from the
# club", "bus back 2.50", "the ride back was 38"
_TRIP_WORDS = (
    "taxi", "cab", "uber", "lyft", "bolt", "grab", "ola", "bus", "train", "tram", "metro",
    "subway", "tube", "ferry", "flight", "ride", "lift", "drive", "trip", "journey", "fare",
    "ticket", "tickets", "way", "boda", "tuk", "matatu", "jeepney", "rickshaw", "auto", "shuttle",
    "coach",
)  # fmt: skip
_TRIP_BACK = "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in _TRIP_WORDS) + r")back\b"
# "back" that is a place, a part or the trip home, not money back: "the back room", "back
# pain", "taxi back from the club"
BACK_NOT_MONEY = (
    r"(?:back\s+(?:room|yard|garden|door|seat|seats|porch|office|pain|wheel|tyres?|tires?|"
    r"lights?|row|page|pack|packs|to\s+school)\b|" + _TRIP_BACK + r")"
)
# "just got back from the shops": home again, not money back
_MONEY_BACK_WORD = (
    r"(?!"
    + BACK_NOT_MONEY
    + r")(?<!\bgot\s)(?<!\bget\s)(?<!\bcame\s)(?<!\bjust\s)(?<!\bbeen\s)back"
)
NOT_TERSE = re.compile(
    r"\?|\b(?:how|what|whats|which|when|where|why|who|show|list|find|balance|budget\w*|limit|"
    r"cap|(?<!\bat\s)total|report|transactions?|income|"  # not the shop in "fuel at Total"
    + _THEIR_SALARY
    + r"salary|paycheck|wages?|pension|dividends?|"
    r"bank\s+interest|refund\w*|" + _MONEY_BACK_WORD + r"|split|"
    r"pay|send|sent|transfer\w*|move|moved|owe|owes|from\s+(?:my\s+)?(?:savings|checking)|"
    r"to\s+(?:my\s+)?(?:savings|checking|account)|sold|earned|got|received|won|over|under|"
    r"above|below|more|less|than|between)\b",
    re.I,
)
# "I wish to record …", "will you log …": formal requests, not wishes or plans
_FORMAL_REQUEST = (
    r"(?:record|log|add|note|enter|register|report|declare|make|set|create|transfer|move|"
    r"pay|send|put|book|have|know|see|check)\b"
)
# A bill foretold, no one named to pay: "next month i have to pay 450 for car insurance"
BILL_FORETOLD = (
    r"\b(?:have\s+to|need\s+to|must|got\s+to|gotta)\s+pay\s+[€$£]?\d[\d.,]*\s*\w*\s+for\b"
    r"(?![^.!?]*\bto\s+[a-z])"
)
# A habit the person means to start: "need to start putting 200 a month into savings",
# "gotta start moving 50 a week"
HABIT_TO_START = (
    r"(?:need|needs|have|has|got|ought|want|wants)\s+to\s+start|(?:gotta|should|must)\s+start"
)
# Buying said in the present, and a time still ahead of it
_BUYING_NOW = r"(?:buying|getting|paying|picking\s+up|grabbing|ordering|spending|booking)\b"
_STILL_AHEAD = (
    r"(?:later(?!\s+on\s+i\b)|tonight|tomorrow|after\s+(?:work|school|class|lunch)|"
    r"this\s+(?:weekend|evening|afternoon)|next\s+(?:week|month|weekend|time))\b"
)
# Money not yet spent: plans and wishes are not entries ("gonna spend 200 on a phone next
# week", "I wish I had 1000", "if only my pension were 200 more").
PLAN_OR_WISH = re.compile(
    # "side hustle idea: sell 50 candles at 10 each": an idea, nothing done
    r"\b(?:idea|goal|resolution)\s*[:,–—-]|"
    # a plan's heading: "plan: goa trip dec, ~25k pp", "plan for xmas: gifts ~300" (not
    # "phone plan: 45", a bill)
    r"^\W*(?:the\s+|my\s+|our\s+)?plan(?:\s+for\s+[^:,.!?]{1,30})?\s*[:–—]|"
    # money still awaited: "paycheck should hit friday, like 280ish", "salary should have
    # landed yesterday but nothing"
    # (not "… should be in the category garden": where an entry goes)
    r"\bshould\s+(?:have\s+)?(?:hit|land(?:ed)?|arrive[d]?|clear(?:ed)?|come(?:\s+(?:in|through))?|"
    r"go\s+through)\b|\b(?:gonna|gona|tryna|finna|wanna(?!\s+(?:keep|cap|limit|stay|stick|"
    + _FORMAL_REQUEST
    # ("… to auto driver for going to Koramangala": the fare of a trip, no plan)
    + r"))|(?<!\bfor\s)going\s+to(?!\s+(?:the|a|an|my|our|his|her|their|work|school|church|bed|"
    r"town|uni|college|gym|hospital|mass|class)\b)|"
    # (a sigh is no plan: "R900 on the dot. When will it end", "where will it stop")
    r"(?<!when\s)(?<!where\s)will(?!\s+you\b)|i'll|i\s+shall|plan(?:ning)?\s+to|"
    r"want\s+to\s+buy|thinking\s+(?:of|about)|might|(?<!from\s)(?<!on\s)(?<!at\s)wish(?!\s+to\s+"
    + _FORMAL_REQUEST
    + r")|hope|if\s+only|would\s+love|dream|someday|one\s+day|"
    r"saving\s+up\s+for|maybe|probably|perhaps|hoping|hopefully|not\s+(?:booked|bought|paid)\s+yet|not\s+yet|"
    r"i'?d\s+love|if\s+(?:we|i)\s+(?:take|get|buy|go\s+for|decide|sign)|"
    r"i'?d\s+(?:pay|spend|give)|i\s+would\s+(?:pay|spend|give)|"  # "I'd pay 100 for good tickets"
    r"wants\s+to|tempting|tempted|eyeing|eying|considering|" + BILL_FORETOLD + r"|"
    r"looking\s+at\s+(?:buying|getting|flights|hotels|houses|cars|a\s+new|an?\s+\w+\s+for)|"
    r"i'?d\s+\w+ly\s+(?:pay|spend|give)|"  # "i'd happily pay 20 for a decent pizza"
    # "the kids want a 400 trampoline" (not "I want a budget of 300 for food")
    r"wants?\s+(?!(?:a|an|the|my)\s+(?:\w+\s+)?(?:budget|limit|cap|refund|reminder|split|list|"
    r"breakdown|total)\b)(?:a|an|the|some|that|this|those|these|new)\b|"
    r"wonder(?:ing)?\s+(?:if|whether)|worth\s+it(?=\s*\?)|(?:i|we)\s+could|"
    # the present for what is still ahead: "later today I'm buying a new phone for 800",
    # "after work I'm picking up groceries, about 60", "on my way to buy shoes, 90"
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+" + _BUYING_NOW + r"(?=[^.!?]*\b" + _STILL_AHEAD + r")|"
    r"\b" + _STILL_AHEAD + r"[^.!?]*\b(?:i'?m|i\s+am|we'?re|we\s+are)\s+" + _BUYING_NOW + r"|"
    r"on\s+(?:my|our)\s+way\s+to\s+(?:buy|get|pay|grab|pick\s+up)\b|"
    # "next week i have to buy books for the semester, roughly 340"
    r"(?:have|has|need|needs)\s+to\s+buy|" + HABIT_TO_START + r"|"
    # money still needed: "need 80,000 for the Kyoto trip in Aug", "I need like 2k for the
    # wedding" (not "needed": spent)
    r"(?:^|\b(?:i|we)\s+|[.!,;]\s*)(?:still\s+)?(?:need|needs)\s+(?:like\s+|about\s+|around\s+|another\s+)?"
    r"[$€£¥₹]?\s?\d[\d.,]*\s*(?:k\b)?\s*[^\W\d_]{0,8}\s*(?:more\s+)?for)\b",
    re.I,
)
# Payments no one should draft: to everyone at once, or a fee to release a prize, an
# inheritance or a parcel (the shapes of advance-fee scams)
UNDRAFTABLE = re.compile(
    r"\b(?:everyone|everybody|all\s+(?:my|of\s+my|the)\s+(?:contacts|friends|followers)|"
    r"prize|lottery\s+(?:win|winnings|prize|fee|claim)|won\s+(?:a|the)\s+lottery|inheritance|"
    r"to\s+(?:release|unlock|claim)\b|release\s+(?:fee|it|the\s+funds?)|"
    r"processing\s+fee|customs\s+fee\s+for\s+(?:a|the|my)\s+parcel)\b",
    re.I,
)
# Wiping more than one entry: "delete all my data", "erase my whole history", "remove my
# account", "wipe everything"; the app never does it from a sentence
WIPE_ALL = re.compile(
    r"\b(?:delete|remove|erase|wipe|clear|reset|destroy|purge)\s+(?:out\s+)?"
    r"(?:(?:all|every|my|the|our|whole|entire)\s+)*"
    r"(?:data|history|account|accounts|ledger|everything|transactions|entries|records|app|profile)\b|"
    r"\bwipe\s+(?:it\s+)?(?:all|clean)\b",
    re.I,
)
# Asked to buy or to be given something: the app moves no money ("order me a pizza for 15",
# "buy me 2 cinema tickets", "give me 20 bucks", "lend me 50")
_ELSEWHERE = (
    # "cancel my Spotify subscription": done outside the app
    r"cancel\s+(?:my|our|the)\s+(?:\w+\s+){0,2}(?:subscription|membership|plan|contract|"
    r"account|policy|insurance|order)\b|"
    # "call me back on 0412 555 019"
    r"(?:call|ring|text|phone)\s+me\b|"
    # "text Tom that I'll pay him 20 tomorrow", "call the bank about the 35 fee"
    r"(?:text|call|email|e-mail|message|phone|ring|whatsapp|tell|remind)\s+(?!me\b)(?:my\s+)?[a-z]+\s+"
    r"(?:that|about|to|i'll|i\s+will|back|the)\b|"
    # "set an alarm for six thirty", "timer for 20 minutes"
    r"(?:set\s+(?:an?\s+|my\s+|the\s+)?)?(?:alarm|timer)\s+(?:for|at)\b|set\s+(?:an?\s+|my\s+)?(?:alarm|timer)\b|"
    # "I need to remember to pay 30 for the school trip": a reminder
    r"(?:i\s+)?(?:need\s+to\s+|have\s+to\s+|must\s+|gotta\s+|got\s+to\s+|should\s+)?remember\s+to\s+"
    r"(?:pay|send|buy)\b"
)
_GIVE_ME = (
    r"(?:(?:send|venmo|zelle|lend|loan|wire|give|e-?transfer|paypal)\s+(?:me|us)\s+"
    r"(?!back\b|(?:the|my|our)\s+(?:\w+\s+)?back\b)"  # "they give me the money back": returned
    r"(?:(?:some|like|about|around|the|a)\s+)?(?:[$€£₹]?\d|money|cash|(?:a\s+)?(?:fiver|tenner|few|"
    r"couple|grand|hundred|million|billion))|"
    # "Kev pls send ur half of the $180": the share of the one the message is written to
    r"(?:send|venmo|zelle|pay|give|transfer|e-?transfer)\s+(?:me\s+|us\s+)?(?:ur|your|yo)\s+"
    r"(?:half|share|part|bit|portion|cut)\b)"
)
# A distance run, walked or ridden: "ran 10k this morning in 52 minutes"
EXERCISE = re.compile(
    r"\b" + DISTANCE_VERBS + r"\s+(?:a\s+|an\s+)?"
    r"(?:\d+(?:[.,]\d+)?\s?(?:k|km|kms|miles?|mi)\b|half\s+marathon|marathon|parkrun)|"
    # a weight lifted: "Benched 225 today, new PR", "squatted 140kg for 3 reps"
    r"\b(?:benched|bench\s+pressed|squatted|deadlifted|overhead\s+pressed|curled)\s+\d",
    re.I,
)
# Sums only a country, a company or a star has: "elon paid 44 billion for twitter" (not in
# currencies counted in billions by people: "1 billion dong")
BILLIONS = re.compile(
    r"^(?!.*\b(?:vnd|dong|đồng|rupiah|idr|won|krw|rp)\b).*\b(?:billions?|trillions?|bn)\b", re.I
)
# A recipe: "pancakes: 200g flour, 2 eggs, 300ml milk", "add 250 g butter and 2 eggs then
# mix", "bake at 180 for 25 minutes", "split the dough into 8 pieces" (not "bought 500g of
# coffee for 6")
RECIPE = re.compile(
    r"^(?!.*\b(?:bought|paid|spent|cost|costs|got\s+(?:some|a|the)|for\s+[$€£]?\d[\d.,]*\s*(?:$|[,.])|"
    r"\d[\d.,]*\s+(?:each|apiece)\b|"  # ("2 x 500ml milk packets 28 each": a purchase)
    # ("750g of cheese at 18/kg": the price of a weight, paid)
    r"\bat\s+[$€£]?\d[\d.,]*\s*(?:/|per\s+|an?\s+)(?:kg|kilo|lb|l|litre|liter)\b)).*(?:"
    r"\b(?:preheat|simmer|whisk|knead|marinade|marinate|tbsp|tsp|teaspoons?|tablespoons?)\b|"
    r"\bbake\s+(?:it\s+)?(?:at|for)\s+\d|\b(?:then|and)\s+(?:mix|stir|whisk|fold)\b|"
    r"\b(?:into|in)\s+\d+\s+(?:pieces|slices|portions|balls|squares)\b|"
    r"\d+\s?(?:g|gr|grams?|ml|cups?|oz)\s+(?:of\s+)?(?:flour|sugar|butter|milk|eggs?|salt|water|oil|"
    r"rice|pasta|cream|cheese|honey|yeast|cocoa|chocolate|vanilla|oats|yogurt|yoghurt)\b)",
    re.I,
)
# Economic news, not the person's money: "inflation hit 3.2 percent", "ECB cut rates by 0.25",
# and a football club's transfers ("transfer window shuts monday, arsenal better spend 100m")
ECONOMY_NEWS = re.compile(
    r"\btransfer\s+(?:window|deadline\s+day|target|rumou?rs?|saga|record|gossip)\b|"
    r"\b(?:inflation|interest\s+rates|(?:cut|cuts|raised|raises|hiked|hikes|held|holds)\s+"
    r"(?:interest\s+)?rates|ecb|federal\s+reserve|the\s+fed|bank\s+of\s+england|rba|rbi|gdp|"
    r"unemployment|stock\s+market|s&p\s*500|nasdaq|dow\s+jones|ftse)\b",
    re.I,
)
# Money asked of someone for the person: "send me 1 billion dollars asap", "mum send me 20
# for the bus pls", "can someone lend me 50" (not "mum sent me 20", nor the past said in
# the present by a non-native speaker: "my brother send me 50 yesterday")
MONEY_ASKED_FOR = re.compile(
    r"^(?!.*\b(?:yesterday|ago|last\s+\w+|this\s+morning|earlier|already)\b)"
    # (nor money said received and asked to be written: "Mom send me 10,000 baht for rent
    # help, please add income")
    r"(?!.*\b(?:add|log|record|put|enter)\s+(?:it\s+|this\s+|that\s+)?(?:as\s+|in\s+|to\s+)?"
    r"(?:an?\s+|my\s+)?(?:income|earnings)\b)"
    # (nor the "please" of a request to the assistant: "my son is send me 300 from Canada today,
    # please add")
    r"(?!.*\b(?:please|pls|plz|kindly)\s+(?:add|log|record|note|enter|save)\b)(?:"
    # asked first: "send me …", "pls venmo me …", "can someone lend me …", "mum, send me …"
    r"\W*(?:(?:please|pls|plz|can|could|would|will|you|u|someone|somebody|anyone|anybody|hey|yo|"
    r"mum|mom|dad|bro|sis)[\s,]+)*" + _GIVE_ME + r"|"
    # asked with a "please": "mum send me 20 for the bus pls" (not "my boss give me 200
    # bonus": the past said in the present by a non-native speaker)
    r"(?=.*\b(?:please|pls|plz|asap)\b).*\b" + _GIVE_ME + r")",
    re.I,
)
# Something to write or make up about money, not money to write: "write me a poem about my
# £3 meal deal", "tell me a joke about my 40 quid phone bill"
CREATIVE_ASKED = re.compile(
    r"^\W*(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:write|compose|make\s+up|"
    r"tell|give|sing)\s+(?:me\s+|us\s+)?(?:a|an|some)\s+(?:\w+\s+)?(?:poem|song|story|haiku|limerick|joke|"
    # ("can you write an angry email to Fernwood about the 2,100 they still owe")
    r"rap|essay|riddle|rhyme|tweet|caption|email|e-mail|letter|complaint|reply|review)s?\b",
    re.I,
)
ERRAND = re.compile(
    r"^\W*(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?"
    # (not a budget asked for: "give me a budget of 300 for food")
    r"(?:(?:order|buy|book|get|reserve|purchase|give|lend|find)\s+(?:me|us)\b"
    r"(?!\s+(?:a\s+|an?\s+monthly\s+|a\s+weekly\s+)?(?:budget|limit|cap|spending\s+limit)\b)|"
    # "book a table for 4 at 7:30": a booking to make, not money spent
    r"(?:book|reserve)\s+(?:a|an|the|my|our|\d+|two|three|four)\s+(?:\w+\s+)?(?:table|"
    r"flights?|hotel|room|appointment|seats?|taxi|cab|ride|tickets?|slot|session)\b|"
    # "order 2 large pizzas from dominos": something to get, not money spent
    r"(?:order|reserve)\s+(?:\d{1,2}|a|an|two|three|four|some)\s+(?!from\b)[a-z]|"
    + _ELSEWHERE
    + r")",
    re.I,
)
# An errand the assistant cannot do for a question either: "cancel my Spotify subscription"
ERRAND_ELSEWHERE = re.compile(r"^\W*(?:please\s+)?(?:" + _ELSEWHERE + r")", re.I)
# Where one sentence ends and the next begins (after its stop and the spaces)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# The first word of a price as people say it: a digit (with its symbol) or a number word
_PRICE_START = r"(?:[€$£]?\d|" + NUMBER_WORD + r"\b)"
# A price offered, not paid: "the quote for the new boiler was 2,800", "they quoted 450"
QUOTED = re.compile(
    r"^(?!.*\b(?:paid|spent|went\s+with|accepted)\b).*(?:\b(?:quote|quoted|estimated?|asking\s+price|"
    # ("church offering 40", "the Sunday offering": a gift given, not a price offered)
    r"offered|(?<!\bchurch\s)(?<!\bsunday\s)(?<!\btemple\s)(?<!\bthe\s)(?<!\bmy\s)(?<!\bour\s)offering|"
    r"shopping\s+around|came\s+in\s+at(?!\s+(?:last|long\s+last)\b))\b|"  # (not "came in at last")
    # "the repair could cost me 300", "a new roof would cost us 8,000": a cost still possible
    r"\b(?:could|might|may|would|will|'ll|should|gonna|going\s+to)\s+(?:probably\s+|likely\s+|easily\s+)?"
    r"cost\b|"
    # "the plumber reckons it'll be around 250 to fix", "the fine could be up to 1,000"
    r"\b(?:it'?ll|it\s+will|it'?d|it\s+would|could|might|should|may)\s+be\s+(?:about\s+|around\s+|"
    r"roughly\s+|like\s+|up\s+to\s+|over\s+)?" + _PRICE_START + r"|"
    # "the lad at the car wash said it's fifteen for the full valet"
    r"\b(?:said|says|reckons)\s+(?:that\s+)?(?:it'?ll\s+be|it'?s|it\s+is|it\s+would\s+be|it'?d\s+be)\s+"
    r"(?:about\s+|around\s+|roughly\s+|like\s+|only\s+|just\s+)?" + _PRICE_START + r"|"
    # "the guy at the garage said 350 to fix the clutch"
    r"\b(?:said|says|say|reckons|quoted)\s+(?:it'?ll\s+be\s+|it'?s\s+|it\s+would\s+be\s+|about\s+|around\s+|"
    r"like\s+)?" + _PRICE_START + r"[\w.,]*(?:\s+\w+){0,2}?\s+(?:to|for)\s+(?:the\s+)?"
    r"(?:fix|repair|replace|sort|do|change|service|redo|paint|install|fit|job|work)\b)",
    re.I,
)
# A number read out, not money: "tracking number 1Z 999 AA1 01 2345 6784", "my phone
# number is 07700 900 123"
# An example or a quotation, not an entry: "example: coffee 3.50", "e.g. taxi 20"
EXAMPLE_GIVEN = re.compile(r"^\W*(?:for\s+)?(?:example|e\.?\s?g\.?|eg|like\s+this)\s*[:,-]", re.I)
READ_OUT_NUMBER = re.compile(
    # not "order #4471 arrived, paid 62.99", "order #40912 from Zalando came to 79.95"
    r"^(?!.*\b(?:paid|spent|cost|bought|refund\w*|came\s+to|total(?:led|ed)?|charged)\b)"
    r"\W*(?:my\s+|the\s+|our\s+)?(?:tracking|order|reference|ref|account|phone|mobile|card|"
    r"confirmation|booking|policy|serial|customer|membership|pin)\s+(?:number|no\.?|#|code|id)\b",
    re.I,
)
# A sum asked about a hypothetical: "if I put 200 a month into savings how long until I
# have 5k", "if I cancel spotify I save 11.99 a month right"
HYPOTHETICAL = re.compile(
    # ("if they paid me 45k every month I'd move out": someone else's part in it imagined)
    r"^\W*(?:so\s+|and\s+|ok\s+)?(?:if|what\s+if|suppose|supposing|say|imagine)\s+"
    r"(?:i|we|my|our|the|it|they|he|she|someone|somebody)\b|"
    # "If every client paid $3,200 this fast I'd retire at 40": what would follow, imagined
    r"^\W*(?:so\s+|and\s+|ok\s+)?if\b[^.!?]{1,80}\b(?:i['’]d|i\s+would|we['’]d|we\s+would)\b|"
    # "lets say i spent two thousand on furniture just hypothetically"
    # (not a figure chosen: "I want to stop overspending on clothes, let's say $120 a month max")
    r"\blet'?s\s+say\b(?!\s+(?:about\s+|around\s+)?[$€£¥₹]?\s?\d)|\bhypothetically\b|\bin\s+theory\b|"
    # "would you move 500 to savings if you were me?": advice asked
    r"\bif\s+(?:you\s+were\s+me|i\s+were\s+you)\b|\bin\s+my\s+(?:shoes|position)\b|"
    # "would splitting a 120 dinner 4 ways be 30 each": a sum asked about, not done
    r"^\W*(?:would|wouldn'?t|does|doesn'?t)\s+[a-z]+ing\b[^.!]*\b(?:be|make|come\s+to|cost)\b|"
    # "imagine paying 9 dollars for a coffee lmao"
    r"\bimagine\s+(?:having\s+to\s+pay|[a-z]+ing)\b|"  # "imagine winning the 10 mil powerball"
    # "mum reckons I should put 100 a month away": advice reported
    r"\b(?:says|said|reckons|thinks|told\s+me)\s+(?:i|we)\s+should\b|"
    # "my son says put two thousand in savings every month": the advice in their own words
    r"\b(?:says|said|keeps\s+saying|told\s+me\s+to)\s+(?:just\s+)?(?:put|save|move|stick|spend|pay|send|"
    r"budget|transfer)\b"
    # (unless the person then asks for it: "my wife says send fifty to Luca … prepare it")
    r"(?![^.!?]*\b(?:prepare|draft|do|log|add|record|set\s+up|make)\s+(?:it|that|this)\b)|"
    # "would it be cheaper to pay 39 a month for the gym or 420 for the year"
    r"^\W*(?:would|will|is|isn't)\s+it\s+be\s+(?:cheaper|better|smarter|worth|wiser)\b|"
    r"^\W*(?:is\s+it|would\s+it\s+be)\s+(?:cheaper|better)\s+to\b",
    re.I,
)
# Someone else's spending, its figure said: "Ananya spends 15k on shopping every month",
# "the avg family of 5 spends $400 a week", "colleague … he spend 5,000 every lunch" (a verb
# only a third person takes, or a third person's pronoun; never "did I spend 50 on uber?")
OTHERS_SPENDING_SAID = re.compile(
    r"(?:\bspends|\b(?:he|she|they|someone|somebody|everyone|everybody|people)\s+(?:\w+\s+)?"
    r"(?:spend|spent))\s+(?:(?:like|about|around|over|almost|nearly|all\s+(?:her|his|their)\s+"
    r"money\s+at\s+[^,.!?]{1,30}[,:]?)\s+)?(?:[$€£¥₹]\s?)?\d",
    re.I,
)
# Not the person's money, said so: "my parents sent 500 to my brother, not me"
NOT_MINE = re.compile(r",?\s+not\s+(?:to\s+)?(?:me|mine|us|ours)\b", re.I)
# A standing fact about money, not an entry: "our house is worth about 320k now", "my
# mortgage is 1,150 a month", "my pension pot is at 48k", "my rent was 950 last year"
STANDING_FACT = re.compile(
    r"\b(?:is|are|was)\s+(?:now\s+)?worth\s+(?:about\s+|around\s+|roughly\s+)?[€$£]?\d|"
    r"^(?:my|our)\s+(?:\w+\s+)?(?:rent|mortgage|premium|pension(?:\s+pot)?|pot|savings(?:\s+goal)?|"
    r"goal|house|flat|car|direct\s+debit|dd|standing\s+order)\s+(?:is|are)\b|"
    # "the rent is due on the 1st, 1,200": owed, not paid yet
    r"\b(?:is|are)\s+due\b(?!.*\b(?:paid|pay\s+it|pay\s+them)\b)|"
    r"^(?:my|our)\s+(?:\w+\s+)?(?:rent|mortgage|salary)\s+was\b.*\b(?:last\s+year|before|ago)\b|"
    # money that comes in on its day as it always does: "gehalt 2.840,00 comes on the 28th as
    # always", "pension arrives every 1st" (a habit told, not money that came in)
    r"\b(?:comes?|arrives?|lands?|hits?)\s+(?:in\s+)?(?:on\s+)?(?:"
    r"the\s+\d{1,2}(?:st|nd|rd|th)?\b(?=[^.!?]*\b(?:as\s+(?:always|usual)|like\s+clockwork)\b)|"
    r"every\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b)",  # (not "he comes every 4 weeks")
    re.I,
)
# Someone else paid for the person: "the ticket was 45 but my mate bought it for me", "the
# bill came to 84 but my dad covered it"
PAID_FOR_ME = re.compile(
    r"\b(?:bought|paid\s+for|got|covered|treated)\s+(?:it|that|this|them)?\s*for\s+(?:me|us)\b|"
    # "… but tom paid for me", "dad paid for us" (not "I paid for me and Sam", "paid for us
    # both")
    r"\b(?!(?:i|we|and|so|then|just|already)\b)[a-z]+\s+paid\s+for\s+(?:me|us)\b"
    r"(?!\s+(?:and|both|all|two|three)\b)|"
    # (not "found them cheaper online so got that": the person, the subject dropped)
    r"(?<!\bi\s)(?<!\bwe\s)(?<!['’]s\s)(?<!\bhas\s)(?<!\bhave\s)(?<!['’]ve\s)(?<![,;]\s)"
    r"(?<!\bso\s)(?<!\band\s)(?<!\bjust\s)"
    # ("got it today at target for 429", "nvm got it": the person's own words, no one named)
    r"(?<!^)(?<!\bnvm\s)(?<!\bok\s)(?<!\bfinally\s)(?<!\bthen\s)"
    r"\b(?:covered|got)\s+(?:it|that|the\s+bill)\b|\btreated\s+(?:me|us)\b|"
    r"\bon\s+the\s+house\b|"
    r"\bbut\s+(?!i\b|we\b)[a-z]+\s+(?:paid|covered\s+it|got\s+it|picked\s+up\s+the\s+(?:bill|tab))"
    r"(?:\s+for\s+(?:it|everyone|all\s+of\s+us))?\s*[.!]*\s*(?:lol|haha)?\s*$|"
    # "my parents pay my phone bill, 30", "mum pays my gym": someone else pays the person's bill
    r"^(?:my\s+)?(?:parents|mum|mom|dad|grandparents|gran|nan|boss|company|employer|work)\s+"
    r"(?:always\s+|still\s+)?pays?\s+(?:for\s+)?(?:my|our)\s+\w+|"
    # "Tom is paying", "Jake covered my share": someone else pays the person's part
    r"\b(?!i\b|we\b|i'm\b|we're\b)[a-z]+(?:\s+is|'s|\s+are)\s+(?:paying|covering|getting\s+(?:it|this|the\s+bill))\b(?!\s+(?:me|us)\b)|"
    r"(?<!\bi\s)(?<!\bwe\s)\b(?:covered|paid|got)\s+(?:for\s+)?my\s+(?:share|half|part|bit|portion)\b(?!-)|"
    # "Tom grabbed the bill before I could", "Priya paid it fully", "wife booked it on her card",
    # "lena ordered it on her app and wouldnt take my money", "my friend pay 30 euro for my ticket"
    r"\b(?!i\b|we\b)[a-z]+\s+(?:grabbed|snatched|took)\s+the\s+(?:bill|tab|check|cheque)\b|"
    r"\b(?!i\b|we\b)[a-z]+\s+paid\s+(?:it|for\s+it|the\s+lot)\s+(?:fully|in\s+full|all)\b|"
    r"\bon\s+(?:his|her|their)\s+(?:card|app|account|phone)\b|"
    # "bought mr doyle's groceries 87.40 with his card": paid with another's money
    r"\b(?:with|using|from)\s+(?:his|her|their)\s+(?:own\s+)?(?:card|cash|money|account)\b|"
    # "school fees 45,000 paid from husband's account", "rent 1200 on my dad's card": paid
    # with a relative's money
    r"\b(?:on|with|using|from|by)\s+(?:my\s+|the\s+|our\s+)?(?:husband|wife|partner|hubby|dad|"
    r"mum|mom|father|mother|parents|brother|sister|boyfriend|girlfriend|bf|gf)(?:['’]s|s)\s+"
    r"(?:\w+\s+)?(?:account|card|money|credit\s+card|debit\s+card)\b|"
    r"\b(?:would\s*n[o']?t|wouldnt|did\s*n[o']?t|didnt|not)\s+(?:take|accept|allow|allowing|let)\s+"
    r"(?:my\s+money|me\s+(?:to\s+)?(?:pay|give|chip|split))\b|"
    r"\b(?:he|she|they|friend|mate|boss|dad|mum|mom|brother|sister|partner|wife|husband|boyfriend|"
    r"girlfriend|bf|gf|grandma|grandad|granddad|uncle|aunt|auntie|colleague|flatmate|roommate)\s+"
    r"(?:pay|pays|paid)\s+[$€£]?\d[\d.,]*\s*\w*\s+for\s+my\b",
    re.I,
)
# Time spent or taken, not money: "I spent 5 hours on the phone with the bank today", "the
# bus to Aldi takes like 25 min"
TIME_SPENT = re.compile(
    # (not money: "The best 3k I've spent all week")
    r"(?<!\d\s)(?<!\dk\s)(?<!\di've\s)(?<!\dk\si've\s)"
    r"\bspent\s+(?:\d+|an?|two|three|four|five|few|all|ages|hours|the\s+whole)\s*(?:hours?|hrs?|"
    r"minutes?|mins|days?|weeks?|ages|the\s+(?:day|morning|afternoon|evening|weekend)|day|morning|"
    r"evening|weekend)\b(?!\s+and\s+(?:[€$£]?\d|\w+\s+(?:quid|bucks|euros?|dollars?|pounds?)\b))|"
    # how long something takes, its only number ("the bus takes 45 min"; not "…, it took 3
    # weeks" after money said to have come back)
    r"^(?![^\d]*\d[^\d]+\d)[^\d]*\b(?:takes?|took|taking)\s+(?:like\s+|about\s+|around\s+|over\s+|"
    r"only\s+)?\d+\s*(?:min|mins|minutes?|hours?|hrs?|h|days?|weeks?)\b",
    re.I,
)
# A price someone else said, with nothing paid ("the guy at the market said the melon was
# two euros i said one fifty and he laughed at me"; not "the cashier said it was 12.50 so I
# paid")
PRICE_SAID_BY_ANOTHER = re.compile(
    r"^(?![^\n]*\b(?:paid|pay|payment|bought|gave|spent|charged|sent|send|transferred|got\s+it|"
    r"took\s+it|log|add|record|put|note|save|set\s+up|prepare|draft|settled|agreed|bargained|"
    r"haggled)\b)[^\n]*(?:"
    r"(?<!\bi\s)\bsaid\s+(?:that\s+)?(?:the\s+|it\s+|it['’]?s\s+|its\s+|a\s+|an\s+|his\s+|her\s+)"
    r"[^.!?\d]{0,30}?\b(?:was|is|were|are|would\s+be|will\s+be|costs?|came\s+to)\s+"
    r"(?:like\s+|about\s+|only\s+|just\s+)?[$€£¥₹]?(?:\d|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|twenty|thirty|forty|fifty|a\s+hundred)|"
    # the figure quoted for the work: "Mechanic said 120k for brake pads and he'll start
    # Monday", "the plumber said 300 for the boiler, coming thursday"
    r"(?<!\bi\s)\b(?:said|says|reckons|quoted)\s+(?:about\s+|around\s+|like\s+)?[$€£¥₹]?\s?\d[\d.,]*"
    r"(?:k\b)?\s*(?:[^\W\d_]{1,8}\s+)?(?:for|to)\s)",
    re.I,
)
# Money raised for a cause: "we raised 2,400 for the school at the bake sale" (never the
# person's income)
FUNDS_RAISED = re.compile(
    r"\braised\s+(?:over\s+|about\s+|nearly\s+|almost\s+|around\s+)?[$€£]?\s?\d[\d.,]*\s*"
    r"(?:k|[^\W\d_]{1,8})?\s+(?:for|at|towards|to\s+help)\b",
    re.I,
)
# Hours the person worked, told with no pay said ("worked 26 hrs this week at 11.50/hr n my
# feet r dead"): work done, not money spent or received yet ("did 6 hrs at 32.50, got paid
# today" is pay)
HOURS_WORKED_UNPAID = re.compile(
    r"^(?![^\n]*\b(?:paid|pay|payday|paycheck|earned|got|received|made|wages?|salary|invoiced?|"
    r"tips?|owe[sd]?)\b)"
    # the person working, said first ("plumber worked 3 hours, 150" is paid to him)
    r"(?:\W*|[^\n]*\b(?:i|we)\s+(?:just\s+|have\s+|['’]ve\s+)?)"
    # ("did 8 hours at 14 an hour": "did" only with an hourly rate; "did 2 hours of yoga,
    # class 15" is paid)
    r"(?:(?:worked|work|working|pulled|put\s+in)|(?:did|done|doing)(?=[^\n]*(?:/\s*h(?:r|our)?\b|"
    r"\b(?:an|per|a)\s+hour\b)))\s+(?:a\s+|another\s+)?"
    r"(?:\d{1,3}(?:[.,]\d{1,2})?|two|three|four|five|six|seven|eight|nine|ten|twelve)\s*"
    r"(?:h|hrs?|hours?)\b",
    re.I,
)
# Money long ago, remembered: "back in 1998 a pint was £1.80", "my first car cost 800 in 1989"
# Words up to the sentence's end; a decimal point ("1.89") ends no sentence
_IN_ONE_SENTENCE = r"(?:[^.!?]|(?<=\d)\.(?=\d))*"
LONG_AGO = re.compile(
    # the last time, told as a memory: "the last time I paid 45 for a haircut it was awful",
    # "we paid 300 for the hotel last time we went" (not "same as last time")
    r"\b(?:the\s+)?last\s+time\s+(?:i|we)\s+(?:\w+\s+)?(?:paid|spent|bought)\b|"
    r"\b(?:paid|spent|bought)\b[^.!?,;]{0,40}?\blast\s+time\s+(?:i|we)\s+(?:went|were|was|came|"
    r"visited|stayed|did|flew|had)\b|"
    # a single time once: "I paid 30 for parking once at Heathrow, never again", "we once
    # spent 200 on a taxi" (not "once a month", "all at once", nor "once the invoice came")
    r"\b(?:i|we)\s+once\s+(?:paid|spent|bought|got|earned|made)\b|"
    r"\b(?:paid|spent|bought)\b[^.!?]{0,40}?(?<!\bat\s)\bonce\b(?!\s+(?:a|an|per|every|more|again|i|we|"
    r"it|the|they|he|she|you|my|our|that|this|its|it's)\b)|"
    r"\b(?:in|back\s+in|since|around|circa|during)\s+(?:the\s+)?(?:19\d\d|200\d|201\d)\b|"
    # a year said with an apostrophe: "Back in '98 we got paid $1.20 a sheep"
    r"\b(?:in|back\s+in|since|around|circa|during)\s+['’](?:[5-9]\d|0\d|1\d)\b|"
    # "Paid 68,000 for this house. That was 1994", "before 2019 one dollar was 1500 lira"
    r"\b(?:that|this|it)\s+(?:was|were)\s+(?:in\s+|back\s+in\s+)?(?:19\d\d|200\d|201\d)\b|"
    r"\bbefore\s+(?:19\d\d|200\d|201\d)\b|"
    # a year said in words: "in two thousand and four", "back in nineteen ninety eight" (not
    # "my paycheck came in two thousand one hundred and eighty": money that came in)
    r"(?<!came\s)(?<!comes\s)(?<!went\s)(?<!goes\s)(?<!paid\s)(?<!put\s)\b(?:in|back\s+in|since)\s+(?:"
    r"two\s+thousand(?:\s+and)?\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|"
    r"twenty\s+(?:oh\s+\w+|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
    r"nineteen)|nineteen\s+\w+ty)\b(?!\s+(?:hundred|thousand|dollars?|pounds?|euros?|quid|bucks|grand|k)\b)|"
    r"\bback\s+in\s+(?:the\s+)?(?:day|\d0s|(?:19|20)\d0s|uni|university|college|school|high\s+school)\b|"
    # a year of the last century by its last two digits ("back in seventy two I paid …" reads
    # "back in 72"), not a time to come ("back in 90 minutes")
    r"\bback\s+in\s+[5-9]\d\b(?![.,]\d|\s*(?:%|min|mins|minutes?|secs?|seconds?|h|hrs?|hours?|days?|"
    r"weeks?|months?|years?|dollars?|pounds?|euros?|quid|bucks|k)\b)|"
    r"\bin\s+the\s+(?:\d0s|(?:19|20)\d0s|sixties|seventies|eighties|nineties)\b|"
    # "back in primary mandazi was 5 bob"
    r"\bback\s+in\s+(?:primary|secondary|form\s+\w+|year\s+\d+|grade\s+\d+)\b|"
    r"\bwhen\s+i\s+was\s+(?:a\s+)?(?:kid|child|boy|girl|teen\w*|student|young|little|\d+)\b|"
    # "… at the zoo when the kids were little", "when we were first married", "as a kid",
    # "growing up": a time of life long past
    r"\bwhen\s+(?:the|my|our)\s+(?:kids|children|boys|girls|twins)\s+were\s+(?:little|small|young|"
    r"babies|tiny|toddlers)\b|\bwhen\s+we\s+were\s+(?:kids|young|students|first\s+married|"
    r"newlyweds)\b|\bas\s+a\s+(?:kid|child|teen\w*|boy|girl)\b|"
    # (not someone growing up now: "he's growing up fast")
    r"(?<!['’]s\s)(?<!\bis\s)(?<!\bare\s)(?<!['’]re\s)\bgrowing\s+up\b|"
    # "in college i got paid 7.25 an hour at subway", "remember when netflix was 7.99",
    # "years ago i spent 800 dollars on a camera"
    r"\b(?:in|at|during)\s+(?:college|high\s+school|uni|university|school)\s+(?:i|we)\s+(?:\w+\s+)?"
    r"(?:got|paid|spent|earned|made|bought|used\s+to)\b|\bremember\s+when\b|"
    # "first concert ticket i ever bought was 15 bucks", "Grandma used to pay two shillings"
    r"\bfirst\s+(?:\w+\s+){0,3}(?:i|we)\s+ever\b|"
    # ("my nan used to put a £5 note in every birthday card": a habit long past)
    r"\bused\s+to\s+(?:pay|spend|cost|buy|earn|get|put|give|send|slip|hand|make)\b|"
    r"\b(?:years|decades)\s+ago\b[^.!?]*\b(?:paid|spent|bought|cost|got)\b|"
    r"(?<!\bme\s)(?<!\bus\s)(?<!\bhim\s)(?<!\bher\s)(?<!\bit\s)(?<!\bthem\s)\bback\s+when\b|"
    # "in year 9 i spent 200 on robux": a school year, long past
    r"\bin\s+(?:year|grade)\s+\d{1,2}\b|"
    # "paid 6 quid for a coffee at the airport last year", "bought it years ago for 300"
    # ("we spent about 2,400 on presents last Christmas", "15 for a cocktail last summer")
    r"\b(?:paid|spent|bought|cost|paying)\b"
    + _IN_ONE_SENTENCE
    + r"\b(?:last\s+(?:year|christmas|xmas|"
    r"easter|summer|winter|spring|autumn|fall)|years\s+ago)\b|"
    r"\blast\s+(?:christmas|xmas|easter|summer|winter)\b"
    + _IN_ONE_SENTENCE
    + r"\b(?:paid|spent|bought|cost|paying)\b|"
    # "my food budget last year was 500 a month", "rent was 700 a few years ago", "That was
    # years ago" (a figure between, or the money pointed back at: not "it feels like she was
    # born last year")
    r"(?:\b(?:was|were|used\s+to\s+be)\b"
    + _IN_ONE_SENTENCE
    + r"\d|\b(?:that|it|this)\s+(?:was|were)\b)"
    + _IN_ONE_SENTENCE
    + r"\b(?:last\s+(?:year|summer|winter|spring|autumn|fall)|"
    r"years\s+ago)\b|"
    r"\b(?:last\s+year|years\s+ago)\b[^.!?]*\b(?:was|were|used\s+to\s+be|cost\s+(?:me|us))\b",
    re.I,
)
# Money promised or heard of, not received: "client promised to pay invoice 1043 by end of
# month", "heard Rahul got bonus 1.5 lakh"
# Someone else to pay later, as people write it in their own English: "customer order 40
# packet, RM440, he pay next week", "Client seh she a go pay mi di $5,000 Friday"
PAID_LATER_BY_ANOTHER = re.compile(
    r"\b(?:he|she|they|client|customer|tenant|buyer)\s+(?:will|gonna|a\s+go|go|'ll)\s+pay\b|"
    r"\b(?:he|she|they)\s+pays?\b(?=[^.!?]*\b(?:next\s+(?:week|month|time)|tomorrow|tmrw|tmr|"
    r"later|soon|end\s+of\s+(?:the\s+)?month)\b)",
    re.I,
)
PROMISED_OR_HEARD = re.compile(
    # (not "Tenerife isn't going to pay for itself": a saying)
    r"\b(?:promised|promises|agreed|supposed|meant|going)\s+to\s+(?:pay|send|transfer|give)\b"
    r"(?!\s+for\s+(?:itself|themselves))|"
    # "my salary should arrive on the 25th, 2400", "the deposit is due to come back in May"
    r"\b(?:should|supposed\s+to|due\s+to|meant\s+to)\s+(?:arrive|come\s+(?:in|through|back)|land|"
    r"clear|hit\s+(?:my|the|our)|be\s+(?:paid|credited|refunded|deposited|back|in\b))|"
    # "ebay says the 65 payout will arrive in 2-3 business days"
    r"\b(?:will|'ll)\s+(?:arrive|come\s+(?:in|through)|land|clear|hit\s+(?:my|the|our))\b|"
    # "Salary credit of AED 48,500.00 expected on 25/06", "expecting 2,300 from the client"
    r"\b(?:is\s+|are\s+)?expected\s+(?:on|by|in|next|this|tomorrow|later)\b|"
    r"^(?:i'?m\s+|we'?re\s+)?expecting\s+(?:a\s+|the\s+|my\s+)?[$€£]?\d|"
    # "waiting on a 60 refund from asos", "still waiting for the deposit": not yet here
    r"\b(?:waiting|wait)\s+(?:on|for)\s+(?:a|an|the|my|our|that|this|some)?\s*(?:[$€£]?\d[\d.,]*k?\s+)?"
    r"(?:\w+\s+)?(?:refund|payment|money|transfer|deposit|salary|paycheck|cheque|check|"
    r"reimbursement|invoice)\b|"
    # "payday friday, 2,100 coming in": a payday still ahead (not "payday friday, got 2,100")
    r"\bpay\s*day\s+(?:is\s+)?(?:on\s+)?(?:tomorrow|next\s+\w+|(?:this\s+)?(?:mon|tues|wednes|"
    r"thurs|fri|satur|sun)day)\b(?![^.!?]*\b(?:got|came|landed|arrived|received|hit|in\s+my)\b)|"
    r"\b(?:heard|apparently|rumou?r\s+(?:is|has\s+it))\s+(?:that\s+)?(?!i\b|we\b)"
    r"(?:(?:the|a|his|her|their|our)\s+)?(?:[a-z]+\s+){1,2}?"
    r"(?:got|gets|earns|earned|makes|made|spent|paid|bought|won|cost|costs)\b",
    re.I,
)
# Advice asked: "Should I move 20.000 EUR from Tagesgeld into ETFs? Opinion please." (the
# question is the person's, the money still theirs to move)
ADVICE_ASKED = re.compile(
    r"^\W*(?:(?:hey|hi|so|ok|okay|hmm+|quick\s+question|question)[\s,:]+)*(?:should|shall)\s+(?:i|we)\b"
    r"[^.!?]*\?|\b(?:your\s+)?(?:opinion|thoughts|advice)\s*(?:please|pls|plz)\b",
    re.I,
)
# A match's score between two named teams: "Cruzeiro 2 x 0 Atlético!!!", "Ajax 3-1 PSV";
# a result with its score: "Bayern won 3:1 yesterday"
_TEAM = r"[A-ZÀ-Ý][\w'’.-]+"
# Between a score's two sides: "2 x 0", "3-1", "3:1", "2–2"
_SCORE_SIDES = r"\d{1,2}\s*(?:x|×|-|–|:)\s*\d{1,2}(?![\d.,:])"
# A score said as speech writes it: "won three one against thailand", "lost two nil", "beat
# them 3 nil"
_GOALS = r"(?:zero|nil|one|two|three|four|five|six|seven|eight|nine|ten|\d)"
_SCORE_SAID = (
    _GOALS + r"\s+(?:to\s+|-\s*)?(?:nil|nothing|love|zero|one|two|three|four|five|six|seven)\b"
)
SCORELINE = re.compile(
    r"(?:^|\s)" + _TEAM + r"\s+\d{1,2}\s*(?:x|×|-|–|:)\s*\d{1,2}\s+" + _TEAM + r"|"
    # "Bayern won 3:1", "Corinthians win 3 x 1 yesterday", "Brazil beat Chile 2 x 0"
    r"(?i:\b(?:won|wins?|winning|lost|lose|loses|losing|beat|beats|drew|draw|tied|thrashed|"
    r"lead(?:ing)?|trailing)\s+(?:\w+\s+)?(?:" + _SCORE_SIDES + r"|" + _SCORE_SAID + r"))|"
    # a score, then the side it was for and a cheer: "3:1 for poland!!", "2-0 to the Reds 🎉"
    r"(?i:^\W*"
    + _SCORE_SIDES
    + r"\s+(?:for|to)\s+(?:the\s+)?\w+(?:\s+\w+)?\s*(?:!|[⚽🏉🏈🏀⚾🏏🏒🎉]))|"
    # a cricket score: "csk 187/4 in 20 overs", "needs 9.4 an over", "45 for 2 after 10 overs"
    r"(?i:\b\d{1,3}\s*(?:/|-|for)\s*\d{1,2}\s+(?:in|after|off|from)\s+\d{1,2}(?:\.\d)?\s+overs\b|"
    r"\b\d{1,2}(?:\.\d{1,2})?\s+(?:an|per|a)\s+over\b)"
)
# Each team named with its points, and no other number: "City 3 United 0 haha", "Warriors 24
# Broncos 18, chur!! 🏉" (a score when a side has none or the sport is shown)
_TEAMS_WITH_POINTS = re.compile(
    rf"^\W*{_TEAM}(?:\s+{_TEAM})?\s+(?P<first>\d{{1,3}})\s*(?:,|-|–|—)?\s+{_TEAM}(?:\s+{_TEAM})?\s+"
    r"(?P<second>\d{1,3})(?!\d|[.,]\d)[^\d]*\Z"
)
# the sport shown, or a cheer: "Boca 2 - River 1!!! vamooos", "Real Madrid 2 – Barça 1 🎉"
_SPORT_SIGNS = re.compile(
    "[⚽🏉🏈🏀⚾🏏🏒🏑🎾🏐🎉]|!{2,}|\\b(?:vamo+s?|get\\s+in|come\\s+on|go+al+|ole)\\b", re.I
)


def score_told(text: str) -> bool:
    """True when `text` tells a match's score (`SCORELINE`, or two teams each with its points
    when a side scored none, or the sport or a cheer is shown)."""
    if SCORELINE.search(text):
        return True
    teams = _TEAMS_WITH_POINTS.match(text)
    if teams is None:
        # teams typed in lower case, the cheer shown: "leeds 3 villa 1 get in"
        return bool(_TEAMS_IN_LOWER_CASE.match(text) and _SPORT_SIGNS.search(text))
    nil = "0" in (teams.group("first"), teams.group("second"))
    return nil or _SPORT_SIGNS.search(text) is not None


_TEAMS_IN_LOWER_CASE = re.compile(
    r"^\W*[a-z][\w'’.-]+\s+\d{1,3}\s*(?:,|-|–|—)?\s+[a-z][\w'’.-]+\s+\d{1,3}(?!\d|[.,]\d)[^\d]*\Z"
)


# A rating or count of reviews: "the cafe got 4.8 stars and 312 reviews on google maps"; a
# score, a grade, an index's points or a distance or energy measured: "Golf score 98 today",
# "gpa 3.4 this sem", "sensex crashed 900 pts", "kilometres today eight hundred forty two",
# "Electricity meter flat B: 18 452 kWh" (never money unless money is also said)
RATING = re.compile(
    r"\b\d(?:[.,]\d)?\s*(?:stars?|★|⭐)|\b\d+\s+(?:reviews?|ratings?|likes|followers|views)\b|"
    r"\b(?:score|scored|c?gpa|sgpa|gwa|handicap|bmi|weight|weighed(?:\s+in)?|weigh[\s-]in)\s+"
    # ("weight 182.4 lbs this morning, down 3", "Weight today 68,4 kg, 1,6 down since Monday")
    r"(?:today\s+|this\s+morning\s+|now\s+)?(?:was\s+|is\s+|of\s+|at\s+)?\d|"
    r"\d\s*(?:pts|points|kwh|steps|reps)\b|"
    r"\b(?:kilometres|kilometers|km|miles|steps)\s+(?:today|this\s+week|so\s+far)\b|"
    # a game's score: "bowled a 180 last night", "shot a 78 at the club"
    r"\b(?:bowled|shot|carded)\s+(?:a\s+|an\s+)?\d{2,3}\b(?!\s*(?:[$€£]|bucks|dollars|euros|quid))|"
    # "hit 140 twice" (darts), "hit 2 homeruns", "hit 3 sixes": a throw's or a batter's count
    r"\bhit\s+(?:a\s+|an\s+)?\d{1,3}\s+(?:twice|again|in\s+a\s+row|home\s?runs?|homers?|sixes|"
    r"fours|runs|goals?|birdies|aces|strikes|times)\b|"
    # a mark on a test: "got 4.5 on my IELTS", "got 92 in the maths exam"
    r"\b(?:got|scored|received)\s+(?:a\s+|an\s+)?\d{1,4}(?:[.,]\d)?\s*(?:%|/\s?\d+)?\s+(?:on|in|for)\s+"
    r"(?:my|the|our|his|her|their)\s+(?:[a-z]+\s+)?(?:exams?|tests?|quiz|essay|ielts|toefl|sat|act|gre|"
    r"gmat|finals?|midterms?|paper|assignment|coursework|dissertation|thesis)\b",
    re.I,
)
# A choice asked between things, without a question mark: "iPhone 15 or the Pixel 9, which one"
CHOICE_ASKED = re.compile(
    r"\bwhich\s+(?:one|is\s+better|should\s+i)\b|\b(?:or|vs\.?|versus)\b[^,]*,\s*(?:thoughts|opinions)\b|"
    # "she gave me 3 options, 40 or 60": prices offered to choose from
    r"\b(?:\d+|two|three|four|a\s+few|some)\s+(?:options|choices|quotes|offers|packages|plans)\b"
    r"[^.!?]*\d\s*(?:or|vs\.?)\s*[$€£]?\d",
    re.I,
)
# A microphone checked inside a sentence: "hey can you hear me, testing 1 2 3"
MIC_CHECK_SAID = re.compile(
    r"\bcan\s+you\s+hear\s+me\b|\btesting[\s,]+(?:1|one)[\s,]+(?:2|two)\b|\bmic\s+check\b",
    re.I,
)
# An order to trade shares or funds: "sell 10 shares of Tesla at 250" (never a ledger write)
TRADE_ORDER = re.compile(
    r"^\W*(?:please\s+)?(?:buy|sell|short)\s+(?:\S+\s+){0,2}(?:shares?|stocks?|units|etfs?|"
    r"options?|calls?|puts?)\b|"
    # a bet to place: "put 50 on red", "bet 20 on Arsenal"
    r"^\W*(?:put|bet|stake)\s+[$€£]?\d[\d.,]*\s*\w*\s+on\s+(?:red|black|odd|even|\w+\s+to\s+win)\b|"
    r"^\W*bet\s+(?:[a-z]+\s+)?[$€£]?\d",  # "bet jordan 20 bucks the longhorns win"
    re.I,
)
# Money not spent after all: "the shop wanted 80 but I said no", "decided against it"
DECLINED = re.compile(
    # "got a parking ticket for 70, appealing it"
    r"\b(?:appealing|disputing|contesting|challenging)\s+(?:it|the\s+\w+)\b|"
    r"\b(?:i|we)\s+(?:say|said|told\s+(?:him|her|them))\s+no\b|"  # "I say no thank you"
    r"\b(?:said\s+no(?!\s+more\b)|walked\s+away|decided\s+(?:not\s+to|against)|changed\s+my\s+mind|"
    r"(?<!please\s)put\s+it\s+back(?!\s+(?:to|against|in|into|under|as|where)\b)|"
    r"didn['’]?t\s+(?:take|buy|get)\s+it|"
    # "The Melange was 4,80, I only looked at the menu", "I only looked, I did not drink"
    r"(?:i|we)\s+(?:only|just)\s+looked(?!\s+(?:for|after|around\s+for)\b)|"
    r"^(?!.*\b(?:bought|paid|got|ordered|had)\b).*\b(?:i|we)\s+(?:did\s+not|didn['’]?t)\s+(?:drink|order)"
    r"\s*(?:it|one|any(?:thing)?)?\s*[.!]*\s*\Z|"
    r"refused(?!\s+to\s+(?!pay|buy|sell|take|accept|"
    r"give|refund|budge|move|lower|drop)\w)|refuse\s+to\s+pay|"
    r"not\s+paying\s+(?:that|it)|no\s+way\s+(?:i'?m|am\s+i)\s+paying|"
    # "office pooling S$2 each. I'm not joining lah": no share put in
    r"(?:i['’]?m|i\s+am|we['’]?re|we\s+are)\s+not\s+(?:joining|chipping\s+in|taking\s+part|"
    r"participating|buying\s+in|going\s+in\s+on\s+it)|"
    # "uber wanted 38 to the airport so i just took the train": the other way was taken
    r"so\s+(?:i|we)\s+(?:just\s+)?(?:took|caught|got|walked|cycled)\b(?:\s+\w+){0,3}?\s+"
    r"(?:instead|train|bus|tube|metro|subway)|went\s+elsewhere|"
    r"but\s+(?:i|we)\s+(?:just\s+)?(?:walked|cycled|took\s+the\s+(?:bus|train|tube|metro))|"
    # "the tickets were 90 so we didn't go": too dear, so not bought
    r"so\s+(?:i|we)\s+(?:didn['’]?t|did\s+not|never)\s+(?:go|bother|buy|get|book|bought))\b|"
    # "9 bucks for a water at the airport. hard pass", "12 for a beer there, no thanks": the
    # price turned down, said last
    r"(?:^|[,.;!?]\s*|\s-+\s*)(?:(?:a\s+)?hard\s+pass|i['’]?ll\s+pass|no(?:\s+thanks?|\s+thank\s+you)?|"
    r"nope|not\s+buying(?:\s+(?:it|that))?|not\s+for\s+me)\s*[.!]*\s*\Z|"
    # "boots 189.99 at the outlet, waiting for black friday": not bought yet (not "I said
    # I'd wait for black friday but …", a plan given up)
    r"\b(?<!['’]d\s)(?<!\bwould\s)(?<!\bto\s)(?:waiting|wait|gonna\s+wait|going\s+to\s+wait|will\s+wait)\s+(?:for|till|until|til)\s+"
    r"(?:the\s+)?(?:sales?|black\s+friday|cyber\s+monday|discounts?|soldes|prime\s+day|"
    r"boxing\s+day|price\s+drops?)\b",
    re.I,
)
# The ways a payment to someone is called: "a payment", "an e-transfer", "a pix"
PAYMENT_NOUN = r"(?:payment|transfer|e-?transfer|bank\s+transfer|pix|wire|interac|zelle|venmo|upi)"
# A sentence that starts by asking to pay: "pay Tom 20", "please send 50 to my landlord"
ASKS_TO_PAY = re.compile(
    # ("could you please get a payment ready for my grandson Oliver, £50": asked politely)
    # (a friend's word of address first: "Mate can you send Dave 40 for …")
    r"^\W*(?:(?:hi|hello|hey|ok|okay|mate|bro|buddy|dude|yo)[,!.]?\s+)?(?:(?:could|can|would|will)\s+you\s+)?"
    # ("Tomorrow pay Yamada-san 5000 yen, golf fee": the day first)
    r"(?:tomorrow[,\s]+)?"
    r"(?:please\s+|pls\s+|bitte\s+)?(?:pay(?!\s*day\b)|send|wire|transfer|remit|settle|draft|"
    r"prepare(?!\s+(?:for|to|yourself|myself|ourselves|dinner|lunch|food|a\s+meal)\b)|"
    # "Set up a payment of 4,000 to Wanjiku", "schedule a payment of 80 to the gym"
    r"(?:set\s+up|make|schedule|prepare|draft|create|do)\s+(?:a|an|the)\s+(?:\w+\s+)?"
    + PAYMENT_NOUN
    + r"|get\s+(?:a|an|the)\s+(?:\w+\s+)?"  # "get a payment ready to the council"
    + PAYMENT_NOUN
    + r"\s+ready)\b|"
    # "uni fees instalment, pay 4,250 to Monash": what it is for, then the request
    r"^[^,.!?;:]{3,40}[,:;]\s*(?:please\s+|pls\s+)?pay\s+(?:[$€£]\s*)?\d[\d.,]*\s*\w*\s+to\s+\w",
    re.I,
)
# Not sure it will happen: no payment is asked for ("I'll probably pay 2k for the trip",
# "maybe send Tom 20?")
HEDGED = re.compile(
    r"\bi'?d\s+\w+ly\s+(?:pay|spend|give)\b|"  # "i'd happily pay 20 for a decent pizza"
    # "I'll pay the electricity bill when my salary comes in next week": a plan
    r"\b(?:when|once|after)\s+(?:my\s+|the\s+)?(?:salary|pay|wages?|pay\s*check|pay\s*cheque|money)\s+"
    r"(?:comes?|arrives?|lands?|clears?|hits?|goes)\b|"
    # "would you pay 150 for airpods?": an opinion asked (a payment names who: "would you pay Tom")
    r"\bwould\s+you\s+(?:\w+\s+)?pay\s+[€$£]?\d|" + BILL_FORETOLD + r"|"
    r"\b(?:probably|maybe|perhaps|might|wonder(?:ing)?|thinking\s+(?:of|about)|planning|"
    r"plan\s+to|should\s+i|wants\s+to|i'?d\s+pay|would\s+pay)\b",
    re.I,
)
# Money already received: a plan told after it is about something else ("my dad gave me 20
# quid for washing his car … but i'll take it", "Salary's in, £2,184.56 … I'll have about
# 40p left", "Ryanair finally give refund … I will never fly with them")
RECEIVED_ALREADY = re.compile(
    r"\b(?:gave|give)\s+(?:me|us)\b|\bpaid\s+(?:me|us)\b|"
    # "my flatmate paid her share of the bills 75": a share paid to the person
    r"\bpaid\s+(?:me\s+)?(?:his|her|their)\s+(?:share|half|part)\b|\b(?:'s|is|are|'re|has\s+come|have\s+come|came|went)\s+in\b(?!\s+(?:the\s+)?(?:post|mail|letterbox))|"
    r"\blanded\b|\barrive[ds]?\b|\bhit\s+(?:my|the|our)\b|\brefunded\b|\b(?:gave|give|gives|sent)\s+"
    r"(?:me\s+)?(?:a\s+|the\s+|my\s+)?(?:refund|back)\b|\breturned\s+(?:me|us)\b|\breceived\b|\bgot\s+paid\b|"
    # ("… maybe 8 euro, I've earned it": deserved, no money earned)
    r"\bearned\b(?!\s+(?:it|this|that|them|a\s+(?:treat|break|rest))\b)|"
    # "got the £250 deposit back … minus £20": money of one's own come back
    r"\bgot\s+(?:(?:my|the|our)\s[^.!?]{0,40}?)?\bback\b|"
    # "the tourist pay 20 dollar", "customer paid cash": the people the person works for or
    # sells to, paying (not for their own things)
    r"\b(?:" + "|".join(sorted(PAYERS_OF_THE_PERSON)) + r")\s+(?:\w+\s+)?(?:paid|pay|pays|payed)\b"
    r"(?!\s+(?:for\s+)?(?:his|her|their|its)\b)",
    re.I,
)
# The past told in the present, as many learners of English tell it: a purchase of the
# person's with a time already gone ("Today I buy groceries in H Mart, total is 96 dollar 40
# cent", "I buy shoes for my son yesterday in Clarks, is 42 pounds"), not a plan
_PAST_TIME = (
    r"(?:today|yesterday|this\s+morning|this\s+afternoon|tonight|last\s+(?:night|week|\w+day))"
)
NARRATED_PRESENT = re.compile(
    r"^(?!.*\b(?:tomorrow|next\s+\w+|later|will|gonna|going\s+to|i'll|soon)\b)(?:"
    r".*\b" + _PAST_TIME + r"\b[^.!?]*\bi\s+(?:buy|pay|eat|order|spend|take)\b|"
    r".*\bi\s+(?:buy|pay|eat|order|spend|take)\b[^.!?]*\b" + _PAST_TIME + r"\b|"
    # no day said, but no habit either: "I buy ginseng for friends, 88 Canada dollar.", "I
    # spend 1,500 dirhams on new phone for my wife" (not "I pay 60 for my phone every month")
    r"(?!.*\b(?:every|always|usually|normally|often|each|per|a\s+(?:day|week|month|year)|daily|"
    r"weekly|monthly|yearly|if|when|whenever|should|would|could)\b)"
    r"(?:[^.!?]*[.!?]\s+)?i\s+(?:buy|pay|spend)\s+(?:[^\W\d]+\s+){0,6}?(?:for\s+|on\s+)?[^.!?\d]{0,40}"
    r"[,.]?\s*[$€£₹]?\d)",
    re.I,
)
# A plan beside money already spent is about someone else's share ("I paid 80 and my sister
# will pay half"), not a plan to spend.
SPENT_ALREADY = re.compile(
    r"\b(?:paid|spent|bought|was|(?<!will\s)(?<!'ll\s)(?<!would\s)(?<!might\s)(?<!to\s)cost|came\s+to|dropped|blew|splurged|splashed\s+out|"
    r"forked\s+out|shelled\s+out|grabbed|"
    # "I treated myself to a massage, 70, totally worth it", "I just booked the spa day, 150"
    r"booked|ordered|treated\s+(?:myself|ourselves|the\s+\w+)|(?:gone|went)\s+on|cost\s+(?:me|us)|"
    r"charged\s+(?:me|us)|set\s+(?:me|us)\s+back|renewed|"
    # "driver wanted 200 but I gave 180 only": the person handed the money over
    r"(?<=\bi\s)(?=" + GAVE_AN_AMOUNT + r")(?:gave|give))\b",
    re.I,
)
# Money that did not move: "I didn't spend 40", "never paid the 45", "almost bought it".
NOT_DONE = re.compile(
    # (not "the app I didn't mean to buy": bought by mistake, bought all the same)
    r"\b(?:did\s*n[o']?t|did\s+not|never|have\s*n[o']?t|has\s*n[o']?t|have\s+not|almost|"
    r"nearly|was\s*n[o']?t|were\s*n[o']?t)\s+(?!mean\s+to\b|intend\s+to\b)(?:\w+\s+){0,2}?"
    r"(?:spend|spent|pay|paid|buy|"
    # (never a way out: "didn't get out til 3", "haven't got round to it", "never got home")
    r"bought|get(?!\s+(?:out|home|back\s+home|in|up|round|around|there|to\s+bed))|"
    r"got(?!\s+(?:out|home|back\s+home|in|up|round|around|there|to\s+bed))|"
    r"receive|received|earn|earned|send|sent|transfer|transferred)\b|"
    # "meant to top up my oyster 20 but forgot", "Closed the tab without ordering", "it bounced,
    # nothing moved"
    r"\bmeant\s+to\b[^.!?]*\bbut\s+(?:i\s+)?(?:forgot|didn'?t|never|ran\s+out)\b|"
    r"\bwithout\s+(?:ordering|buying|paying|checking\s+out)\b|\bnothing\s+(?:moved|went\s+through)\b|"
    r"\b(?:it|payment|transfer)\s+bounced\b|"
    # "walked around costco for 2 hours and bought nothing", "not spending anything this weekend"
    r"\b(?:bought|spent|paid|got|sold|made|earned|received)\s+nothing\b|"
    # "2,000 bonus in December! the boss promised it, nothing's been paid yet"
    r"\bnothing(?:['’]s|\s+has|\s+had)\s+been\s+paid\b|\b(?:not|n['’]t)\s+(?:been\s+)?paid\s+(?:out\s+)?yet\b|"
    # "council cancelled the 65 pound fine before I paid anything": nothing was paid
    r"\bbefore\s+(?:i|we)\s+(?:had\s+)?(?:paid|pay|spent)\s+(?:anything|a\s+(?:thing|penny|cent|dime))\b|"
    r"\b(?:bought|spent|paid|sold|made|earned)\s+(?:exactly\s+|literally\s+)?(?:zero|0)\b(?![.,]\d)|\b(?:not|no)\s+spending\b|\bno[\s-]spend\b|"
    # "I should move 300 to savings every month but never do"
    r"\bbut\s+(?:i\s+|we\s+)?never\s+(?:do|did|have|actually)\b|"
    # "we won't need to pay the 150 deposit after all"
    r"\b(?:won'?t|will\s+not|don'?t|do\s+not|no\s+longer)\s+(?:have\s+to|need\s+to|need)\s+"
    r"(?:pay|spend|buy|send)\b|"
    # "the ticket machine said 14.50 but it didn't work": nothing was bought (not "refunded 799
    # for the earphones that didnt work": the thing bought did not work)
    r"(?:(?:^|[,;.!]\s*|\b(?:but|and|so|then)\s+)(?:it|that)|\bthe\s+(?:machine|payment|card|transaction))"
    r"\s+(?:didn'?t|did\s+not|wasn'?t|was\s+not)\s+"
    r"(?:work|working|go\s+through)\b",
    re.I,
)
# Asked in words to write what was said: "… anyway write that down", "pop that in for me",
# "please log", "add it please", "can you put that down", "just put 160 for Wonderland",
# "please note 14 euro" (not "can you add up my spending": a total)
WRITE_REQUESTED = re.compile(
    r"\b(?:log|record|note|add|enter|save|track)\s+(?:it|that|this|them|these)(?!\s+(?:is|was|'s|up)\b)\b|"
    r"\b(?:write|put|jot|pop|stick|bung|note|mark)\s+(?:it|that|this|them|those|these|the\s+[$€£]?"
    r"\d[\d.,]*|the\s+\w+)?\s*(?:down|in)\b(?!\s+(?:the\s+)?(?:chat|group|email|text))|"
    r"\bput\s+(?:it|that|this)\s+on\s+(?:the|my|our)\s+(?:\w+\s+)?(?:card|account|tab)\b|"
    r"\b(?:please|pls|plz|kindly)\s+(?:log|record|note|add|enter|save|write)\b(?!\s+up\b)|"
    r"\b(?:log|record|add|enter|note)\s+(?:it\s+|that\s+)?(?:please|pls|plz|for\s+me)\b|"
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|just\s+)?(?:log|record|note|enter|write|pop|"
    r"stick|jot|save)\b|\b(?:can|could|would|will)\s+you\s+(?:please\s+|just\s+)?(?:add|put)\s+"
    r"(?:it|that|this|them|the\s+[$€£]?\d)|"
    r"\b(?:please\s+)?note\s+(?:down\s+)?[$€£]?\d|"
    r"\b(?:just\s+)?put\s+(?:down\s+)?[$€£]?\d[\d.,]*\s*(?:[a-z]+\s+)?(?:for|under|as|in|down)\b|"
    r"[,.;]\s*(?:just\s+)?put\s+(?:down\s+)?[$€£]?\d[\d.,]*\s*[.!]*\s*$|"  # "…, put 50."
    # filed where it belongs: "put it as salary", "put it back against the electric", "put it
    # for me please in gifts", "please put back", "put it there in transport"
    r"\bput\s+(?:it|that|this|them)\s+(?:back\s+|there\s+|for\s+me\s+|please\s+|pls\s+)+"
    r"(?:as|against|in|where)\b|\bput\s+(?:it|that|this|them)\s+as\b|"
    r"\b(?:please|pls|plz)\s+put\s+(?:it\s+|that\s+)?(?:back|in|down|as)\b|"
    # filed under a kind: "stick it under going out", "pop that down as groceries"
    r"\b(?:stick|pop|bung|chuck)\s+(?:it|that|this|them)\s+(?:under|(?:down|in)\s+as)\b|"
    # the one figure to write, named: "Write the 70 please", "log the 179 only"
    r"\b(?:write|log|record|enter|add)\s+(?:only\s+|just\s+)?the\s+[$€£]?\d[\d.,]*\s*"
    r"(?:[a-z€$£]{1,6}\s+)?(?:please|pls|plz|only|one)\b|"
    # "put it please", "Now you can book it" (as a German "buchen")
    r"\bput\s+(?:it|that|this)\s+(?:please|pls|plz)\b|"
    r"\b(?:you\s+can|please|pls)\s+book\s+(?:it|that|this)\b",
    re.I,
)
# A write refused just before the request: "don't log it", "no need to add that"
WRITE_DENIED_BEFORE = re.compile(
    r"\b(?:don'?t|do\s+not|no\s+need\s+to|not|never|won'?t|wouldn'?t|shouldn'?t)\s+(?:\w+\s+)?$",
    re.I,
)


def asked_to_write(text: str) -> re.Match[str] | None:
    """The first request in words to write what was said ("… log it", "can you add that"),
    none when each is denied ("no need to log that", "don't add it")."""
    for request in WRITE_REQUESTED.finditer(text):
        if WRITE_DENIED_BEFORE.search(text, 0, request.start()) is None:
            return request
    return None


# A payment asked to be prepared, after any story: "so prepare a pix for him please",
# "prepare a payment for her salary", "can you set up a transfer to the school"
PAYMENT_PREPARED = re.compile(
    # ("Please prepare a $120 payment to Dale": its amount said inside)
    # ("can you prep an Interac to Maude for 32$?")
    # ("Kindly prepare payment of Rs. 15,000 to Ramesh": a learner's article left out)
    r"\b(?:prepare|prep|draft|set\s+up|queue|schedule)\s+(?:(?:a|the|that|an)\s+|(?=payment\s+(?:to|of)\b))"
    r"(?:[$€£]?\d[\d.,]*\s*\S{0,3}\s+)?"
    r"(?:payment|transfer|pix|"
    r"upi|e-?transfer|bank\s+transfer|interac|zelle|venmo|m-?pesa|gcash|paynow|pix)\b|"
    # "council tax is due get a payment ready for 164 pounds to Leeds City Council"
    r"\bget\s+(?:a|the)\s+payment\s+ready\b|"
    r"\bmake\s+(?:a|the|that)\s+payment\b|"
    # "can you set that up as a payment to Leeds City Council"
    r"\bset\s+(?:it|that|this)\s+up\s+as\s+(?:a|the|an)\s+(?:\w+\s+)?payment\b",
    re.I,
)
# A payment said, then asked to be made ready: "… Get that ready for me", "get it ready
# please", "have it ready"
PAYMENT_READY_ASKED = re.compile(
    r"\b(?:get|have|make)\s+(?:it|that|this|the\s+payment)\s+ready\b", re.I
)
# Asked in words to do what was said: "can you set that up for me?", "can you prepare the
# payment to her?", "can we set a limit of 400 a month for groceries?"
DO_IT_ASKED = re.compile(
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|just\s+)?(?:set\s+(?:it|that|this)\s+up|"
    r"do\s+(?:it|that|this)|sort\s+(?:it|that|this)|prepare|draft|arrange|organi[sz]e|make\s+(?:it|that|this)"
    r"\s+happen)\b|"
    # "… Maximum 150 euro for clothes every month. Can you make this?"
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?make\s+(?:it|that|this)(?:\s+for\s+me)?\s*[?.!]*\s*$|"
    r"\b(?:please\s+)?(?:set\s+(?:it|that|this)\s+up|draft\s+(?:it|that|the\s+payment))\b|"
    r"\b(?:set|create|make|start|put)\s+(?:up\s+|in\s+)?(?:a|an|my|the|our)\s+(?:\w+\s+)?(?:budget|limit|cap)\b|"
    # "Would you move £200 over to my Premium Bonds for me?": a move of money, asked
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+|just\s+)?(?:move|transfer|shift)\s+"
    r"(?:[$€£¥₹]\s?)?\d",
    re.I,
)
# Money spent as a habit, not an entry: "I usually pay around 50 for a full tank", "most
# weeks I spend about 100 on groceries", "i spend like 15 a day on food at work"
HABITUAL = re.compile(
    # (not "I don't usually do this but I got a 40 takeaway": a habit denied)
    r"(?<!n't\s)(?<!not\s)(?<!never\s)"
    r"\b(?:usually|normally|typically|generally|on\s+average|most\s+(?:weeks|months|days|times)|"
    r"tend\s+to|every\s+single\s+(?:week|month|day))\b|"
    # "we always split the uber 3 ways", "they always want to go halves": a habit told
    r"\b(?:always|never)\s+(?:want\s+to\s+|wanna\s+|insist\s+on\s+)?(?:split(?:ting)?|share|sharing|"
    r"go(?:ing)?\s+halves|chip(?:ping)?\s+in)\b|"
    # "I always pay my sister 100 on the first", "we always send mum 200 at christmas"
    r"\b(?:i|we)\s+always\s+(?:pay|send|give|transfer|lend)\b|"
    # "my boss pays me 18 an hour": a rate of pay, told
    r"\bpays\s+(?:me|us)\s+[€$£]?\d[\d.,]*\s*\w*\s+(?:an|a|per)\s+(?:hour|day|week|month|shift)\b|"
    r"\b(?:i|we)\s+spend\s+(?:like\s+|about\s+|around\s+|roughly\s+)?[€$£]?\d[\d.,]*\s*\w*\s+"
    r"(?:a|an|per|every)\s+(?:day|week|month|year)\b",
    re.I,
)
# A payment tried that did not go through, or a charge someone tried: "tried to pay 60 but
# the card machine was down", "someone tried to charge 800 on my card"
ATTEMPTED = re.compile(
    r"\b(?:tried|trying|attempted)\s+to\s+(?:pay|buy|send|transfer|charge|take)\b", re.I
)
# A total told of a year or of a whole thing, not one entry: "last year we spent 3000 on
# holidays", "in total we spent about 40k on the wedding", "my budget app used to say i spent
# 900 on food"
_WHOLE_SEASON = r"(?:last|this)\s+(?:year|summer|winter|spring|autumn|fall|season)"
# A total over a year or a season told ("last year we spent 3000 on holidays", "last summer
# I made about 9k at the markets"): no one entry to record
# ("wedding season, last year I give total 6tr for envelopes": given, as learners say it)
TOTAL_TOLD = re.compile(
    r"\b(?:i|we)\s+(?:spent|made|earned|gave|give)\b[^.!?]*\b"
    + _WHOLE_SEASON
    + r"\b|\b"
    + _WHOLE_SEASON
    + r"\b[^.!?]*\b(?:i|we)\s+(?:spent|made|earned|gave|give)\b|\bin\s+total\s+(?:i|we)\s+spent\b|"
    r"\bused\s+to\s+(?:say|show|spend|pay|cost|be)\b",
    re.I,
)
# An opinion asked about what was said: "…, is that normal", "is that a lot for a haircut"
OPINION_ON_IT = re.compile(
    r"\b(?:is|was)\s+(?:that|this|it)\s+(?:normal|a\s+lot|too\s+much|reasonable|expensive|cheap|"
    r"bad|ok|okay|fair|a\s+rip-?\s?off)\b|\bdoes\s+(?:that|this)\s+sound\s+(?:right|ok|okay|normal)\b",
    re.I,
)
# Money words in an idiom: "pay attention to my spending", "send my regards to the team",
# "split the difference", "we split up", "pay day is friday"
IDIOM = re.compile(
    r"\b(?:pay|pays|paid|paying)\s+(?:more\s+|close\s+|(?:him|her|them|us)\s+)?(?:attention|a\s+visit|tribute|(?:my\s+|our\s+)?respects?|it\s+forward|"
    r"no\s+mind|the\s+price\s+for)\b|\bsend\s+(?:my\s+|our\s+|him\s+|her\s+)?(?:regards|love|thanks|best|"
    r"wishes|condolences|congrats|congratulations|apologies|help)\b|\bsplit\s+(?:the\s+difference|up|hairs)\b|"
    r"^\W*pay\s*day\s+is\b(?!.*\d)|"
    # "send me the link to the ato website": something sent, not money
    r"^\W*(?:please\s+|can\s+you\s+)?send\s+(?:me|us)\s+(?:the|a|an|some|that)?\s*(?:link|links|info|details|"
    r"website|url|file|email|photo|pic|picture|screenshot|receipt|statement|pdf|copy|form)\b|"
    # "someone venmo me a million dollars pls": asked of no one
    r"^\W*(?:someone|somebody|anyone|anybody)\s+(?:pls\s+|please\s+)?(?:venmo|send|give|pay|lend|"
    r"buy|transfer)\b",  # (not "payday is here, 2,430 landed")
    re.I,
)
# A reminder for later, not money moved: "coworker lent me 50, need to remember to pay her
# back", "remind me to send Tom 20 on friday", "don't let me forget the 45 for the trip"
REMINDER = re.compile(
    r"\b(?:need|have|got)\s+to\s+remember\s+to\b|\bmust\s+remember\s+to\b|\bremind\s+me\s+to\b|"
    # "note to self get cat litter on the way home" (not "note to self: spent 12 on litter")
    r"\bnote\s+to\s+self\b[,:;\s-]*(?:i\s+)?(?:need\s+to\s+|must\s+|have\s+to\s+|gotta\s+|should\s+)?"
    r"(?:get|buy|pick\s+up|grab|order|pay|book|call|renew|cancel|remember|check|sort|top\s+up)\b|"
    r"\bdon'?t\s+(?:let\s+me\s+)?forget\s+(?:to\b|the\b|about\b)",
    re.I,
)
# Money that could have gone out, said as a thought: "I could have bought it for 20 cheaper
# on Amazon", "should've paid 40" (an entry only when another clause says it was paid)
COUNTERFACTUAL = re.compile(
    r"\b(?:could|would|should|might|must)(?:\s+have|'ve|\s+of)\s+(?:\w+\s+){0,2}?"
    r"(?:spent|paid|bought|got|cost|saved)\b",
    re.I,
)
# Earnings told as a fact, not money received: "I earn 45k a year", "I make 3000 a month",
# "my salary is 3000" (not "I make shopping for 27,90").
EARNINGS_FACT = re.compile(
    # (not "today I make 96 pounds with uber eats": a learner's past tense, said of a day)
    r"^(?!.*\b(?:today|tonight|yesterday|this\s+morning)\b)(?:.*\b(?:i|we)\s+earn\b|"
    r".*\b(?:i|we)\s+make\s+(?:about\s+|around\s+|like\s+)?[€$£]?\d|"
    # a rate of pay: "i get 15 an hour at the cafe", "I charge 40 an hour for tutoring" (not
    # "babysat for 3 hours at 12 an hour": hours worked, then the rate)
    r"(?!.*\bfor\s+\d+\s+(?:hours?|hrs?|days?|nights?|shifts?)\b)"
    r".*\b(?:i|we)\s+(?:get|get\s+paid|'m\s+paid|am\s+paid|charge)\s+(?:like\s+|about\s+|around\s+)?"
    r"[€$£]?\d[\d.,]*\s*(?:[a-z]+\s+)?(?:an?|per|/)\s*(?:hour|hr|day|shift|week|month|year|night)\b|"
    # money that comes in as a rule: "we get child benefit of 102 a month"
    r".*\b(?:i|we)\s+(?:get|receive)\s+(?:\w+\s+){0,3}?(?:of\s+)?[€$£]?\d[\d.,]*\s*(?:a|an|per|every)\s+"
    r"(?:week|fortnight|month|year)\b)|"
    r"\bmy\s+(?:salary|income|wage|wages|pay)\s+(?:is|are)\b(?!\s+(?:come|came|in|here|arrived))|"
    # "pays 12.50 an hour at the cafe": what a job pays, not money received
    r"\bpays\s+(?:like\s+|about\s+|around\s+|only\s+)?[€$£]?\d[\d.,]*\s*(?:[a-z]+\s+)?(?:an?|per|/)\s*"
    r"(?:hour|hr|day|shift|week)\b",
    re.I,
)
# Money owed, not yet paid: a debt is not an entry ("I owe Tom 15", "Sam owes me 20").
DEBT = re.compile(
    r"\b(?:(?:i|we)\s+(?:still\s+)?owe|owes?\s+(?:me|us)|(?:i'?m|we'?re)\s+owed)\b", re.I
)
# Money needed or saved for, not spent: "I need 200 euros", "I need a loan", "want to save".
NEEDED_OR_SAVED = re.compile(
    r"\b(?:(?:i|we)\s+(?:really\s+)?need\s+(?:a\s+loan|(?:about\s+|around\s+)?[€$£]?\d+|"
    r"(?:some\s+)?money)|(?:get|getting|take\s+out|apply\s+for|borrow|want|need|afford)\s+"
    r"(?:a\s+|an?\s+\w+\s+|the\s+)?loan|loan\s+(?:of\s+[$€£]?\d[\d.,]*\s+)?from|"
    r"lend\s+(?:me|us)|lent\s+(?:me|us)|(?:want|need|plan|trying|try|hope)\s+to\s+save|(?:wanna|tryna|gotta)\s+save|"
    r"(?:we're|we\s+are|i'm|i\s+am)\s+saving|(?:put|set|putting|setting)\s+aside|"
    # "saving 50 a week for the holiday": a plan to save
    r"saving\s+(?:up\s+)?[€$£]?\d[\d.,]*\s*\w*\s+(?:a|an|per|every)\s+(?:week|month|day|year)|"
    # "the car needs 4 new tyres, about 400"
    r"save\s+up|(?:car|house|flat|boiler|roof|bike|phone|laptop|it)\s+needs)\b",
    re.I,
)
# A price said in the present, not money spent: "the coffee costs 3 euros here",
# "tickets are 25 each", "a pint is 6 now".
PRICE_STATEMENT = re.compile(
    r"\bcosts\b|\b(?:is|are)\s+(?:only\s+|just\s+|about\s+|around\s+)?[€$£]?\d[\d.,]*"
    r"(?:\s*(?:euros?|dollars?|pounds?|bucks|quid))?\s+(?:here|there|now|each|apiece|per\b|"
    r"these\s+days|at\s+the\s+moment)|"
    # "the price of bread went up to 2.20": a price that changed, not a purchase
    r"\b(?:price|prices|cost|fare|fares|rent|fee|fees|premium|premiums|toll|tolls|tuition|levy)\s+"
    r"(?:(?:of|for)\s+\w+(?:\s+\w+){0,2}\s+)?(?:has\s+|have\s+)?(?:just\s+)?"
    r"(?:went\s+up|gone\s+up|go(?:es)?\s+up|rose|risen|increased|dropped|fell|went\s+down|"
    r"gone\s+down|jumped)\b|"
    # "petrol is 1.52 a litre", "eggs are 4 a dozen": a price per measure
    r"\b(?:is|are|at|for)\s+[€$£]?\d[\d.,]*\s*(?:euros?|dollars?|pounds?|p|c)?\s+(?:a|per|/)\s*"
    r"(?:litre|liter|gallon|kg|kilo|lb|pound|dozen|pint|loaf|bottle)\b|"
    # "Netflix wants 17.99 now, crazy": a price that changed; "the council wants 1,890";
    # "the dep charges 8.75 for milk", "the electrician charges 112 an hour": a price asked
    r"\b(?:wants|charges|costs|asks|(?<!\bi\s)(?<!\bwe\s)wanted|(?<!i'm\s)(?<!\bam\s)asking(?:\s+for)?)\s+"
    r"(?:like\s+|about\s+|around\s+|only\s+)?"
    r"[€$£]?\d|"
    r"\b(?:wants|charges|costs|asks)\s+(?:like\s+|about\s+)?(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\b|"
    r"^(?!(?:i|we)\b)(?:the\s+|my\s+)?(?:[\w']+\s+){1,2}(?:wants?|needs?|is\s+asking\s+for|asks\s+for|"
    r"asked\s+for)\s+[€$£]?\d|"
    # "electricity went up to 34p per kWh"
    r"\b(?:went|gone|goes|going)\s+up\s+(?:to|by)\s+[€$£]?\d|\bper\s+(?:kwh|unit|litre|liter|gallon)\b|"
    # "flights to Rome are 89 return right now"
    r"\b(?:is|are)\s+[€$£]?\d[\d.,]*\s+(?:\w+\s+)?(?:right\s+now|at\s+the\s+moment)\b|"
    # "Woolies has the Tim Tams for 2.75 this week", "Costco gas is 3.19 today": a price seen
    # "amazon bumping prime to 14.99", "they put the rent up to 1,200": a new price
    r"\b(?:bump(?:ed|ing|s)?|rais(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|put(?:ting|s)?\s+(?:\w+\s+){0,3}"
    r"up|jack(?:ed|ing|s)?\s+(?:\w+\s+){0,3}up)\s+(?:\w+\s+){0,3}(?:to|by)\s+[€$£]?\d|"
    # (not the person's "got 3 coffees at 2.80 each", the subject left out)
    r"^(?!.*\b(?:i|we|my)\b)(?!\W*(?:just\s+|also\s+)?(?:got|had)\b).*\b(?:has|have|had|got)\s+"
    r"(?:\w+\s+){1,4}(?:for|at)\s+[€$£]?\d[\d.,]*\s+"
    r"(?:this\s+week|today|now|at\s+the\s+moment|on\s+sale|a\s+[a-z]+|each|per\s+[a-z]+)\b|"
    r"\bon\s+sale\s+for\b|"
    r"^(?!.*\b(?:i|we|my)\b).*\b(?:is|are)\s+[€$£]?\d[\d.,]*\s+(?:today|this\s+week)\b|"
    # "the new MacBook Air starts at 1199", "it retails for 349", "listed at 240k", "tickets go
    # on sale friday at 85 each": the price a seller puts on a thing
    r"\b(?:starts?|starting)\s+(?:at|from)\s+[€$£]?\d|"
    r"\b(?:retails?|retailing|sells|listed|priced)\s+(?:for|at)\s+(?:about\s+|around\s+)?[€$£]?\d|"
    # "cellphones sell 28tr9", "iphone 17 price 30tr at fpt shop wow": a shop's price seen
    r"^(?!.*\b(?:i|we)\b)[^.!?]*\b(?:sell|sells)\s+(?:for\s+|at\s+)?[€$£]?\d|"
    r"^(?!.*\b(?:i|we|my|paid|bought|got)\b)[^.!?]*\bprice\s+(?:is\s+|now\s+)?[€$£]?\d[\d.,]*[^\W\d_]*\s+(?:at|in)\s|"
    r"\bgo(?:es)?\s+on\s+sale\b|"
    # "at the market they sell mangoes 3 for 5": a seller's offer
    r"\b(?:sell|sells|selling)\s+(?:\w+\s+){0,3}?\d+\s+(?:\w+\s+){0,2}for\s+[€$£]?\d|"
    # "tv down to 399", "reduced to 45 in the sale": a new price
    r"\b(?:down|reduced|slashed|marked\s+down)\s+to\s+(?:only\s+|just\s+)?[€$£]?\d",
    re.I,
)
# The people who send the person money or get paid by them, said without a name: family
# outside the household, and the partner who shares it (a partner's pay is the household's
# income, a mother's pension is not the person's: `OTHERS_PAY`)
_FAMILY = (
    r"mum|mom|mam|ma|papa|dad|da|father|mother|parents|folks|nan|nana|nanna|gran|granny|grandma|"
    r"grandmother|grandad|granddad|grandpa|grandfather|auntie|aunty|aunt|uncle|brother|sister|"
    r"bro|sis|cousin|son|daughter|"
    # the words of other languages the family is called by ("bhai sent 2100 for rakhi"; not
    # "mama", whose "mama put" is a Nigerian food stall, nor "baba")
    + "|".join(sorted(FAMILY_IN_OTHER_LANGUAGES - {"mama", "baba", "papa"}, key=len, reverse=True))
)
_PARTNERS = r"wife|husband|partner|hubby"
RELATIVES = rf"(?:{_FAMILY}|{_PARTNERS})"
# Another's pay come in: "Mum's pension went in today, $1,840", "my brother's bonus came in"
# (their money, not the person's income; a spouse's or partner's pay is the household's:
# "my wife's salary went in today, 2,310" is income)
OTHERS_PAY = re.compile(
    # (or a person named with a title: "mr doyle's pension came in, 1,940, i just check it")
    r"\b(?:"
    + _FAMILY
    + r"|(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]+)['’]s\s+(?:\w+\s+)?(?:salary|pension|pay|paycheck|"
    r"paycheque|wages|bonus|income|allowance|payout|benefits?|stipend)\b",
    re.I,
)
# Family money that came in, said without "me": "mum sent 50 for the food shop",
# "grandad gave 20 for my birthday" (not "dad paid the rent").
SENT_BY_FAMILY = re.compile(
    r"^(?:my\s+|our\s+)?"
    + RELATIVES
    + r"\s+(?:just\s+|has\s+|finally\s+|don\s+|done\s+)?(?:sent|send|gave|"
    r"transferred|e-?transferred|venmoed|paid|put)\s+(?!(?:a|an|my|our|his|her|their|for|to)\b)"
    r"(?:me\s+|us\s+)?(?:over\s+|the\s+)?[$€£]?\d",  # ("dad sent the 5k finally")
    re.I,
)
# Only an amount and who gets it: "40 to Marco", "£50 to my sister", "20 quid to Sam
# Reid" (a name with a capital, or a relative; "20 to savings" is a transfer)
AMOUNT_TO_SOMEONE = re.compile(
    r"[$€£]?\s?\d[\d.,]*k?\s*(?:(?i:euros?|dollars?|pounds?|bucks|quid|eur|usd|gbp)|[$€£])?\s+"
    r"(?i:to)\s+(?:(?i:my\s+)?(?i:" + RELATIVES + r")|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
    r"(?:\s+(?i:for)\s+[^\d]+)?"  # "75 to Keith for the tickets"
)
CASH_ACCOUNT = "cash"  # where cash taken out of a machine goes
# Cash taken out of a machine: a move from a bank account into the cash in one's pocket
# ("took out 50 at the atm", "withdrew 200 from the cashpoint", "atm 40")
CASH_WITHDRAWAL = re.compile(
    r"\b(?:took|take|taken|got|get|drew|draw|withdrew|withdraw|withdrawn|pulled|pull)\s+"
    r"(?:out\s+)?(?:[$€£]?\d[\d.,]*k?\s*(?:[^\W\d_]+\s+)?)?(?:in\s+)?(?:cash\s+)?(?:out\s+)?"
    r"(?:at|from)\s+(?:the\s+|an\s+|a\s+)?(?P<where>atm|cash\s*machine|cashpoint|cash\s+point|"
    r"hole\s+in\s+the\s+wall|pinautomaat|geldautomat|bancomat|cajero|multibanco|bankomat|distributeur)\b|\b(?P<where2>atm|cash)\s+withdrawal\b|^(?P<where3>atm)\s+(?:cash\s+(?:out|withdrawal)\s+)?(?:[$€£]|r\s?)?\d",
    re.I,
)
# Cash of one's own paid into one's account: "deposited 500 cash into my savings", "paid 200
# cash into the bank", "put 100 cash in my checking" (a move from the cash in one's pocket)
CASH_DEPOSIT = re.compile(
    r"\b(?:deposited|deposit|paid|pay|put|lodged|lodge)\s+(?:in\s+)?(?:[$€£₦₹]?\s?\d[\d.,]*k?\s*"
    r"(?:(?:quid|bucks|dollars?|euros?|pounds?|rand|naira|shillings?|rupees?)\s+)?)(?:in\s+)?cash\s+"
    r"(?:in|into|to|at)\s+(?:my|the|our)\s+(?P<to>[\w'’]+)",
    re.I,
)
# A fee or a cut taken from the person's money: "Etsy took 12 in fees today", "the agent
# kept 40 commission", "PayPal deducted 3.20 in fees"
FEE_TAKEN = re.compile(
    r"\b(?:took|deducted|kept|docked|charged\s+me)\s+(?:me\s+)?[$€£₦₹]?\s?\d[\d.,]*k?\s*"
    r"(?:(?:quid|bucks|dollars?|euros?|pounds?)\s+)?(?:in\s+|as\s+(?:a\s+)?|of\s+)?"
    r"(?:\w+\s+)?(?:fees?|commission|cut|charges?)\b|"
    # money taken from the person for a service, as learners say it: "the doctor take 40 from
    # me", "the mechanic took 120 from me for nothing"
    # (not a cash machine's trouble: "the atm took 20 from me and gave nothing")
    r"(?<!\batm\s)(?<!\bmachine\s)\b(?:take|takes|took|taken|charge|charges|charged)\s+[$€£₦₹]?\s?"
    r"\d[\d.,]*k?\s*(?:[a-z€$£]{1,7}\s+)?from\s+(?:me|us)\b",
    re.I,
)
# Money paid back less a fee the one paying it kept: a refund, not a fee the person paid
# ("Lufthansa refunded 200 but kept 25 as a fee")
REFUNDED_LESS_A_FEE = re.compile(
    r"\b(?:refunded|refunds?|reimbursed|paid\s+(?:me\s+)?back)\b[^.!?]*?"
    r"\b(?:kept|keeps?|deducted|retained|withheld)\b",
    re.I,
)
# A cash machine's trouble is a support topic, not a withdrawal to record
CASH_MACHINE_TROUBLE = re.compile(
    r"\b(?:but|did\s*n[o']?t|did\s+not|never|wrong|stuck|swallow\w*|kept|ate|fees?|charged?|"
    r"declined|failed|error|broken|short|abroad|foreign|overseas|rates?|exchange|extra|app|"
    r"shows?|missing|less|twice|again|why|still|pending|reversed|refund\w*|limit|"
    # "the atm only gave me 40" (not "landlord wants cash only")
    r"(?:it|atm|machine)\s+only|only\s+(?:gave|got|dispensed|came|had|let))\b",
    re.I,
)
# Money out whatever else the words suggest: tax ("income tax 1200"), a deposit paid for
# something ("holiday deposit 200", "deposit on the flat"), a contribution, a premium, a
# repayment or an instalment; money coming back is not paid out
PAID_OUT_WORDS = re.compile(
    # the person's turn to pay, told: "it was my turn to pay for the coffees, 16.40", "my turn
    # to get the drinks in" (a round just paid, never a payment to draft for "the coffees")
    # (not "it's my turn to pay the cleaner, 120 to Gosia": a payment asked)
    r"\bwas\s+my\s+turn\s+to\s+(?:pay|get|buy)\b|\bmy\s+turn\s+to\s+(?:pay\s+for|get|buy)\s+(?:the\s+)?"
    r"(?:bill|round|drinks|coffees?|beers?|lunch|dinner|pizzas?|food)\b|"
    # (not "3,240 after tax", "before taxes", a "tax benefit": what came in, said net)
    r"(?<!\bafter\s)(?<!\bbefore\s)(?<!\bnet\sof\s)\b(?:tax(?!\s+(?:benefits?|credits?|free)\b)|"
    r"(?<!\bafter\s)(?<!\bbefore\s)taxes|hmrc|irs|self[\s-]+assessment|contributions?|premiums?(?!\s+bonds?)|repayments?|"
    r"instal+ments?|co-?pays?)\b|\b(?:rent|security|holiday|booking|damage|wedding|venue|flat|house|car|"
    r"hotel|tenancy|nursery|trip|course|cottage|villa)\s+deposit\b|"
    r"\bdeposit\s+(?:for|on)\s+(?:the\s+|a\s+|my\s+|our\s+)?[a-z]|"
    r"\bfor\s+(?:the|a|my|our)\s+(?:[a-z]+\s+){1,3}deposit\b|"  # "for the wedding dress deposit"
    # the deposit paid with the first rent: "rent 900, deposit 1800", "rent 650 + deposit 650"
    r"\brent\s+[$€£]?\d[\d.,]*\s*(?:[,;&+]|and|plus)\s*(?:the\s+|a\s+)?deposit\b|"
    # the salary of someone the person employs: "maid salary 4000 for sept"
    r"\b(?:maid|nanny|driver|cleaner|helper|staff|gardener|cook|housekeeper)(?:'s)?\s+"
    r"(?:salary|wages?|pay)\b",
    re.I,
)
# A bank's charge written as a ledger line: a few words naming the fee, its amount and at
# most a word of feeling ("ATM fee 3.50 ugh", "foreign transaction fee 2.10", "2.50 late
# fee"): an expense, though "ATM" or "transaction" alone would make it a support question
# or a list. No question, no verb: "why was I charged a 3 pound ATM fee" stays a question.
_FEE_NOUN = r"(?:fees?|charges?|surcharge|penalty)"
_FEE_WORD = (
    r"(?!(?:why|what|how|when|where|who|which|is|was|were|did|does|do|can|could)\b)[a-z'’.]+"
)
_FEE_AMOUNT = r"[$€£]?\s*\d[\d.,]*\s*(?:[$€£]|eur|usd|gbp|euros?|dollars?|pounds?|bucks|quid)?"
FEE_LINE = re.compile(
    rf"(?:(?:{_FEE_WORD}\s+){{1,4}}{_FEE_NOUN}\s*:?\s*(?:of\s+)?{_FEE_AMOUNT}"
    rf"|{_FEE_AMOUNT}\s+(?:{_FEE_WORD}\s+){{1,4}}{_FEE_NOUN})"
    rf"(?:\s+{_FEE_WORD}){{0,3}}",
    re.I,
)
# A price raised, told of a shop or a company: "Nando's upped the half chicken to £11.95",
# "deutsche bahn raises prices again, 58€ for the ticket now" (what is paid is not said)
PRICE_RAISED = re.compile(
    r"^(?![^.!?]*\b(?:i|we)\s+(?:paid|spent|bought)\b)[^.!?]*"
    r"\b(?:upped|hiked|raised|raises|raising|increased|increases|bumped\s+up|jacked\s+up|put\s+up)\s+"
    r"(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:prices?|fees?|fares?|rates?|cost|"
    r"(?:[^\W\d_]+\s+){1,3}to\s+[$€£¥₹]?\s?\d)",
    re.I,
)
# A price or a number said in the present ("petrol is 1.89 at the Shell", "the Billy bookcase
# is 59 on the website", "the kids are 7 and 11 now"): nothing bought; an entry that repeats
# ("council tax is 168 a month") or is asked to be written is told apart by `intents`
PRESENT_PRICE = re.compile(
    # "petrol's 1.89 at the Shell": "'s" is "is" when a place or a time follows the price (not
    # "Nando's 14.95", "Sofia's 7th birthday cake 45")
    r"(?:^|\bthe\s+)[a-z]+['’]s\s+(?:now\s+|only\s+|like\s+|about\s+)?[€$£]?\d[\d.,]*\s+(?:at|now|a|an|"
    r"per|each|here|there|today|in|on)\b|"
    # (not a correction: "hair cut 80k, oh no sorry is 120k with wash")
    # (nor an age: "he is 14 already")
    r"(?<!sorry\s)(?<!\bno\s)(?<!wait\s)(?<!oops\s)(?<!\bhe\s)(?<!\bshe\s)\b(?:is|are)\s+"
    r"(?:only\s+|just\s+|like\s+|about\s+|around\s+|now\s+|still\s+)?[€$£]?\d|"
    # texting's "r" for "are" ("tix r 180 each"; not rand: "stock R 6 450,00")
    r"\b[a-z]+\s+r\s+(?:only\s+|just\s+|like\s+|about\s+|around\s+|now\s+|still\s+)?"
    r"\d[\d.,]*(?!\s\d{3}\b)|"
    # "kiwisaver's at 8k now", "savings are at 3,200 already": where a sum stands, told
    r"\b(?:sitting|sits|standing|stands)\s+at\s+[€$£]?\d|"  # "hecs debt sitting at 38k, sigh"
    r"\b[a-z]+(?:['’]s|\s+is|\s+are)\s+(?:now\s+|only\s+|already\s+)?(?:at|on)\s+[€$£]?\d[\d.,]*k?"
    r"\s*(?:now|already|today)\b",
    re.I,
)
# A price judged in the present, not a purchase told: "200 for a pair of jeans is robbery",
# "… which is insane" (not "lunch was 45, which is insane": the past tells a purchase)
# ("Made the full at Petrom, 312 lei for fuel, the prices are crazy again": prices in
# general judged after the purchase, not the price of a thing said as it is)
PRICE_JUDGED = re.compile(
    r"^(?!.*\b(?:was|were|came\s+to|cost)\b)(?![^.!?]*\d[^.!?]*[,.;!]\s*(?:the\s+|food\s+|fuel\s+|petrol\s+|"
    r"gas\s+|grocery\s+|\w+\s+)?prices\s+(?:are|r)\b)"
    r".*\b(?:is|are|'s|seems?|feels?|looks?)\s+(?:just\s+|so\s+|absolutely\s+|"
    r"actually\s+|pure\s+|daylight\s+|a\s+bit\s+|way\s+)?(?:robbery|insane|crazy|ridiculous|"
    r"a\s+rip-?\s?off|extortionate|too\s+much|steep|mad|nuts|a\s+joke|a\s+scam|a\s+steal|"
    r"a\s+bargain|outrageous|wild|criminal)\b",
    re.I,
)
# What follows a "no" that corrects what was said: a pause, an amount, a day or a name of a
# day ("340, ah no 430", "on tuesday no monday", "no, it was 12"); not "NEPA no bring light",
# the negation of many Englishes
_WHAT_NO_CORRECTS = (
    r"\s*(?:[,;:.!–—-]|$)|\s+(?:it\b|it['’]s|that\b|the\b|on\b|in\b|at\b|\d|[$€£]|yesterday|"
    r"today|last|this|wait|sorry|i\s+mean|hang\s+on|hold\s+on|"
    # a laugh at one's own typing before the right figure: "$1.2k?? no lol $120.43"
    r"(?:lol|lmao|haha|jk)(?=\s*[,.]?\s*[$€£]?\s?\d)|"
    + "|".join(sorted({*WEEKDAYS, *MONTHS, *NUMBER_WORDS}, key=len, reverse=True))
    + r")"
)
SELF_CORRECTION = re.compile(
    r"\b(?:no\s+wait|wait|no,?\s+sorry|sorry|actually|i\s+mean|i\s+meant|correction|"
    # "CHF 27.80 — I beg your pardon, it was CHF 72.80"
    r"(?:i\s+)?beg\s+your\s+pardon|pardon\s+me|"
    # Portuguese and Spanish "no, wait"; Nigerian Pidgin "no be" before the right figure
    r"n[aã]o,?\s+pera|no,?\s+espera|no\s+be(?=\s*[$€£₦]?\s?\d)|"
    # German "nein" and texting's "jk" before the right figure ("52,30 – nein, 53,20 €")
    r"(?:nein|jk|just\s+kidding)(?=[\s,]+(?:it\s+was\s+|its\s+|it['’]s\s+)?[$€£₦]?\s?\d)|"
    # ("invoice no. 2026-0417", "no #12": a number's abbreviation, no correction)
    r"make\s+(?:it|that)|or\s+rather|scratch\s+that|(?:no|nope|nah)(?!\.\s*\d|\s*#)(?="
    + _WHAT_NO_CORRECTS
    + r"))\b",
    re.I,
)

# What a part of the amount said before was: "cab 340, 60 of that was surge", "10 of it was
# the tip", "… of the fare went on the toll"
PART_OF_WHAT_WAS_SAID = (
    r"of\s+(?:that|it|this|which|the\s+(?:total|bill|fare|price))\s+"
    r"(?:was|is|were|are|went(?:\s+on)?)"
)
# A service named alone after "cancel" ("cancel spotify", "cancel Showmax"): no card word,
# no pronoun, nothing said after it
SERVICE_AFTER_CANCEL = (
    r"(?!(?:that|this|it|everything|all|them|please|pls|plz|now|then|thanks|card|entry|"
    r"draft|payment|transfer|split|budget|refund|request|one|mate|bro)\b)[a-z][\w+'’-]*"
)

# A figure for people in general, not the person's: "Tokyo average rent 150,000 yen per month",
# "median salary here is 2,400", "typical wedding gift 100"
STATISTIC_TOLD = re.compile(
    r"\b(?:average|avg|median|typical)\s+(?:[^\W\d]+\s+){0,3}?(?:is\s+|was\s+|of\s+|now\s+|at\s+|"
    r"around\s+|about\s+)*[$€£¥₹]?\s?\d",
    re.I,
)
# The same thing's price at an earlier time, said last as a clause of its own, so the price
# before it is compared, not paid: "Lawson onigiri now 180 yen. Was 120.", "Diesel 1,69 at
# Aral. Last week 1,62." (never "it was": "73.26... ah sorry, it was 76.23" corrects);
# after a comma, only for a price said to be so now ("bus pass 64 now, was 58"): "barber 28
# today, used to be 22" was paid
PRICE_BEFORE_TOLD = re.compile(
    r"(?:[.!?]|(?<=\bnow)\s*[,;]|\bnow\b[^,;]*[,;])\s*(?:(?:and|but)\s+)?(?:was|used\s+to\s+be|before|(?:last|previous)\s+"
    r"(?:week|month|year|time)|(?:a|one)\s+(?:week|month|year)\s+ago|yesterday)\s+(?:was\s+|it\s+was\s+)?"
    r"(?:only\s+|just\s+)?[$€£¥₹]?\s?\d[\d.,]*\s*(?:[^\W\d]{1,6}\.?)?\s*[.!]*\s*$",
    re.I,
)
# A part of a bill to come back to the person: "she pays me half", "gives me the half", "pay
# me back his share"
PART_COMING_BACK = re.compile(
    r"\b(?:pays?|paying|gives?|giving)\s+me\s+(?:back\s+)?(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:half|share|part)\b",
    re.I,
)
# A fuel's price per litre, said for where or when: "diesel at 1,72 at the Aral near me" (a
# unit price: one figure before its cents); not with the litres taken or the total paid
FUEL_PRICE_QUOTED = re.compile(
    r"\b(?:petrol|diesel|fuel|unleaded|e10|lpg|benzin[ea]?|gasolina|gasoline)\s+"
    r"(?:(?:is|was|at|@|now|today)\s*)+[$€£]?\s?\d[.,]\d{2,3}(?![\d.,])"
    r"(?!\s*(?:l\b|litres?|liters?|gallons?|x\b|\*))",
    re.I,
)
FUEL_TAKEN = re.compile(
    r"\d[\d.,]*\s*(?:l|ltrs?|litres?|liters?|gallons?)\b|\b(?:total|put|filled|paid|spent)\b", re.I
)
# A price as people say it: digits, or number words ("for like nine ninety nine")
_SAID_PRICE = r"(?:like\s+|about\s+|around\s+|only\s+|just\s+)?" + _PRICE_START
# Things seen by paying for them ("saw the dentist", "saw a film"), never a price seen
_SEEN_BY_PAYING = "|".join(sorted(SEEN_BY_PAYING, key=len, reverse=True))
# A price seen on a thing, not paid: "saw a sofa at DFS for 899", "spotted the same jacket at
# Zara for 40" (not "saw a film at the Odeon for 12": a show or a visit seen is paid for)
PRICE_SEEN = re.compile(
    r"\b(?:saw|seen|spotted|noticed|came\s+across)\s+(?!(?:(?:a|an|the|my)\s+)?(?:"
    + _SEEN_BY_PAYING
    # ("I saw new iPhone for 189,800 yen": the article a learner leaves out)
    + r")\b)(?:a|an|some|this|that|these|those|the|them|it|new)\b[^.?!]*?\b(?:for|at)\s+"
    + _SAID_PRICE
    + r"|"
    # "sign at the Spar says avocados 2 for R30", "the menu said 24 for the steak"
    # "saw PS5 at argos £479.99": a thing seen with its price, said first (not "saw the dentist")
    r"^\W*(?:i\s+)?(?:just\s+)?(?:saw|spotted)\s+(?!(?:(?:a|an|the|my)\s+)?(?:"
    + _SEEN_BY_PAYING
    + r")\b)(?:[\w'’-]+\s+){1,4}(?:at|in|on)\s+[\w'’&-]+(?:\s+[\w'’&-]+)?\s*,?\s*(?:for\s+)?"
    + _SAID_PRICE
    + r"|"
    r"\b(?:sign|ad|advert|menu|website|flyer|poster|label|price\s+tag|listing|leaflet)"
    r"(?:\s+(?:at|in|on)\s+(?:the\s+)?\S+)?\s+(?:says|said|shows|showed|reads|read)\b|"
    # "the cheapest flight I found was 212", "best price we could find is 89"
    r"\b(?:cheapest|best|lowest)\s+(?:\w+\s+){0,2}(?:i|we)\s+(?:found|saw|could\s+find|can\s+find)\b|"
    # "saw an ad, peloton bike 1445", "I look the ps5 price in MediaMarkt, 549 euro, no way",
    # "tesco meal deal up to 3.85 smh"
    r"\b(?:saw|seen|spotted)\s+(?:an?\s+)?(?:ad|advert|post|listing|sign)\b|"
    r"\blook(?:ed)?\s+(?:at\s+)?the\s+(?:\w+\s+)?price\b|"
    # "checked the xbox price at Currys, 449", "looked up flight prices, 212 return"
    r"\b(?:check(?:ed|ing)?|look(?:ed|ing)?\s+up|compar(?:ed|ing)|googl(?:ed|ing))\s+(?:the\s+)?"
    # (not a bill rounded up: "Fr. 27.50, rounded up to 30 with the tip")
    r"(?:\w+\s+){0,2}prices?\b|(?<!rounded\s)(?<!round\s)(?<!rounding\s)(?<!it\s)(?<!that\s)"
    r"\b(?:up|gone\s+up|went\s+up)\s+(?:to|tae)\s+[$€£]?\d|"
    # "swiggy showing 649 for biryani, too much na", "new price list from monday: koulouri
    # 0,80", "specials tonight linguine twenty eight ninety five"
    r"\b(?:showing|shows)\s+[$€£₹]?\d|\bprice\s+list\b|\bspecials\s+(?:tonight|today|board)\b|"
    # "Costco sells the big pack for 18.99", "the market is selling mangoes at 3 a kilo": a
    # seller's price (not "I sell my bike for 200": the person selling)
    r"(?<!\bi\s)(?<!\bwe\s)\b(?:sells|(?:is|are)\s+selling)\b(?!\s+out\b)|"
    # "hotel in Lisbon shows 142 € per night on booking, still just looking"
    r"\b(?:just|only|still)\s+(?:just\s+)?(?:looking|browsing)\b|\bwindow\s+shopping\b",
    re.I,
)
# A price seen and not taken, even after a ledger-like line: two prices of one thing in two
# places ("flat whites 5.50 at the new place, 6.20 in town", "bubble tea 4.80 here, 2 in
# Taipei"), a price now against before ("now $5.50, last time $3.50"), a price cut shown by
# an arrow ("¥4,900 → ¥2,940"), a release price ("jordans dropping at 210 saturday"), a price
# refused in a word ("glasto tix 373.50 each this year, absolutely not")
_PRICE = r"[$€£¥₹]?\s?\d[\d.,]*\s*(?:[^\W\d]+\s+)?"
PRICE_NOT_TAKEN = re.compile(
    _PRICE + r"(?:at|in)\s+(?:the\s+)?[^\d,.;!?]{2,25},\s*" + _PRICE + r"(?:at|in)\b|"
    # the price a thing is now or still sold at: "pint of Guinness now 6.80 at the Crown",
    # "vending machine coffee still 1.30", "bus fare now 2.80"
    # (not a trip made now: "uber home now 14")
    r"^\W*(?:(?!(?:home|back|to|into|out|from)\b)[^\W\d][\w'’]*\s+){1,4}(?:is\s+|are\s+)?"
    r"(?<!just\s)(?<!right\s)(?:now|still)\s+(?:only\s+|just\s+|up\s+to\s+)?"
    r"[$€£¥₹]?\s?\d[\d.,]*(?:\s*(?:[$€£¥₹]|[a-z]{1,5}))?\s*(?:$|[.,;!?]|at\b|in\b)|"
    # a fuel's price by the litre or the gallon: "gas was 3.09 at speedway today"
    r"^(?!.*\d[^.!?]*\d\d)[^\d]*\b(?:gas|petrol|diesel|fuel|unleaded)\b[^\d]*[$€£]?\s?[0-4][.,]\d{2,3}(?!\d)"
    r"(?![^.!?]*\b(?:litres?|liters?|gallons?|gal|l)\b)[^\d]*$|"
    r"\d\s*(?:[^\W\d]+\s+)?here\s*,\s*" + _PRICE + r"(?:in|at)\b|"
    # "In Bangkok same bubble tea only 60 baht, here $7.20", "eggs: Aldi 2.15 for 12, Waitrose
    # 3.40 for 6"
    r"\d(?:\s*[^\W\d]+)?\s*,\s*(?:but\s+)?here\s+(?:it'?s\s+|only\s+)?[$€£¥₹]?\s?\d|"
    r"\b[^\W\d][\w'’]+\s+"
    + _PRICE
    + r"for\s+\d+\s*[^\W\d]*\s*,\s*[^\W\d][\w'’]+\s+"
    + _PRICE
    + r"for\s+\d|"
    r"\bnow\s+" + _PRICE + r",?\s*(?:last\s+time|before|it\s+was|used\s+to\s+be)\b|"
    # "hot dog 6,99 now, was 4,99 last year": a price now against an old one
    r"\d\s*(?:[^\W\d]+\s+)?now\s*[,;]?\s*(?:it\s+)?(?:was|were|used\s+to\s+be)\s+"
    + _PRICE
    + r"(?:last\s+(?:year|month|week|time)|before|(?:a\s+|\d+\s+|two\s+)?years?\s+ago)\b|"
    # "In Vietnam one bowl of pho only 40 thousand dong", "in Japan a coffee is 500 yen": the
    # price of a thing somewhere, no word of the person's own
    r"^(?!.*\b(?:i|i'm|me|my|we|us|our)\b)\W*in\s+[^\W\d]+(?:\s+[^\W\d]+)?\s*,?\s+(?:a|an|one)\s+"
    r"[^.!?\d]{1,30}?\b(?:only|just|is|are|costs?)\s+(?:only\s+|just\s+|about\s+|like\s+)?[$€£¥₹₫]?\d|"
    r"\d\s*(?:→|->|=>)\s*[$€£¥₹]?\s?\d|"
    r"\b(?:dropping|drops|launch(?:es|ing)?|releas(?:es|ing)|pre-?orders?)\s+(?:\w+\s+)?(?:at|for)\s+"
    r"[$€£¥₹]?\d|"
    r"\d[^.!?]*[,.!]\s*(?:absolutely\s+not|hell\s+no|not\s+a\s+chance|no\s+chance)\b|"
    # the same thing's price in another shop, said after a comma: "Rewe have milk 1,09 this
    # week, in Aldi 0,99"
    r"\d[^.!?]*,\s*(?:in|at)\s+(?:the\s+)?[^\W\d][\w'’]*(?:\s+[^\W\d][\w'’]*)?\s+[$€£¥₹]?\s?\d[\d.,]*"
    r"\s*(?:[^\W\d]{1,5}\s*)?(?:[.!]|$)|"
    # two prices, then the difference remarked on: "Cola at the kiosk 2.50, supermarket 1.20.
    # Big difference."
    r"\d[^.!?]*\d[^.!?]*[.!]+\s*(?:(?:a\s+|such\s+a\s+|what\s+a\s+)?(?:big|huge|massive|crazy)\s+"
    r"difference|good\s+to\s+know|(?:much\s+|way\s+|so\s+much\s+)?(?:cheaper|dearer|more\s+expensive)"
    r"\s+(?:there|here|in\s+\w+|at\s+\w+))\b|"
    # a price list by who pays it: "entrance 30 baht for Thai, 50 for foreigner", "10 euro for
    # locals, 25 for tourists"
    r"\d[\d.,]*\s*(?:[^\W\d]{1,5}\s+)?for\s+(?:locals?|residents?|adults?|kids|children|students?|"
    r"foreigners?|tourists?|members?|non-?members|seniors?|pensioners?|[^\W\d]+\s+people|thai|citizens?)"
    r"\s*,\s*(?:and\s+)?[$€£¥₹]?\s?\d[\d.,]*\s*(?:[^\W\d]{1,5}\s+)?for\s+",
    re.I,
)
# A number said in digits or in one or two words ("87", "eighty seven")
_NUMBER_SAID = r"(?:\d+|" + NUMBER_WORD + r"(?:[\s-]+" + NUMBER_WORD + r")?)"
# A clock time on a timetable, not money: "bus leaves the square at 14.30", "doors open at 7"
SCHEDULE = re.compile(
    r"\b(?:leaves|leaving|departs|departing|arrives|arriving|opens?|closes?|starts?|finishes|ends|"
    # ("The TGV 6612 leaves at 14h07": a clock time written with an "h")
    r"lands|boards|boarding|kicks\s+off)\b[^.!?]*\bat\s+\d{1,2}(?:[.:h]\d{2})?(?!\w)"
    r"(?!\s*(?:each|a\s|per|euros?|dollars?|quid|pounds?|bucks))|"
    # a journey's line, no money on it: "IC 3812, platform 4 track 2, 14:35", "Shinkansen
    # Nozomi 231, car 7, seat 12-D.", "FR 7024 at 06:40, gate closes 06:10"
    r"^(?!.*(?:[$€£¥₹]|\b(?:eur|usd|gbp|chf|euros?|dollars?|pounds?|quid|bucks|yen|baht|fare|ticket|paid|"
    r"cost|price)\b|\d[.,]–))"
    # (not a ride priced first: "taxi 45 to gate 3, 14:35 flight")
    r"(?!\W*(?:taxi|cab|uber|lyft|grab|bolt|train|bus|tram|coach|ferry|flight|parking)\s+[$€£]?\d)"
    r"(?=.*\b(?:platform|plat|track|gate|seat|coach|car|boarding)\s+\w{0,3}\d)"
    r"(?=.*(?:\b\d{1,2}:\d{2}\b|\b(?:platform|plat|track|gate|seat|coach|car|boarding)\b.*"
    r"\b(?:platform|plat|track|gate|seat|coach|car|boarding)\b))",
    re.I,
)
# A game's or a test's score, never money: "the footy finished eighty seven to sixty two",
# "got 38 out of 40 on the theory test"
SCORE = re.compile(
    r"\bgot\s+(?:an?\s+)?\d{1,3}(?:\s*%)?\s+(?:on|in|for)\s+(?:the|my|me|his|her)\s+(?:\w+\s+)?(?:test|exam|"
    r"midterm|quiz|final|essay|assignment|paper|mock)\b|"
    # (not money back: "got back 1,145 out of 1,350")
    r"(?<!\bback\s)\b\d+\s+out\s+of\s+\d+\b(?!\s*(?:[$€£]|euros?|dollars?|pounds?|quid|bucks))|"
    r"\b(?:finished|ended|won|lost|drew)\s+(?:it\s+)?"
    + _NUMBER_SAID
    + r"\s+(?:to|-)\s+"
    + _NUMBER_SAID
    + r"\b|"
    # "all blacks beat the wallabies 33 to 12", "canucks up two nothing in the second period",
    # "kohli scored 82 off 53 balls"
    r"\b(?:beat|beats|lost\s+to|drew\s+with|thrashed|smashed|edged)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?\s+"
    + _NUMBER_SAID
    + r"\s*(?:to|-|–)\s*"
    + _NUMBER_SAID
    + r"\b|\b(?:up|down)\s+"
    + _NUMBER_SAID
    + r"\s+(?:to\s+)?(?:nothing|nil|zero|love)\b|"
    r"\bscored\s+(?:\d+|" + _NUMBER_SAID + r")\s+(?:runs|goals|points|off|against|in\s+the)\b|"
    r"\b\d+\s+off\s+\d+\s+balls\b|"
    # "Eagles by 14 at half time", "won two nil", "3-1 at full time"
    r"\bby\s+" + _NUMBER_SAID + r"\s+(?:at\s+)?(?:half|full)[\s-]?time\b|"
    r"\b(?:won|lost|drew|winning|losing|win|wins|lose|loses)\s+"
    + _NUMBER_SAID
    + r"\s+(?:nil|nothing)\b",
    re.I,
)
# A payment owed later, told: "I have to pay the school fees of 45,000 before the fifteenth",
# "I need to pay the water bill, 84, but not till friday" (a draft is asked for in words)
PAY_DUE_LATER = re.compile(
    # "the landlord asked me to pay 950 on the 1st": asked of the person, not asked by them
    r"\b(?:asked|asks|wants|told|reminded|reminds)\s+me\s+to\s+(?:pay|send|transfer)\b|"
    # "need to send 300 to my parents soon"
    r"\b(?:have\s+to|need\s+to|must|got\s+to|gotta)\s+(?:pay|send|transfer)\b[^.!?]*\b(?:soon|"
    r"at\s+some\s+point|sometime|eventually)\b|"
    # "need to pay the rego next month, 820 or so": a bill of the person's, later
    r"\b(?:have\s+to|need\s+to|must|got\s+to|gotta)\s+pay\s+(?:the|my|our)\s+(?:\w+\s+){0,2}?"
    r"(?:bill|rego|rent|fees?|tax|insurance|invoice|loan|mortgage|licen[cs]e|premium)\b"
    r"[^.!?]*\b(?:next\s+(?:week|month|year|\w+day)|tomorrow|later)\b|"
    r"\b(?:have\s+to|need\s+to|must|got\s+to|gotta)\s+pay\b[^.!?]*\b(?:not\s+(?:till|until|til)|"
    r"before|by)\s+(?:the\s+)?(?:next\s+\w+|tomorrow|\w+day|\d{1,2}(?:st|nd|rd|th)?|\w+(?:st|nd|rd|th))\b",
    re.I,
)
# The money just told, to be paid later, in the present as learners write the future: "the
# light bill came for 1,345, I pay it next week in the Oxxo" (no expense, no income yet)
_PAID_LATER_CLAUSE = (
    r"(?:[,;]\s*|\b(?:and|so|but)\s+)i\s+pay\s+(?:it|that|this|them)\b(?=[^.!?]*\b(?:tomorrow|"
    r"next\s+(?:week|month|\w+day)|later|soon|end\s+of\s+(?:the\s+)?month)\b)"
)
BILL_PAID_LATER = re.compile(_PAID_LATER_CLAUSE, re.I)
# A household bill that has arrived, its amount told and nothing said of paying it:
# "Electricity bill came 3,200 this month because of AC, so much!!", "The boleto of the
# condominium came R$ 850 this month" (not "the electric bill came out today, 112.40", taken
# from the account, nor "the gas bill came 63.20, paid it on saturday", nor a restaurant's
# bill, which is paid at the table)
HOUSEHOLD_BILL_ARRIVED = re.compile(
    r"^(?![^\n]*\b(?:paid|pay|paying|payed|debited|deducted|split|splitting|divide|add|log|record|"
    r"put|note|auto-?pay|direct\s+debit)\b)"
    r"[^\n]*\b(?:(?:electricity|electric|light|power|gas|water|phone|internet|wifi|condo|"
    r"condominium|strata|council|utility|utilities)\s+(?:[^\W\d]+\s+){0,2}?(?:bill|invoice)|"
    r"boleto(?:\s+of\s+(?:the\s+)?[^\W\d]+)?)\s+(?:has\s+|have\s+)?"
    r"(?:came|come|arrived)\b(?!\s+(?:out|oot|off|to)\b)",
    re.I,
)
# A payment the person says they will make, told not asked: "gonna pay the Etisalat bill 389
# tonight", "i go pay the light bill 150 tomorrow" (West African English "I go" for "I will")
PAY_LATER_TOLD = re.compile(
    r"^\W*(?:(?:so|ok|okay|um|uh)[\s,]+)?(?:i'?m\s+(?:gonna|going\s+to)|i\s+am\s+going\s+to|i'?ll|"
    r"i\s+will|i\s+go|gonna)\s+pay\b|"
    # the future told in the present: "I pay the rent next week, is 650"
    r"^\W*(?:tomorrow\s+|next\s+\w+\s+)?i\s+pay\b(?=.*\b(?:tomorrow|next\s+\w+|later|on\s+\w+day)\b)|"
    # … after the bill is told: "the light bill came for 1,345, I pay it next week"
    + _PAID_LATER_CLAUSE,
    re.I,
)
# A bill or an invoice due later, not paid: "phone bill 65 due on the 20th", "invoice from uni
# 3,200 due march 1" (not "due to", a cause)
DUE_LATER = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bpast\s)\bdue\b(?!\s+to\b|\s+date\s+(?:has\s+)?(?:passed|was|gone))|"
    # "car insurance renewal of 640 is coming up in june", "260, payable within 30 days"
    r"\b(?:is|are|'s)\s+coming\s+up\b|\bpayable\s+(?:within|by|before|on|in)\b|"
    # "phone bill 72 comes out on the 15th": a debit still to come (not "came out today", nor
    # one told to repeat: "…, comes out on the 3rd every month")
    r"\b(?:comes|goes|will\s+come|will\s+go|gets\s+taken)\s+out\s+(?:on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b|"
    r"tomorrow\b|next\s+\w+)(?![^.!?]*\b(?:every|each|monthly|weekly)\b)",
    re.I,
)  # (not "it was due", "due date passed": a bill paid late)
# A shop's offer, not a purchase: "2 for 5 euro on the easter eggs", "3 for 2 on paracetamol at
# Superdrug", "half price wine in Aldi", "steam sale has elden ring for 35"
OFFER = re.compile(
    # a few for a price, on a thing or in a currency word ("brunch 72 for 6" counts people)
    r"\b(?:[2-9]|10)\s+for\s+[€$£]?\d[\d.,]*\s*(?:euros?|quid|pounds?|dollars?|bucks|p)?\s+on\b|"
    r"\b(?:[2-9]|10)\s+for\s+[€$£]?\d[\d.,]*\s*(?:euros?|quid|pounds?|dollars?|bucks)\s*(?:[,.!]|$)|"
    # ("3 for 2 on everything", "2-for-1 pints tonight": so many for the price of fewer)
    r"\bhalf[\s-]price\b|\bbogof\b|\bbuy\s+one\s+get\s+one\b|" + DEAL_OF_FEWER + r"|"
    r"\bsale\s+(?:has|have|had|got)\b|\bon\s+(?:special|offer|promo)\b|"
    # ("Coop has Rivella 6 x 1.5 l for 9.95 this week": a pack's size among the words)
    r"^(?!.*\b(?:i|we|my|our)\b)[\w'’&-]+(?:\s+[\w'’&-]+)?\s+(?:has|have|got)\s+(?:[\w.,'’-]+\s+){1,6}?(?:for|fi|at)\s+\S*\d",
    re.I,
)
# The person's own buying verb, which makes an offer a purchase ("got 3 for 10 at Lidl")
# Two prices set against each other: "milk 1.09 at Lidl vs 1.35 at Tesco", "2.49 here versus
# 2.99 at the corner shop", "14 compared to 18 last year": a comparison, no purchase told
PRICES_COMPARED = re.compile(
    r"\d[\d.,]*\s*(?:[^\W\d]+\s+){0,4}?(?:vs\.?|versus|compared\s+(?:to|with))\s+"
    r"(?:[^\W\d]+\s+){0,3}?[€$£]?\s*\d",
    re.I,
)
# A price for one unit of a weight, a volume or energy, quoted with no quantity bought ("heating
# oil 1,09 €/l", "lamb's fetching 9.20 a kilo", "chicken breast 5.49/kg"): a price seen
# Units something is bought by: a weight, a volume, energy
_BOUGHT_BY = r"kg|kgs?|kilos?|kilograms?|lbs?|l|ltrs?|litres?|liters?|gal|gallons?|kwh"
_PER_UNIT = (
    rf"(?:{_BOUGHT_BY}|pounds?\s+weight|m²|m2|m³|m3|sq\s*ft|square\s+(?:foot|feet|metre|meter))"
)
UNIT_PRICE = re.compile(
    r"\d\s*(?:[€$£¥]|eur|euros?|dollars?|cents?|p|yen|baht|rupees?|rs|pesos?|reais|lei|zł|kr)?\s*"
    r"(?:/|per\s+|an?\s+)" + _PER_UNIT + r"\b",
    re.I,
)
QUANTITY_MEASURED = re.compile(
    # ("seventy eight litres at 1.99 a litre": the quantity said in words)
    # ("250 g ham at 24 per kg", "half a kilo of prawns at 28 a kilo": its parts, or half)
    r"(?:(?<![\d.,/])\d[\d.,]*|\bhalf\s+an?|\b"
    + NUMBER_WORD
    + r"(?:[\s-]+"
    + NUMBER_WORD
    + r")*)\s*"
    r"(?:" + _BOUGHT_BY + r"|g|gr|grams?|ml|cl)\b"
    r"(?!\s*(?:/|per\b))",
    re.I,
)
# "gas was 1.59 a litre, filled up 98 bucks", "diesel at 1.65 a litre, filled the tank":
# the tank filled at that price
TANK_FILLED = re.compile(
    r"\bfill(?:ed)?\s+(?:up|(?:it|her|the\s+(?:tank|car))(?:\s+up)?)\b|"
    r"\btopped\s+up\s+(?:the\s+)?(?:tank|car)\b",
    re.I,
)
BOUGHT_SAID = re.compile(
    r"\b(?:got|bought|grabbed|picked\s+up|paid|spent|buy|get|grab)\b|" + TANK_FILLED.pattern, re.I
)
# A bill, a letter or a quote that arrived, not paid: "got the council tax letter. £1,987 for
# the year, ugh" (an invoice is the person's own, paid to them)
BILL_ARRIVED = re.compile(
    r"\b(?:got|received|came|arrived|just\s+had)\b(?:\s+\w+){0,4}?\s+(?:letter|bill|"
    r"notice|quote|estimate|reminder)\b|"
    r"\b(?:letter|bill|notice|quote|estimate|reminder)\s+(?:just\s+)?(?:came(?!\s+(?:to|out)\b)|arrived|landed|showed\s+up|"
    r"turned\s+up|popped\s+up|dropped)\b",
    re.I,
)
# A weight or volume bought, then the price of one unit: "1.5 kg of prawns at 24 a kilo" is a
# purchase, not a price seen ("petrol is 1.52 a litre")
_MEASURE = "(?:" + "|".join(sorted(MEASURE_UNITS, key=len, reverse=True)) + ")"
BOUGHT_BY_WEIGHT = re.compile(
    r"(?:\d|\b"
    + NUMBER_WORD
    + r")\s*"
    + _MEASURE
    + r"\b.*\b(?:at|for)\s+[€$£]?\d[\d.,]*\s*(?:p|c)?\s*(?:a|per|/)\s*"
    + _MEASURE
    + r"\b|"
    # the rate first, then how much was taken: "petrol 105.40 per litre, filled 20 litres",
    # "apples 2.40 a kg, bought 3 kg"
    r"\d\s*(?:p|c)?\s*(?:a|per|/|the)\s*"
    + _MEASURE
    + r"\b[^.!?]*?\b(?:filled|fill|put\s+in|pumped|got|bought|took|topped\s+up(?:\s+with)?)\s+"
    r"(?:in\s+)?(?:about\s+|around\s+)?\d[\d.,]*\s*" + _MEASURE + r"\b",
    re.I,
)
# Crypto-assets: the ledger keeps money, and the app drafts no crypto transfer, trade or
# wallet payment ("send 0.05 btc to bc1q…", "buy 200 of bitcoin")
CRYPTO = re.compile(
    r"\b(?:btc|bitcoins?|eth|ether(?:eum)?|usdt|usdc|tether|crypto\w*|doge(?:coin)?|xrp|ltc|"
    r"litecoin|solana|cardano|memecoins?|altcoins?|nfts?|(?:crypto|coin|hardware)\s+wallet)\b|"
    r"\b0x[0-9a-f]{16,}|\bbc1[0-9a-z]{20,}",
    re.I,
)
# Testing the microphone or the keyboard: "test test 1 2 3", "testing one two three", "mic
# check": counting, not an amount
MIC_CHECK = re.compile(
    r"\W*(?:(?:test(?:ing)?|mic|check|hello|hi|one|two|three|four|five|[1-5])\W*)*"
    r"(?:test(?:ing)?|mic|check)(?:\W*(?:test(?:ing)?|mic|check|one|two|three|four|five|[1-5]))*\W*",
    re.I,
)
MONEY_BACK = re.compile(
    r"\b(?:refund\w*|rebate|" + _MONEY_BACK_WORD + r"|returned?|repaid|reclaim\w*|credit(?:ed)?|"
    r"owed\s+me)\b",
    re.I,
)
# Paid to the person, said first: "got paid for the translation job, 640 …", "I got a two k
# bonus this month"; a tax or a deposit named later in the story is no payment out
GOT_PAID_FIRST = re.compile(
    r"^\W*(?:(?:so|well|yay|finally|ok|okay)\W+)*(?:i['’]ve\s+|i\s+have\s+|i\s+)?(?:just\s+|finally\s+)?"
    r"(?:got|been|was|get|getting)\s+paid\b|"
    # ("Today I receive salary 285,000 yen.": a learner's present, the day first, no article)
    r"^\W*(?:today\s+|this\s+morning\s+|yesterday\s+)?(?:i\s+)?(?:just\s+|finally\s+)?"
    r"(?:got|received|receive|get)\s+(?:(?:my|a|the|an)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:bonus|salary|pay|paycheck|paycheque|wages|pension|payout|commission)\b",
    re.I,
)
# Pay that arrived: "my pay came in, 2400", "wages landed 1,940", "pension's hit"
# Savings clubs whose members take the pot in turn ("mi pardna hand come through", "took my
# gam'eya today", "stokvel payout"), as people call them from Jamaica to Egypt to Manila
SAVINGS_CLUB = (
    r"(?:(?:pardna|partner)\s+hand|pardna|susu|sou-?sou|gam['’]?[ei]ya|stokvel|chit\s+fund|tontine|"
    r"tanda|cundina|paluwagan|esusu|ajo|chama|committee\s+money)"
)
PAY_ARRIVED = re.compile(
    r"\b(?:pay|wages?|salary|pay\s*check|pay\s*cheque|pension|bonus|allowance|stipend|"
    + SAVINGS_CLUB
    + r"(?:\s+payout)?|"
    r"dividends?|payout|commission|benefits?|child\s+benefit|maintenance|(?:student\s+)?loan|"
    r"grant|bursary|invoice|gratuity|severance)(?:\s+payment)?(?:'s|\s+has|\s+have|\s+is|\s+just|\s+finally)*\s+"
    # ("My salary arrive today, 1.850 €": the present as learners tell it)
    # (not a time to come: "stokvel payout is in december")
    r"(?:came(?:\s+through)?|come|arrived?|arrives|landed|hit|cleared|dropped|went\s+in|"
    r"is\s+in\b(?!\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|next|a\s+few|"
    r"two|three|\d+\s+(?:days|weeks))\b)|in\b(?=\s*[,.!]))\b|"
    # "Got my 13th month pay today ₱32,400", "Today entered the 13th salary, R$ 4.380,00"
    r"\b(?:got|received|entered|receive)\s+(?:my|the|our)\s+(?:\w+\s+){0,2}(?:pay|wages?|salary|pay\s*check|"
    r"pay\s*cheque|pension|bonus|allowance|stipend)\b|"
    # "i took my gam'eya today, 10,000 LE": the club's pot, the person's turn
    r"\b(?:took|got|received|collected|picked\s+up)\s+(?:my|our|the)\s+"
    + SAVINGS_CLUB
    + r"(?!\s+(?:share|contribution|part))\b|"
    # "end of service gratuity 18,750 dirhams landed finally"
    r"\b(?:gratuity|severance|bonus|salary|wages)\s+[$€£]?\d[\d.,]*k?\s*(?:[a-z]+\s+)?(?:landed|arrived|came\s+in|hit|cleared)\b|"
    r"^pay\s*day\b(?!\s+loans?)|"  # "pay day! 2,430.55 landed"
    # "direct deposit this morning 1,862.40", "1,862.40, direct deposit": pay that came in
    # (not a direct deposit to set up or change: a support topic)
    r"^(?!.*\b(?:set\s*up|setup|change|switch|form|how|when|where|why|what)\b)"
    r"(?=.*\d).*\bdirect\s+deposit\b|"
    # "OAS payment of $727.67 arrived on the 27th", "the payment from Hendricks came in"
    r"\bpayment\s+(?:of\s+[$€£]?\d[\d.,]*\s*(?:[a-z]{1,3}\s+)?|from\s+\w+(?:\s+\w+)?\s+)?"
    r"(?:has\s+|just\s+|finally\s+)*(?:came\s+in|came\s+through|arrived|landed|cleared|went\s+in)\b|"
    # "studylink 281.40 in today": an amount said to have come in
    r"^(?!.*\b(?:spent|paid|bought|put|popped|stuck)\b)[\w'’ -]{0,30}[$€£]?\d[\d.,]*k?\s+in\s+"
    r"(?:today|this\s+morning|yesterday|just\s+now)\b(?!['’]s)|"
    # "airbnb 320 in": an amount said to be in, ending the message
    r"^(?!.*\b(?:spent|paid|bought|put|popped|stuck)\b)[\w'’ -]{1,30}\s[$€£]?\d[\d.,]*k?"
    r"\s+in\s*[.!]*$|"
    # "Rs 1,50,000 from the Sharma project finally came": money from a job arrived
    r"\bfrom\s+(?:the\s+|my\s+|a\s+)?(?:[\w'’]+\s+){0,3}(?:project|client|job|gig|contract|customer|"
    r"employer|buyer|tenant|invoice|commission)\b[^.!?]*?\b(?:came|arrived|landed|cleared|hit|"
    r"went\s+in)\b|"
    # "tips tonight were 142 in cash": a worker's tips
    r"^\W*(?:my\s+)?tips\s+(?:tonight|today|this\s+week|last\s+night|yesterday)\s+(?:were|came\s+to|"
    r"totall?ed)\b|"
    # "Rob's pay 1,412.30", "my wages 1,940": whose pay, then how much
    r"^(?:my|our|[a-z]+['\u2019]s)\s+(?:pay|wages?|salary|pay\s*check|pay\s*cheque|pension)\s+"
    r"[$€£]?\d",
    re.I,
)
# Someone else's money: "my brother earns 3000", "she spent 40 on shoes" ("they paid me
# 200" is the person's).
# Someone else's pay told: "dev's paycheck was 1,900 this week", "Sam's bonus was 2k", "her
# salary went up" (not "this year's bonus was 2k": the person's own; nor "Mike's paycheck
# hit, 2,684.12": the household's income arrived)
OTHERS_PAY_TOLD = (
    r"\b(?:his|her|their|(?!(?:year|month|week|today|tonight|yesterday|work|company|employer|job|"
    r"firm|office|christmas|xmas)['\u2019]s)[a-z]+['\u2019]s)\s+(?:\w+\s+)?(?:pay\s*(?:check|cheque|"
    r"packet)|paycheck|paycheque|salary|wages|bonus|pension|commission|earnings)(?:\s+\w+)?\s+"
    r"(?:was|is|were|are|went|goes|will|has\s+gone)\b(?!\s+(?:in|into|through|paid|deposited|here)\b)"
)
# A payment someone else will make: "the insurance company will pay the two thousand for the
# windscreen", "work's going to cover the hotel" (not the person's to draft)
OTHERS_WILL_PAY = re.compile(
    r"\b(?!(?:i|we|you|u|who|which|what|that|it)\b)[a-z]+(?:\s+(?:company|firm|office))?\s+"
    r"(?:will|'ll|is\s+going\s+to|'s\s+going\s+to|is\s+gonna|'s\s+gonna|are\s+going\s+to|are\s+gonna|"
    r"should|has\s+to|have\s+to)\s+(?:pay|cover|reimburse|refund|foot|transfer|send|give|lend|venmo)\b",
    re.I,
)
# After "my": anything but the person's own account ("my mum sent 100 to my account" came
# to the person; "… to my brother" went to someone else)
_NOT_MY_OWN_ACCOUNT = r"(?!" + OWN_ACCOUNT + r"\b)"
# Money a relative sent or gave to someone else: "mum sent 200 to my brother for his rent"
GIVEN_TO_A_THIRD = (
    r"^(?:my\s+)?(?:dad|mum|mom|mam|nan|nana|gran|granny|grandma|grandpa|grandad|granddad|uncle|"
    r"auntie|aunt|parents|folks|brother|sister|wife|husband|partner)\s+(?:just\s+|also\s+)?"
    r"(?:sent|gave|lent|transferred)\s+[$€£]?\d[\d.,]*k?\s+(?:\w+\s+)?to\s+"
    r"(?:my\s+" + _NOT_MY_OWN_ACCOUNT + r"|his\s+|her\s+|their\s+)\w+"
)
# Given to someone else by someone else: "Husband's boss gave him a £500 bonus"
GIVEN_TO_SOMEONE_ELSE = (
    r"\b(?!(?:i|we|and|just|also|then|i've|we've)\b)[a-z]+\s+gave\s+(?:him|her|them)\b(?!\s+back)"
)
SOMEONE_ELSES = re.compile(
    # "Anna's lunch was separate, 29.80, she paid herself": theirs, paid by them
    r"\b(?:he|she|they)\s+(?:already\s+)?paid\s+(?:for\s+)?(?:himself|herself|themselves|"
    r"(?:his|her|their)\s+own)\s*(?:[.!;]|$)|"
    # "my brother's car cost 18k": a thing of someone else's
    r"^(?:my\s+)?(?:brother|sister|mum|mom|dad|friend|mate|neighbou?r|boss|cousin|wife|husband|"
    r"partner|son|daughter|flatmate|roommate)['\u2019]s\s+(?:new\s+)?\w+(?:\s+\w+)?\s+"
    r"(?:cost|costs|was|is)\b|"
    # "Tunde said he made 500k", "he's on 2,300 a month now": another person's money, told
    r"\b(?:said|says|told\s+me|reckons)\s+(?:that\s+)?(?:he|she|they)(?:'s|'d|'ll|'re|\s+\w+)\b|"
    r"\b(?:he|she)(?:'s|\s+is)\s+on\s+[$€£]?\d|"
    # "our neighbours pay 3'800 rent for the same flat": what others pay, told
    r"^(?:our|my)\s+(?:neighbou?rs|friends|colleagues|cousins|parents|in-laws|flatmates|roommates)\s+"
    r"(?:only\s+|also\s+)?(?:pay|spend|earn|get)\s+(?:only\s+)?[$€£]?\d[^.!?]*?\b(?:we|i)\s+"
    r"(?:only\s+)?(?:pay|spend|earn|get)\b|"
    # "the mrs spent 60 euro in Penneys": a partner's spending, told
    r"^(?:so\s+|well\s+)?the\s+(?:mrs|missus|misses|wife|hubby|husband|other\s+half|kids)\s+(?:\w+\s+)?"
    r"(?:spent|paid|bought|blew|dropped|got)\b(?!\s+(?:me|us)\b)|"
    # "my daughter needs to pay her phone bill 30": someone else's bill
    r"\b(?:needs?|has|have|wants?|got)\s+to\s+pay\s+(?:his|her|their)\b|"
    # "the electricity bill of my parents came 230 euros": theirs, as learners say whose
    # (never one the person paid: "paid the electricity bill of my parents, 230")
    r"^(?![^.!?]*\b(?:paid|pay|paying)\b)[^.!?]*?"
    r"\bthe\s+(?:[^\W\d]+\s+){0,2}(?:bills?|rent|fees?|invoice|loan|mortgage|tuition)\s+of\s+(?:my|our)\s+"
    r"(?:(?:little|big|older|younger)\s+)?(?:parents|mum|mom|dad|mother|father|brother|sister|"
    r"grandma|grandpa|grandparents|son|daughter|cousin|uncle|aunt|neighbou?rs?|friend)\b|"
    # "mate reckons his new tinny cost him 30 grand"
    r"\b(?:cost|set)\s+(?:him|her|them)(?:\s+back)?\b|"
    + OTHERS_PAY_TOLD
    + r"|"
    + GIVEN_TO_SOMEONE_ELSE
    + r"|"
    + GIVEN_TO_A_THIRD
    + r"|"
    r"^(?:(?:dad|mum|mom|nan|nana|gran|granny|grandma|grandpa|grandad|granddad|uncle|auntie|aunt)"
    r"\s+(?:just\s+)?"
    # (not "dad sent the 5k finally": the money awaited, come to the person)
    r"(?:got|gets|spent|earns?|earned|paid|bought|made|gave|sent|lent)\s+(?:his|her|their|a|an|"
    r"the(?!\s+[$€£₦]?\d)|"
    # "Grandad gave my little brother 50 pounds for his birthday"
    r"my\s+(?:\w+\s+)?(?:brother|sister|cousin|son|daughter|kids?|nephew|niece))\b)|"
    r"^(?:(?:i\s+think|apparently|i\s+guess|i\s+reckon|so|well|looks\s+like)\s+)?"
    r"(?:my\s+(?:(?:little|big|older|younger|best|ex|step)[\s-])?(?:brother|sister|mom|mum|dad|"
    r"father|mother|wife|husband|partner|friend|boss|son|daughter|kids?|roommate|flatmate|"
    r"colleague|cousin|uncle|aunt|auntie|nan|nana|gran|grandma|grandpa|granny|grandad|granddad|"
    r"grandmother|grandfather|nephew|niece|"
    r"neighbou?r|mate|bf|gf|boyfriend|girlfriend|in-laws?|mother-in-law|father-in-law|bro|sis|bestie|cuz|"
    r"coworker|co-worker|housemate)|she|he|they)\s+(?:\w+\s+)?"
    r"(?:spent|spends|paid|pays|earns?|earned|makes?|made|bought|buys|gets|got|owes?|tipped|"
    # money given to someone else: "she sent 500 to her parents", "gave my sister 100"
    r"(?:sent|sends|gave|gives|lent|lends|transferred)(?=\s+(?:[$€£]?\d[\d.,]*k?\s+)?(?:to\s+)?"
    r"(?:his|her|their|my\s+" + _NOT_MY_OWN_ACCOUNT + r"\w+)\b)|"
    # "my wife moved 1k into her own savings"
    r"(?:moved|put|shifted)(?=\s+[$€£]?\d[\d.,]*k?\s+(?:into|to|in)\s+(?:his|her|their)\b))\b"
    # "paid her share", "paid back the 100 he owed me": to the person
    r"(?!\s+(?:me|us|(?:his|her|their)\s+(?:share|part|half))\b)"
    r"(?!\s+back\b[^.!?]*\b(?:owed|owes|borrowed\s+from)\s+(?:me|us)\b)",
    re.I,
)
# Someone named spent or earned it ("Maria spent 20 on gas", "Kevin got paid 500", "Dad paid
# 60 for his own haircut"): their money, not the person's entry; read on the text as written
# (a capitalized first word that is not "I")
NAMED_SOMEONE_ELSES = re.compile(
    r"^(?!(?:I|We|You|Just|Also|Today|Yesterday|Tonight|Finally|Then|So|Ok|Okay|Oh|Um|Uh|Hey|Hi|"
    r"Well|Already|Recently|Earlier|Actually|And|But|Lol|Literally|Only|Never|Once|Again|"
    r"Customer|Customers|Client|Clients|Tenant|Tenants|Employer|Work|Boss|Company|Insurance|"
    r"Council|Uber|Deliveroo|Etsy|Ebay|Patient|Student|"
    # money that comes to the person, or the tax office paying it back: "Interest paid on
    # savings 3.87", "Bonus is paid.", "Finanzamt has paid the 620 € back today"
    r"Interest|Bonus|Salary|Wages?|Pension|Dividends?|Refund|Cashback|Commission|Overtime|"
    r"Finanzamt|Hmrc|HMRC|Irs|IRS|Cra|CRA|Ato|ATO|Impots|Revenue|"
    # a verb or a word said before a verb, not a name: "Have paid 4,80 …", "Got paid!"
    r"Have|Has|Had|Got|Get|Gets|Was|Were|Been|Being|Still|Finally|Already|Recently|Yes|Yeah|"
    r"Yep|Ugh|Wow|Omg|Lol|"
    # the person giving in, said without "I": "Caved and bought the briefcase", "Went and
    # bought", "Decided to buy", "Treated myself"
    r"Caved|Went|Decided|Treated|Ended|Eventually|"
    # "Mi buy hair …", "Ah spend 60 dollars …": "I" as Caribbean English says it
    r"Mi|Ah|Me|Meh|Mih|A)\b)"
    # ("Mr Rami paid his old debt, 150$": paid to the person)
    r"(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?:spent|bought|earned|got\s+paid|dropped|blew|"
    # ("Invoice paid by Harlow & Webb: £1,850.00": a thing paid, by someone to the person)
    r"paid(?!\s+(?:me|us|back|by|(?:his|her|their)\s+(?:old\s+)?(?:debt|share|part|half|dues|tab))\b)|"
    r"splurged|wasted)\b|"
    # "Kevin owes everyone money and still bought a PS5 for 549": no word of the person's own
    # "Javi spend 90 euro for one dinner yesterday, crazy"
    r"(?!.*\b(?i:i|me|my|we|us|our)\b)[A-Z][a-z]+\s+(?:spend|spends|buy|buys)\b|"
    r"(?!.*\b(?i:i|me|my|we|us|our)\b)[A-Z][a-z]+\s+(?:owes|has|is|was|always|never|still|"
    r"just|went|and)\b(?:\s+[a-z]+){0,6}?\s+(?:spent|bought|earned|got\s+paid|paid)\b)"
    # ("Tom bought my old ps4 for 90": a thing of the person's, sold to Tom)
    r"(?!\s+(?:me|us|back|out|(?:his|her|their)\s+(?:share|part|half)|(?:the\s+|my\s+|our\s+)?invoice|"
    r"(?:my|our)\s+(?:old|used|spare|second-?hand))\b)"
)
# Money the person gave back to someone: it left them, so it is never a refund they got
# ("gave Sam 20 back", "paid her back 15"); "gave me 20 back" is one.
GAVE_BACK = re.compile(
    r"(?:^|\b(?:i|we)\s+(?:(?:have|had|just|already|then)\s+)*|\b(?:and|then)\s+)"
    # (goods sent back: "sent the jacket back, they refunded 49,95")
    r"(?!(?:sent|send)\s+(?:(?:it|them)\s+|(?:the|my|our|those|these)\s+(?:[^\W\d]+\s+){1,3})?"
    r"back\b(?!\s+(?:to\b|\S*\d)))"
    r"(?:gave|give|giving|paid|pay|paying|sent|send|handed|hand)\s+(?!me\b|us\b)(?:\S+\s+){0,3}"
    r"back\b(?!.*\bto\s+(?:me|us)\b)",
    re.I,
)  # the person gives money back ("I gave Sam 20 back", "give back 30 to Priya"), not a
# shop that pays it back to them ("Otto has paid back 59,99", "they give back 15 to me")
# nor goods sent back ("refunded 249.99 for the monitor I sent back")
# A refund asked for, disputed or refused, not one received.
REFUND_ASKED = re.compile(
    r"\b(?:(?:i|we)\s+(?:want|need|would\s+like)\s+(?:a|my|the|our|it|them|back|"
    r"to(?!\s+(?:record|log|add|note|enter|register|put\s+(?:in|down)|track)\b))|want\s+my|"
    r"get\s+(?:a|my|the|it|them)|request|claim|ask(?:ing)?\s+(?:for|them)|how\s+(?:do|can)\s+i|"
    r"how\s+i\s+can|must|should|refuses?d?|says?\s+no|won'?t|supposed\s+to|still\s+waiting)\b|"
    # not given back: "amazon still hasnt refunded my 29.99", "boots wouldn't give me the 25 back"
    r"\b(?:has|have|did|does|do|would|will|could|wo)\s*n[o'’]?t\s+(?:yet\s+|even\s+|ever\s+)?"
    r"(?:refund(?:ed)?|give\s+(?:me\s+|us\s+)?(?:\S+\s+){0,5}?back|pa(?:y|id)\s+(?:me\s+|us\s+)?"
    r"(?:\S+\s+){0,3}?back)\b|\bstill\s+(?:hasn'?t|haven'?t|hasnt|havent|not|no)\b|"
    # a refund said to be on its way, not yet back: "the refund of 84 takes up to 20 days",
    # "refund of 40 is being processed", "they say the refund will come next week"
    r"\brefund\b(?!" + _IN_ONE_SENTENCE + r"\b(?:got|received|came\s+(?:in|through)|arrived|landed|"
    r"is\s+in|went\s+(?:in|through)|cleared|showed\s+up)\b)"
    + _IN_ONE_SENTENCE
    + r"\b(?:takes?|taking|will\s+take|"
    r"(?:can|could|may|might)\s+take|(?:is\s+)?being\s+processed|(?:is\s+)?pending|"
    r"should\s+(?:arrive|come|land|be\s+back|be\s+in)|will\s+(?:arrive|come|land|be\s+back|be\s+in)|"
    # ("Zalando write that refund come in 14 days": days still to wait, the "will" unsaid)
    r"(?:comes?|arrives?|lands?)\s+(?:with)?in\s+(?:\d{1,2}|a\s+few|a|two|three|five|ten)\s+"
    r"(?:business\s+|working\s+)?(?:days?|weeks?)|"
    r"(?:is\s+)?on\s+(?:its|the)\s+way)\b",
    re.I,
)
# Questions that ask about something rather than ask for it; a polite request anywhere
# ("…, can you set up a payment to her?") still asks for an action.
# "did" asks when someone or something follows ("did I …", "did my electric …"); "did mobile
# recharge 500 taka" is a learner's past tense, said of the person
# "did a night shift, 140": work done, said in the past, not a question
# A payment by its kind and its figure, said done: "a pix of 150", "a bank transfer of 200"
# ("did a pix of 150 to the diarista today", "made a bank transfer of 200 to my landlord")
PAYMENT_OF_A_FIGURE = (
    r"(?:\w+\s+)?(?:pix|transfer|e-?transfer|payment|wire|upi|zelle|venmo|interac|blik|twint)\s+"
    r"(?:of\s+)?(?:[$€£₹]|r\$)?\s?\d"
)
_WORK_DONE = (
    r"(?!\s+(?:a|an|my|another)\s+(?:\w+\s+)?(?:shift|gig|double|job)\b)"
    # ("did a pix of 150 to the diarista today": a payment told done, its figure said)
    r"(?!\s+(?:a|an)\s+" + PAYMENT_OF_A_FIGURE + r")"
)
_DID_ASKS = (
    r"(?!\s+(?!(?:i|you|we|they|he|she|it|my|our|the|a|an|this|that|anything|any|all)\b)[a-z]+\s)"
)
QUESTION_VETO = re.compile(
    r"^(?:how|why|when|where|what|which|who|whose|whats|hows|do(?!\s+(?:one|this|that|me|"
    r"it)\b)|does|did"
    + _WORK_DONE
    + _DID_ASKS
    + r"|should|shall|is|are|isn't|aren't|am\s+i|have\s+i|has|any)\b",
    re.I,
)
REQUEST_INSIDE = re.compile(
    r"\b(?:can|could|would|will)\s+you\b|\bplease\b|\bpls\b|\b(?:add|log|record|write)\s+"
    r"(?:it|that|this)\b|\bset\s+(?:it|that|this)\s+up\b|"
    # "…, she insisted on paying me 300. Add as freelance income": the kind to write it as
    r"(?:^|[.!;]\s+)(?:add|log|record|put)\s+(?:it\s+)?(?:as|under)\s+(?:\w+\s+){0,2}"
    r"(?:income|expense|refund|earnings)\b|"
    # "can we set a limit of 400 a month for groceries?"
    r"\b(?:can|could|shall)\s+we\s+(?:please\s+)?(?:set|make|put|add|log|create|start)\b|"
    # a sentence of its own that asks it written: "… €82.45 in the end. Put that in for me?"
    r"(?:^|[.!?;,]\s*)(?:just\s+|please\s+|pls\s+)?(?:put|pop|stick|bung|jot|write)\s+"
    r"(?:it|that|this)\s+(?:in|down|under)\b",
    re.I,
)
# Money someone else paid the person: "my client has paid 450", "invoice paid 1,800 by
# Acme", "jake venmoed me twenty" (not "paid by card").
PAID_BY_OTHERS = re.compile(
    r"^(?!i\b|we\b)(?:my\s+|our\s+|the\s+)?[\w'’]+(?:\s+[\w'’]+)?\s+(?:has\s+|have\s+|just\s+)?"
    # ("uncle Obi dash me 20k after church": "dash", given as a gift in West Africa)
    r"(?:paid|venmoed|sent|transferred|wired|gave|handed|slipped|dash|dashed)\s+(?:me|us)\b|"
    # "fixed a laptop for a friend, he gave me 40": the payer said after what was done
    r"(?:[,;.!]\s*|\band\s+)(?:he|she|they)\s+(?:just\s+|then\s+|kindly\s+)?(?:paid|gave|sent|handed|"
    r"slipped|transferred)\s+(?:me|us)\s+(?:a\s+)?[$€£]?\d[\d.,]*k?\s*"
    r"(?:[$€£]|dollars?|euros?|pounds?|quid|bucks|cash|in\s+cash)?"
    r"(?=\s*(?:$|[,.;!?]|for\b|as\b|back\b|and\b|so\b|which\b|tip\b|extra\b))"
    r"(?![^.!?]*\bfor\s+(?:her|his|their)\s+(?:half|share|part|bit)\b)|"
    r"^(?:the|my|our|a)\s+(?:(?!i\b|we\b|and\b|but\b)[\w'’]+\s+){1,5}(?:has\s+|just\s+|finally\s+)?"
    r"paid\s+(?:me|us)\s+(?:the\s+)?(?:rent|deposit|invoice|fee|money)\b|"
    # "Customer pay me 47,500 by transfer": a payer named first, the verb as a learner says it
    r"^(?:my\s+|our\s+|the\s+)?(?:customer|client|tenant|boss|employer|buyer|company)s?\s+"
    r"(?:pay|pays|send|sends)\s+(?:me|us)\b|"
    # "… and they pay me today eight hundred and fifty": the past told in the present
    r"\b(?:they|he|she)\s+(?:pay|pays|send|sends)\s+(?:me|us)\s+(?:today|yesterday|this\s+morning|"
    r"finally|already|now)\b|"
    # "bloke paid cash 2.2k for the deck", "the customer paid 450 for the cake": a buyer paid
    # "vinted buyer finally paid the 25 for the jacket"
    r"^(?:a\s+|my\s+|the\s+|this\s+)?(?:[\w'’]+\s+){0,2}(?:bloke|guy|lady|woman|man|customer|client|"
    r"buyer|neighbou?r|tenant)\s+(?:has\s+|have\s+)?(?:just\s+|finally\s+)?paid\s+(?:me\s+|us\s+)?"
    r"(?:cash\s+|the\s+)?[$€£]?\d|"
    r"^(?!i\b|we\b)(?:my\s+|our\s+)?[\w'’]+\s+paid\s+(?:his|her|their)\s+(?:share|part|half)\b|"
    # "Oga pay me 35k for the generator repair work": someone paid me, said in the present
    r"^(?!please\b|pls\b|kindly\b|can\b|could\b|will\b|would\b|i\b|we\b|you\b)[a-z]+\s+pay\s+me\s+"
    r"[$€£₦]?\d|"
    r"^(?!i\b|we\b)(?:my|our)\s+\w+\s+(?:has|have)\s+paid\b|"
    # "Brightlane Studio paid invoice 2041, 1,800 USD": a client paid the person's invoice
    r"^(?!i\b|we\b)[\w'’&]+(?:\s+[\w'’&]+)?\s+(?:has\s+|just\s+|finally\s+)?paid\s+(?:the\s+|my\s+|our\s+)?"
    r"invoice\b|"
    # "deliveroo paid out 276.35", "the insurance paid out 1200": paid out to the person
    r"^(?!i\b|we\b)(?:my\s+|our\s+|the\s+)?[\w'’]+(?:\s+[\w'’]+)?\s+(?:has\s+|just\s+)?"
    r"paid\s+out\b|"
    # ("paid by M-Pesa", "they better be in the olympics by summer": a way to pay, a time)
    r"\bpaid\b[^.!?;]{0,40}?\bby\s+(?!card|cash|visa|amex|mastercard|cheque|check|credit|debit|bank|"
    # ("paid by ebanking", "paid by online banking", "by the app": the person's own bank)
    r"e-?banking|(?:online|internet|net|mobile|phone|tele)[\s-]?banking|(?:the\s+|my\s+)?(?:bank(?:ing)?\s+)?app\b|"
    r"e-?transfer|interac|zelle|venmo|wire|bacs|upi|gcash|mobilepay|swish|vipps|blik|twint|"
    r"m-?pesa|momo|airtel|ecocash|bkash|nagad|paytm|phonepe|pix|gpay|alipay|wechat|revolut|wise|monzo|"
    r"transfer|paypal|apple|google|phone|the\s+card|my\b|direct\s+debit|standing\s+order|dd\b|"
    r"contactless|cheque|check|summer|winter|spring|autumn|fall|tomorrow|tonight|then|now|noon|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|next|this|the\s+(?:end|time|weekend)|end|\d|"
    # a rate: "25.– by hour, 4 hours", "by the kilo", "paid by the piece"
    r"(?:the\s+)?(?:hour|day|week|month|piece|kilo|kg|item|dozen|page|word|job|mile|km)s?\b)\w",
    re.I,
)
# The person's own part paid, nobody owing them: "lunch w/ the team at Nando's, my share was
# R245, paid on card", "Chipped in £15 for Sue's leaving present", "paid my gam'eya share 1000"
_OWN_SHARE_PAID = re.compile(
    r"^\W*(?:i\s+)?(?:just\s+|also\s+)?chipped\s+in\s+(?:[$€£]\s?)?\d[\d.,]*(?!\s*each\b)|"
    r"\bmy\s+(?:share|part|portion|cut)\s+(?:was|is|came\s+to|of\s+the\s+\w+\s+(?:was|is))\s+"
    r"(?:[$€£]|[a-z]{1,2}\s?)?\d[\d.,]*\s*,?\s*(?:paid|on\s+(?:my\s+)?card|in\s+cash|cash)\b|"
    r"\bpaid\s+my\s+(?:[\w'’-]+\s+)?(?:share|part|portion)\b",
    re.I,
)
# "Chucked a tenner in the pub quiz kitty", "put 20 in the office whip-round": the person's
# part put into a shared pot (never one of their own pots: `INTO_OWN_POT`)
INTO_A_SHARED_POT = re.compile(
    r"\b(?:put|putting|chucked|chuck|threw|throw|dropped|popped|stuck|paid)\s+(?:in\s+)?"
    r"(?:a\s+|another\s+)?(?:[$€£]\s?)?(?:\d[\d.,]*|tenner|fiver|couple(?:\s+of)?|few)"
    r"(?:\s+(?:quid|bucks|euros?|dollars?|pounds?))?\s+(?:in(?:to)?|to|towards)\s+(?:the|our|a)\s+"
    r"(?:[\w'’-]+\s+){0,3}(?:kitty|whip-?round|collection(?:\s+(?:plate|box|tin))?|tip\s+jar|"
    r"swear\s+jar|sweepstakes?|pool|charity\s+(?:tin|box|bucket))\b",
    re.I,
)
_OWED_TO_ME = re.compile(
    r"\bowes?\s+(?:me|us)\b|\bpay(?:s|ing)?\s+me\s+back\b|\bgives?\s+me\b|\bsend(?:s)?\s+me\b",
    re.I,
)


def own_share_paid(plain: str) -> bool:
    """True when the person tells the part they paid themselves and nobody owes them, or
    tells their share as the one figure said, with no other word of sharing ("had brunch
    with the girls, my share was 28 euros"; not "dinner 90, my share 30")."""
    if _OWED_TO_ME.search(plain) is not None:
        return False
    if _OWN_SHARE_PAID.search(plain) is not None:
        return True
    only_mine = (
        MY_SHARE.search(plain) is not None and SPLIT_WORDS.search(MY_SHARE.sub(" ", plain)) is None
    )
    return only_mine and len(_FIGURES.findall(plain)) == 1


_FIGURES = re.compile(r"\d+(?:[.,]\d+)*")


# The person's share of money that came in: "we won the pub quiz and my share was fifty",
# "My share of the contingency bonus, $38,500, was deposited today", "tip jar split between 9
# of us, my share Fr. 420.–" (income, not a bill split)
SHARE_RECEIVED = re.compile(
    r"\b(?:won|win|winnings|prize|jackpot|bonus|tips?|tip\s+(?:pool|jar)|payout|profits?|"
    r"commission|inheritance|deposited|paid\s+out)\b[^.!?]*"
    + _MY_SHARE_WORDS
    + r"|"
    + _MY_SHARE_WORDS
    + r"\s+(?:of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}"
    r"(?:winnings|prize|jackpot|bonus|tips|tip\s+(?:pool|jar)|payout|profits?|commission|"
    r"inheritance|pot)\b",
    re.I,
)
# Money earned: a source of income with "got", "paid", "received", "earned" and no "I paid"
# ("got 300 for the logo job", "part time job paid 380", "the client finally paid").
INCOME_SOURCE = re.compile(
    r"\b(?:job|jobs|client|clients|customer|invoice|freelance|freelancing|gig|commission|"
    r"bonus|tutoring|helping|side\s+hustle|overtime|shift|employer|boss|payout|takings|"
    r"tenant|babysitting|dividends?|pension|allowance|cash\s+job|odd\s+jobs?|side\s+job|"
    r"locum|nebenjob|minijob)\b",
    re.I,
)
# Money that came in, said with its verb first: "made 45 babysitting", "won 50 on the lottery".
EARNED_FIRST = re.compile(
    r"(?:^|[.!:]\s+)(?:(?:uh|um|so|ok|okay|well)[\s,]+)*(?:i\s+)?(?:just\s+)?(?:made|received|earned|won|found)\s+"
    r"(?:like\s+|about\s+|around\s+)?(?:[$€£]?\d|"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety)\s+(?:hundred|thousand|grand|k|quid|bucks|dollars?|euros?|"
    r"pounds?|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b|"
    r"(?:a\s+)?(?:couple|few)(?:\s+of)?\s+(?:hundred|thousand|grand|k|quid|bucks)\b|"
    r"an?\s+(?:fiver|tenner|grand)\b)|"  # "found a fiver in my coat"
    r"(?:^|[.!]\s+)(?:(?:so|um|uh|ok|okay|well|and)[,\s]+)*(?:i\s+|we\s+)?(?:just\s+|finally\s+)?sold\b|"
    # a learner's "sell" for what was sold, on a day said: "today sell pad thai 84 plate, 50
    # baht each", "I sell my car to my cousin for 3.5k pounds, he pay today"
    r"(?:^|[.!]\s+)(?:(?:today|yesterday|this\s+morning)[,\s]+(?:i\s+|we\s+)?sell\b|"
    r"(?:i\s+|we\s+)?sell\b(?=[^!?]*\b(?:today|yesterday|this\s+morning|last\s+\w+|ago)\b)|"
    # or a count of things sold at a price each: "I sell 3 bolos for my neighbour, R$ 45 each"
    r"(?:i|we)\s+sell\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+[^\W\d]+"
    r"(?=[^!?]*\beach\b))|"
    # sold by a shop or a site for the person: "eBay sold my old Barbour jacket for £65"
    r"^\W*(?!i\b|we\b)[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:has\s+|just\s+|finally\s+)?sold\s+my\b|"
    # a thing of the person's that someone bought from them: "a guy bought my old bike for
    # 120", "someone bought my old docs for £35"
    r"(?:^|[.!,:]\s+)(?:(?:so|and)\s+)?(?!i\b|we\b)(?:someone|somebody|a\s+[\w'’-]+|the\s+[\w'’-]+|[A-Z][\w'’-]*)"
    r"\s+(?:has\s+|just\s+|finally\s+)?bought\s+(?:my|our)\s+(?:old|used|spare|second-?hand)\b|"
    # work done for pay: "babysat for 4 hours at 15 an hour", "tutored 2 kids today, 60"
    r"(?:^|[.!:]\s+)(?:i\s+)?(?:just\s+)?(?:babysat|babysitted|tutored|dog[\s-]?sat|house[\s-]?sat|"
    r"pet[\s-]?sat|walked\s+(?:[\w'’]+\s+){0,2}dogs|did\s+(?:a|an|the|my|another)\s+(?:\w+\s+)?(?:shift|gig|double)|"
    # "mowed lawns 60", "cut 3 lawns today 75", "cleaned 2 houses, 90": chores done for others
    r"(?:mowed|cut|did)\s+(?:\d+\s+|two\s+|three\s+|four\s+|a\s+few\s+)?(?:the\s+)?(?:neighbou?rs['’]?\s+)?lawns|"
    r"cleaned\s+(?:\d+|two|three|four)\s+(?:houses|flats|apartments|offices)|"
    r"worked\s+(?:a|an|the|my|another)\s+(?:\w+\s+)?(?:shift|gig|double))\b",
    re.I,
)  # at the start of a sentence: "Busy morning at the market. Sold jam for 86."
EARNED = re.compile(
    r"^(?:got|received|earned|made|was\s+paid|got\s+paid)\b|\b(?:came|cleared|landed)\b|"
    r"\b(?:payout|takings)\b|\bfrom\s+(?:the\s+|my\s+)?tenant\b|"
    r"^(?!i\b|we\b|paid\b|pay\b)(?:[\w',]+\s+){0,5}?(?:finally\s+)?paid\b|"
    # "Locum shift at St Mary's, 12.5 hours at £85/hr, paid today": the person was paid
    r"(?:[,;.]\s*|(?<=\d)\s+)(?:got\s+|was\s+)?paid\s+(?:today|yesterday|tonight|this\s+morning|in\s+cash|cash)\s*[.!]*$",
    re.I,
)
# A question about money received ("how much did i earn this month", "my income in
# october"): answered from the income side of the ledger, never carded as an entry.
INCOME_QUESTION = re.compile(
    r"\bhow\s+much\s+(?:money\s+|income\s+)?(?:did|have|do)\s+i\s+(?:earn|make|made|receive|"
    r"get\s+paid|bring\s+in|take\s+home)\b|\bhow\s+much\s+(?:did\s+i\s+)?earned\b|"
    r"\bhow\s+much\s+income\b|\bwhat(?:\s+(?:was|is|were|are)|'s|s)\s+my\s+(?:total\s+)?"
    r"(?:income|earnings)\b|^(?:show\s+(?:me\s+)?)?(?:my\s+|total\s+)(?:total\s+)?"
    r"(?:income|earnings)\s*\??$|^(?:show\s+(?:me\s+)?)?(?:my\s+|total\s+)?(?:total\s+)?"
    r"(?:income|earnings)\s+(?:in|for|this|last|since)\b",
    re.I,
)
# Paying someone through a payment app: "venmo lily 8", "cashapp 25 to marcus".
PAY_APP_NAME = (
    r"(?:venmo|cash\s*app|zelle|paypal|revolut|wise|lydia|tikkie|bizum|mobilepay|vipps|swish|blik|"
    r"twint|satispay|interac|e-?transfer|g\s*pay|google\s+pay|paynow|paylah|"
    r"phonepe|paytm|upi|gcash|momo|m-?pesa|pix)"
)
PAY_APP = re.compile(r"^" + PAY_APP_NAME + r"\b", re.I)
# A payment the person still has to make, said first: "Need to pay Dave the plumber £185 …",
# "need to venmo Tyler $23.50 bc he covered my half of the pizza last week"
STILL_TO_PAY = re.compile(
    r"^\W*(?:i\s+)?(?:need|have|got)\s+to\s+(?:pay|send|transfer|" + PAY_APP_NAME + r")\b", re.I
)
# A travel card or a phone topped up: bought, like a ticket ("ez-link top up $30", "topped
# up my oyster 20", "airtime top up 500"); not a bank card or an account topped up
_TOPPED_UP_THING = (
    r"(?:oyster|ez-?link|octopus|opal|myki|presto|at\s+hop|hop|clipper|ventra|leap|navigo|"
    r"suica|pasmo|t-?money|go\s+card|smartrider|metrocard|compass|phone|mobile|airtime|data|"
    r"sim|prepaid\s+phone|phone\s+credit|travel\s+card|transit\s+card|bus\s+card|"
    # a prepayment meter: "electricity top up 20", "topped up the gas meter"
    r"electric(?:ity)?|gas|meter|electric\s+meter|gas\s+meter)"
)
TOP_UP_BOUGHT = re.compile(
    rf"\b{_TOPPED_UP_THING}(?:\s+card)?\s+(?:top(?:ped)?[\s-]?ups?|recharged?)\b|"
    rf"\brecharged?\s+(?:my\s+|the\s+)?{_TOPPED_UP_THING}\b|"
    rf"\btop(?:ped)?[\s-]?up\s+(?:my\s+|the\s+)?{_TOPPED_UP_THING}\b",
    re.I,
)
# Putting money into one's own savings, fund or pot: "put 50 into the holiday savings",
# "500 checking -> savings", "100 → emergency fund".
INTO_OWN_POT = re.compile(
    # "put 20k in the RD", "75 to the TFSA this payday": the verb said or left out
    # (after a short exclamation: "Payday!! Moving 300 into the emergency pot")
    r"^(?:(?:[^.!?\d]{1,30}[.!?]+\s*)?"
    # ("right, stick £300 in the ISA then": a word of agreement first)
    r"(?:(?:ok(?:ay)?|right|alright|so|cool|great|fine|yeah|yes|sure|good)[\s,]+)?"
    r"(?:i\s+|we\s+|i'?m\s+)?(?:put|putting|stick|sticking|stuck|pop|popped|popping|chuck|chucked|throw|"
    r"threw|bung|bunged|shift|shifted|shifting|add|added|adding|move|moved|moving|load|loaded|"
    r"stash|stashed|stashing|set\s+aside|top\s*-?up|paid)\b.*|[$€£]?\d[\d.,]*k?\s+)"
    r"\b(?:into|in|to|on|onto)\s+(?:my\s+|the\s+|our\s+)?"
    r"(?:[\w']+\s+){0,2}(?:savings|saving|account|acc|acct|fund|pot|jar|isa|tfsa|rrsp|pension|venmo|"
    r"paypal|cash\s*app|revolut|wise|"
    r"livret\s*\w*|kiwisaver|super|superannuation|401k|ira|roth|sipp|lisa|rd|fd|ppf|e-?wallet|wallet|"
    r"resp|fhsa|hsa|529|(?:term|fixed)\s+deposit|"
    r"offset|tagesgeld|sparkonto|spaarrekening|conto\s+risparmio|poupan[cç]a|caixinha|cofrinho)\b|"
    r"(?:->|→|=>)\s*(?:my\s+|the\s+)?(?:[\w']+\s+){0,2}?(?:savings|checking|account|fund|pot)\b|"
    # "send 300 to my savings", "transfer 1k … to ISA" (not "to Tom's account")
    r"^(?:send|transfer|top\s+up|sweep)\b.*\b(?:into|to)\s+(?:(?:(?:my|our)\s+(?:\w+\s+){0,2})?"
    r"(?:savings|saving|isa|pot|jar|rainy\s+day\s+fund)|(?:my|our)\s+(?:\w+\s+){0,2}"
    r"(?:account|fund))\b",
    re.I,
)
# Banks, e-money wallets and brokers a person keeps money with: "to my Revolut", "from my
# Opay to my GTBank" move money between their own accounts
OWN_MONEY_PLACES = (
    r"(?:revolut|monzo|starling|wise|n26|bunq|paypal|opay|palmpay|kuda|gtbank|gtb|access|"
    r"zenith|m-?pesa|mpesa|chime|cash\s*app|ally|chase|barclays|hsbc|santander|lloyds|natwest|"
    r"halifax|nationwide|amex|capital\s+one|discover|citi|wells\s+fargo|td|rbc|scotiabank|bmo|"
    r"cibc|tangerine|wealthsimple|commbank|anz|westpac|nab|ing|boursorama|fortuneo|"
    r"vietcombank|techcombank|mb\s*bank|momo|zalopay|gcash|maya|trading\s*212|vanguard|"
    r"fidelity|schwab|robinhood|nubank|mercado\s*pago|paytm|phonepe|sbi|hdfc|icici|"
    # savings and retirement wrappers: "to my Roth IRA", "to the CPF SA", "into my TFSA"
    r"(?:roth\s+)?ira|401\s?k|tfsa|rrsp|fhsa|resp|lisa|isa|cpf(?:\s+(?:sa|oa|ma))?|superannuation|"
    r"super\s+fund|kiwisaver|pea|livret(?:\s+a)?|(?:fixed|term)\s+deposit|fd|ppf|hysa|brokerage|"
    # health and housing savings ("over to my HSA", "to the PEL"), letters said apart ("t f s a")
    r"hsa|fsa|pel|cel|t\s+f\s+s\s+a|r\s+r\s+s\s+p|i\s+s\s+a|"
    # Sweden's investment account, Quebec's names for the TFSA and the RRSP, Singapore's and
    # Malaysia's banks: "to ISK", "vers le CELI", "to my DBS multiplier"
    r"isk|celi|reer|dbs(?:\s+multiplier)?|posb|ocbc|uob|maybank|cimb|"
    # the same in other languages and places: "to Tagesgeld", "into the offset"
    r"tagesgeld(?:konto)?|festgeld(?:konto)?|sparkonto|buffert(?:konto)?|spaarrekening|"
    r"conto\s+risparmio|cuenta\s+de\s+ahorro|poupan[cç]a|"
    # everyday and brokerage accounts by their own names: "from Girokonto", "the conta corrente"
    r"girokonto|giro|(?:wertpapier|aktien)?depot(?<!home\sdepot)|"
    r"conta\s+corrente|compte\s+courant|cuenta\s+corriente|conto\s+corrente|"
    # savings products held in one's own name: "over to my Premium Bonds", "into the money
    # market account", "to my emergency fund"
    r"premium\s+bonds|savings?\s+bonds?|money\s+market(?:\s+(?:account|fund))?|"
    r"(?:emergency|rainy[\s-]day)\s+fund|"
    # brokers and savings wallets: "transfer 500 to trade republic", "10k to mshwari"
    r"trade\s*republic|scalable(?:\s+capital)?|degiro|etoro|m-?shwari|kcb\s+m-?pesa|"
    # more places' own savings, wallets and wrappers: Japan's NISA, Switzerland's pillar 3a,
    # Bangladesh's bKash and Nagad, Malaysia's ASB and EPF, Chile's CuentaRUT, Brazil's
    # caixinha and CDB, India's SIP
    r"nisa|ideco|s[äa]ule\s+3a|pillar\s+3a|bkash|nagad|asb|epf|kwsp|tabung\s+haji|"
    r"cuenta\s*rut|caixinha|cdb|tesouro(?:\s+direto)?|sip|mutual\s+funds?|demat|"
    r"offset(?:\s+account)?)"
)
# Money paid, deposited or contributed into the person's own savings: "pay 200 into my
# savings", "deposited 400 into my brokerage", "contributed 500 to my 401k" (never "into
# my account", where wages are deposited too)
PAID_INTO_OWN_SAVINGS = re.compile(
    r"^(?:i\s+|we\s+)?(?:just\s+)?(?:pay|paid|deposit(?:ed)?|contribut(?:e|ed))\s+[$€£]?\d[\d.,]*k?\s*"
    r"(?:[a-z]{1,7}\s+)?(?:in|into|to)\s+(?:my|our)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:savings|saving|pot|fund|jar|pension|" + OWN_MONEY_PLACES + r")\b"
)
# Money back said to come later: "will give back", "should refund", "'ll reimburse", "is
# going to cover"
MONEY_BACK_LATER = (
    r"(?:will|'ll|should|shall|is\s+going\s+to|are\s+going\s+to|going\s+to|gonna)\s+(?:\w+\s+)?"
    r"(?:give\s+(?:me\s+)?back|pay\s+(?:me\s+)?back|refund|reimburse|cover)"
)
# A word for one of the person's own accounts: "checking", "savings", "my Revolut"
OWN_ACCOUNT_WORD = (
    r"(?:savings?|checking|chequing|current|main|joint|everyday|account|" + OWN_MONEY_PLACES + r")"
)
# "top up my savings with 150", "top up the holiday pot by 50": money moved into one's own
# pot, which "top up" (a card, a phone: support topics) otherwise never is
TOP_UP_OWN_POT = re.compile(
    r"^(?:i\s+|we\s+)?top(?:ped)?\s+up\s+(?:my\s+|the\s+|our\s+)?(?:(?:[\w']+\s+){0,2}(?:savings|saving|isa|pot|jar|"
    r"fund|account)|" + OWN_MONEY_PLACES + r")\s+(?:(?:with|by)\s+\S|[$€£]?\d)",
    re.I,
)  # and "top up my Revolut with 200 from the main account", "top up Revolut 80 € from …"
# What is left to spend in a category (a budget), not on an account (a balance).
LEFT_TO_SPEND = re.compile(
    r"\b(?:left|remaining)\s+(?:for|to\s+spend\s+on|in\s+the\s+\w+\s+budget)\b|"
    r"\b(?:can\s+i|i\s+can)\s+still\s+spend\b|\bhow\s+much\s+more\s+(?:can\s+i|i\s+can)\s+spend\b",
    re.I,
)
# Paying off one's own card from another own account is a transfer, not a payment.
PAY_OFF_OWN_CARD = re.compile(
    # "pay off my credit card", "paid 400 off my credit card", "paid off the amex, 1,200"
    r"^(?:(?:so|ok|okay|um|uh|well|and)[,\s]+)*(?:i\s+|we\s+|i'?ve\s+|we'?ve\s+)?(?:just\s+|finally\s+)?"
    # ("cleared my credit card, 1,200", "settled the amex balance 340")
    # (the card paid with is no card paid off: "paid 20 with my debit card")
    r"(?:pay|paid|clear(?:ed)?|settle[ds]?)\s+(?:[$€£]?\d[\d.,]*\s*(?!(?:with|using|via|by)\b)\w*\s+)?"
    r"(?:off\s+(?:(?:my|the|our)\s+)?|(?:my|the|our)\s+)"
    r"(?:(?:whole|full|entire)\s+)?(?:[a-z]+\s+)?(?:credit\s+card|card|visa|amex|mastercard)"
    r"(?:\s+(?:balance|bill))?\b"
    r"(?!\s+(?:for|at|on)\b)",
    re.I,
)
# Arithmetic or conversion asked of the assistant ("multiply 7 and 42", "tip on 47.50, 18%",
# "1 USD to yen"); "48 plus 10 tip" or "20 plus 5 delivery" is an expense, not a sum asked.
MATH = re.compile(
    # (not a discount's rate: "with the discount of 15% I paid 102")
    # (nor a rate of nothing: "sofa 1,200 on 0% finance")
    r"(?<!\btip\s)(?<!\btips\s)(?<!\bgratuity\s)(?<!\bdiscount\s)(?<!\bdiscount\sof\s)"
    r"(?<![\d.])(?!0+\s*%)\d+(?:\.\d+)?\s*%"
    r"(?!\s*(?:[a-z]+\s+)?(?:tip|gratuity|service|off|discount|coupon|voucher|cashback|deposit|down|"
    # a share of no money: "bubble tea 7.8 w 50% sugar", "100% cotton"
    r"sugar|ice|cotton|wool|silk|linen|battery|charged?|fat|alcohol|abv|cocoa|humidity|"
    # a way of saying "wholly": "100% worth it", "100 % sure"
    r"worth|sure|recommend|agree|legit|satisfied|happy|"
    + TAXES_ON_TOP
    + r"))|\bconvert\b|\b(?:in|to|into)\s+(?:yen|yuan|rupees?|pesos?|francs?|usd|eur|gbp|jpy|"
    r"chf|cad|aud|inr)\b(?!\s+(?:account|acct|wallet|card|pot))|\b(?:multiply|multiplied|divided?\s+by(?!\s+\d+\s+(?:with|between|among)\b)|\d+\s+times\s+\d|(?<![\d.,])\d+(?:[.,]\d+)?\s+plus\s+\d++(?:[.,]\d++)?+(?!\s*%|\s+(?!and\b|is\b|equals\b)[a-z]{3,}|\s*(?:[$€£]|dollars?|euros?|bucks|pounds?|tips?|service|delivery|shipping|postage|tax|vat|fees?|p|c|cents?|pence)\b|\s+(?:for|of)\s+(?!them\b|these\b|those\b)(?:the\s+|a\s+|my\s+)?[a-z])|minus(?!\s+(?:an?\s+|the\s+|my\s+)?[$€£]?\d[\d.,]*\s*[$€£]?\s*(?:[a-z]+\s+)?(?:coupon|voucher|discount|off|refund|shipping|postage|delivery|fees?|commission|charges?|tax))(?!\s+\d+\s*(?:°|degrees?\b|c\b|celsius\b|with\s+(?:the\s+)?wind|!|outside\b|today\b|now\b|this\s+morning\b))|square\s+root|\bsplit\s+[$€£]?\d[\d.,]*\s+by\s+\d+\b|"
    # (not "a graphing calculator, 129.99": a calculator bought)
    r"calculate|(?<!graphing\s)(?<!scientific\s)(?<!new\s)(?<!a\s)calculator|\d+\s*%\s+of\b|percent\s+of|sum\s+of\s+\d[\d.,]*\s+(?:and|plus|\+)\s+\d|add\s+\d+\s+(?:and|to)\s+\d+\b(?!\s*(?:[$€£]|dollars?|euros?|bucks)))",
    re.I,
)
# A rate of exchange written out: "1 USD = 17.2 MXN", "1€ = 27,000đ": no money of the person's
# A conversion asked with an equals sign: "today 1 dollar = how many đồng?", "100k VND = how
# much USD?" (no total of the ledger answers it)
CONVERSION_ASKED = re.compile(r"=\s*how\s+(?:much|many)\b", re.I)
RATE_OF_EXCHANGE = re.compile(
    r"(?<![\d.,])1\s*(?:[A-Z]{3}|[$€£¥])\s*=\s*[$€£¥]?\s*\d|"
    # "rupee rate today 372 for one pound", "exchange rate 1.17 to a pound"
    # (the amount's own words may come masked: "for 1        ")
    r"\brate\b[^.!?\d]{0,20}\d[\d.,]*\s+(?:for|to|per)\s+(?:(?:one|1)\b|(?:a|an|each)\s+(?:"
    + CURRENCY_NAMES
    + r")\b)",
    re.I,
)
# A share of an amount moved, paid or put aside: "move 10% of my 2,400 paycheck to savings",
# "paid 30% of the 600 deposit": a write whose amount is that share, not a sum to work out
SHARE_MOVED = re.compile(
    r"^\W*(?:(?:please|pls|ok|okay|so)\W+)?(?:i\s+)?(?:move|moved|transfer(?:red)?|send|sent|put|"
    r"pay|paid|save|saved|set\s+aside|stash(?:ed)?)\s+(?:\d{1,2}(?:[.,]\d{1,2})?\s*%|\d{1,2}\s+"
    r"per\s*cent)\s+of\s+(?:the\s+|my\s+|our\s+)?[$€£]?\d",
    re.I,
)
HELP = re.compile(
    r"^(?:(?:um+|uh+|so|ok|okay|hi|hello|hey)[\s,]+)?"
    r"(?:help|help\s+me|\?|what\s+can\s+(?:you|i)\s+(?:do|say|ask)(?:\s+(?:here|you))?|how\s+does\s+"
    r"(?:this|it|the\s+app)\s+work(?:[\s,]+(?:i'?m|i\s+am)\s+new(?:\s+to\s+(?:this|it))?)?|what\s+"
    r"(?:are\s+the\s+)?commands|show\s+(?:me\s+)?(?:the\s+)?commands|how\s+do\s+i\s+use\s+(?:this|"
    r"you|the\s+app|lingassist)|how\s+do\s+i\s+(?:add|log|record|enter)\s+(?:something|an?\s+"
    r"(?:expense|entry|transaction|purchase|receipt)|things|stuff)|what\s+(?:kind|sort)s?\s+of\s+"
    r"things\s+(?:can|am)\s+i\s+(?:able\s+to\s+)?(?:ask|say|do)(?:\s+you)?(?:,[^?.!]*)?)[?.!]*$",
    re.I,
)
QUESTION_START = re.compile(
    r"^(?:how|why|when|where|what|which|who|whose|whats|hows|wheres|whens|is|are|was|were|do|does|"
    r"did" + _WORK_DONE + _DID_ASKS + r"|can|could|will|"
    # ("had" asks with its subject next or a question mark: not "Had the best holiday in Bali …")
    r"would|should|shall|may|am|have(?!\s+to\b)|has|"
    r"had(?=\s+(?:i|you|we|they|he|she|it|my|our|the\s+\w+\s+(?:been|gone|come|arrived|cleared))\b|[^?]*\?)"
    r"(?!\s+to\b)" + _DID_ASKS + r"|any|tell\s+me|"
    r"let\s+me\s+know|i\s+(?:need|want|"
    r"would\s+like|wanna)\s+to\s+know|i\s+wonder|explain|show(?!\s+tickets?\b)|list|give\s+me|find)\b",
    re.I,
)
POLITE = re.compile(
    r"^(?:(?:can|could|would|will)\s+(?:you|anyone|somebody|someone)\s+(?:please\s+|pls\s+|kindly\s+)?|"
    r"(?:please|pls|plz|plse|kindly)\s+)"  # ("pls send Sipho R250 …": as people text it)
    r"(?:help\s+me\s+(?:to\s+)?|assist\s+(?:me\s+)?(?:with\s+|in\s+)?)?",
    re.I,
)
# A greeting before the request and thanks after it ("Good afternoon. Could you please record
# …? Thank you so much."): politeness, not part of what is asked.
GREETING = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening|day))(?:\s+there)?[\s,.!]+|"
    r"dear\s+(?:assistant|lingassist|sir(?:\s+or\s+madam)?|madam|team|app)[\s,.!]+|"
    # a sound or a laugh said first, nothing of the money: "lol got a haircut for 120", "ugh,
    # …", "sigh. …" (never "lol" alone)
    r"(?:lol|lmao|haha+|ugh+|urgh|sigh|welp|oof)[\s,.!]+(?=\S))",
    re.I,
)
# A short sentence said before the message, without a number: "hello?", "you there?", "okay."
_LEAD_IN = re.compile(r"\W*(?:[^\W\d]+[\s,]+){0,2}[^\W\d]+\s*[?!.]+\s+(?=\S)")


def lead_in_end(text: str) -> int:
    """Where the message starts after the short sentences said before it ("um, hello?
    okay. spent thirty bucks …"): 0 when there are none."""
    end = 0
    while (lead := _LEAD_IN.match(text, end)) is not None:
        end = lead.end()
    return end


# A lead-in before the request: "I hope this is the right place to ask, but I would like to…",
# "sorry to bother you, but could you…".
PREAMBLE = re.compile(
    r"^[^,]{0,80},\s*but\s+(?=(?:i\s+would\s+like|i'?d\s+like|i\s+want|i\s+need|could\s+you|"
    r"can\s+you|would\s+you|please|kindly)\b)",
    re.I,
)
THANKS = re.compile(
    r"[\s,.!?]+(?:thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much)?|thx|ty|cheers|much\s+appreciated|"
    # a request's tag: "Transfer 1k from my DBS to the CPF SA, can?", "…, ok?", "…, lah"
    r"can(?:\s+or\s+not)?\s*\?|ok(?:ay)?\s*\?|please\s*\?|can\s+you\s*\?|lah|la|leh|ya)"
    r"[\s.!?]*$",
    re.I,
)
# A fee the bank charges, the support topic (not "school fees", "club fees": things bought)
_BANK_FEES = (
    r"(?<!school\s)(?<!tuition\s)(?<!club\s)(?<!course\s)(?<!exam\s)(?<!entry\s)(?<!visa\s)"
    r"(?<!legal\s)(?<!nursery\s)(?<!registration\s)(?<!membership\s)fees?"
)
SUPPORT = any_word(
    r"translat\w+",  # "translate receipt into english pls"
    r"pin",
    r"passcode",
    r"password",
    r"lost",
    r"stolen",
    r"stole",
    r"declined?",
    r"declining",
    r"fraud\w*",
    r"unauthori[sz]ed",
    r"refund\w*",
    r"top[\s-]?ups?",
    r"topp?ing\s+up",
    r"top\s+up",
    r"topped\s+up",
    r"atm",
    r"exchange\s+rates?",
    _BANK_FEES,
    r"credit\s+score",
    r"credit\s+rating",
    r"apr",
    r"interest\s+rate",
    r"routing",
    r"w-?2",
    r"401k",
    r"rollover",
    r"rolled\s+over",
    _DIRECT_DEPOSIT_ASKED,
    r"reward\w*",
    r"points",
    r"verify",
    r"verification",
    r"identity",
    r"activate",
    r"virtual\s+card",
    r"disposable",
    r"replacement",
    r"expire\w*",
    r"pending",
    r"didn'?t\s+(?:go|arrive|work|get)",
    r"not\s+(?:working|received|recogni[sz]ed|showing)",
    r"charged\s+twice",
    r"wrong",
    r"shopping\s+list",
    r"checkbooks?",
    r"checks",
    r"reservation",
    r"reserve",
    r"table\s+for",
    r"credit\s+limit",
    r"locked",
    r"frozen",
    r"(?:is|are|been)\s+holding",  # "paypal is holding 150 of my money"
    r"on\s+hold",
    r"freeze",
    r"blocked",
    r"contactless",
    r"apple\s+pay",
    r"google\s+pay",
    r"swift",
    r"cancel",
    r"failed",
    r"beneficiary",
    r"remind\w*",
    r"autopay",
    r"damaged",
    r"revert\w*",
    r"unable",
    r"dispute",
    r"minimum",
    r"due\s+date",
    r"(?:is|be|are|coming)\s+due",
    r"divided",
    r"multiplied",
    r"square\s+root",
    r"calculate",
    r"math",
    r"duplicate",
    r"not\s+mine",
    # (not "didnt really find anything but ended up getting a jacket": no trouble told)
    r"(?:hasn'?t|has\s+not|didn'?t|did\s+not|isn'?t)\s+(?!(?:really|even|find|want|need|think|know|like|have|"
    r"mind|expect|plan|mean)\b)\w+",
)
# Support words that also appear in real expenses ("I paid 200 in taxes"): they veto a write
# only when no amount with a currency was said.
SUPPORT_WEAK = any_word(
    r"tax",
    r"taxes",
    _BANK_FEES,
    r"plus",
    r"minus",
    r"times",
    r"(?<!the\s)sum\s+of",  # not "record the sum of 64.20": an amount said formally
    r"cancell?ed",
    r"returned",
    r"atm",
)
# "budget" said of a cheap kind of thing, no spending limit: "budget airlines want 40 for a
# bag", "I booked a budget hotel, 45 a night"
_CHEAP_KINDS = (
    r"(?:airlines?|carriers?|hotels?|hostels?|motels?|accommodation|options?|brands?|versions?|"
    r"models?|supermarkets?|range)"
)
BUDGET_KIND = any_word(r"budget\s+" + _CHEAP_KINDS)
BUDGET = any_word(r"budget\w*(?!\s+" + _CHEAP_KINDS + r"\b)")
# A spending limit said without the word "budget": "set a limit of 2000 on travel", "keep
# takeout under 150 this month", "clothes 100 per month max", "cap eating out at 200".
LIMIT_SET = re.compile(
    r"\b(?:set|put|add|create)\s+(?:a\s+|my\s+|the\s+)?(?:spending\s+)?(?:limit|cap)\b|"
    r"\b(?:keep|stay)\s+(?:my\s+)?(?:[a-z]+\s+){1,2}(?:under|below|within)\s+[$€£]?\d|"
    # "Keep the garden centre to £60 a month from now on": so much for each month
    r"\bkeep\s+(?:my\s+|the\s+)?(?:[a-z'’]+\s+){1,3}(?:to|at)\s+[$€£]?\d[\d.,]*k?\s*"
    r"(?!(?:hours?|hrs?|h|mins?|minutes?|days?|times?|drinks?|cups?|pints?|kg|km|miles?|units?)\b)"
    r"\w{0,6}\s+(?:a|per|each|every)\s+(?:month|week|year)\b|"
    # "keep my spending on golf to eighty pounds a month"
    r"\bkeep\s+my\s+spending\s+on\s+(?:[a-z]+\s+){1,2}(?:to|under|below)\s+(?:[$€£]?\d|"
    + NUMBER_WORD
    + r")|"
    r"\b(?:a|per|this)\s+(?:month|week|year)\s+max(?:imum)?\b|"
    # "eating out 120 max this month", "takeaway 100 tops this month"; "this month: eating out,
    # 120 max": the most for a period, said after the figure
    r"[$€£]?\d[\d.,]*k?\s*\w{0,6}\s+(?:max(?:imum)?|tops|at\s+most)\s+(?:this|a|per|each|every)\s+"
    r"(?:month|week|year)\b|"
    r"\bthis\s+(?:month|week)\b[^.!?\d]{0,40}[$€£]?\d[\d.,]*k?\s*\w{0,6}\s+(?:max(?:imum)?|tops)\b|"
    r"\bcap\s+(?:my\s+)?(?:[a-z']+\s+){1,5}at\s+[$€£]?\d|"
    # "max 150 a month on takeaways", "limit 80 per week for coffee"
    r"^(?:max(?:imum)?|limit|cap)\s+(?:of\s+)?[$€£]?\d[\d.,]*k?\s*(?:quid|bucks|euros?|dollars?|pounds?)?\s+"
    r"(?:(?:a|per)\s+(?:month|week)\s+)?(?:on|for)\s+[a-z]|"
    # "put a 200 quid cap on takeaways", "a limit of 50 on snacks"
    r"\b(?:cap|limit|max(?:imum)?)\s+(?:of\s+[$€£]?\d[\d.,]*\s*\w*\s+)?on\s+(?:my\s+)?[a-z]|"
    # an allowance for each month given oneself: "allow 60 a month for the garden", "give
    # myself 200 a month for clothes", "Put me down for £60 a month on the garden"
    # ("Please set 80 Euro a month for the hairdresser": the allowance set)
    r"(?:\b(?:allow|give|allot|allocate|set)\s+(?:myself\s+|me\s+|us\s+|ourselves\s+)?|"
    r"\bput\s+(?:me|us)\s+down\s+for\s+)"
    r"[$€£]?\d[\d.,]*k?\s*(?:quid|bucks|euros?|dollars?|pounds?)?\s+(?:a|per|each|every)\s+"
    r"(?:month|week|year|fortnight)\s+(?:on|for)\s+(?:the\s+|my\s+)?[a-z]",
    re.I,
)
BUDGET_SET = re.compile(
    r"^(?:set|create|make|add|put|give|allocate|i\s+want|i'd\s+like|i\s+wish|let'?s|budget|limit|cap)\b|"
    r"\b(?:set|create|make|fix)\s+(?:up\s+)?(?:a|my|the)\b",
    re.I,
)
# A limit wished for is the request to set it: "I want a $50 a week limit on lottery tickets",
# "I wish to fix a budget of 400 € per month for the food", "I want a 200 monthly budget"
LIMIT_WISHED = re.compile(
    r"^(?:(?:ok|okay|so|right)\W+)?i\s*(?:want|wish|need|would\s+like|'d\s+like|d\s+like)\s+(?:"
    r"(?:to\s+(?:set|fix|have|make|put)\s+)?(?:a|an|my)\s+(?:[^.!?]{0,25}?\s)?(?:budget|limit|cap)\b|"
    # "I'd like to keep my spending on golf to eighty pounds a month"
    r"to\s+(?:keep|cap|limit)\s+my\s+(?:spending|\w+)\b)",
    re.I,
)
# A recategorization: "that was groceries", "the ikea one should be furniture (not
# household)", "that Takealot one must go under gifts", "put Woolworths under clothing";
# after a short lead-in ("do one thing, …", "sorry, …"). `what` names the transactions.
_ONE_OF_THEM = r"(?:one|bill|buy|purchase|charge|payment|transaction|expense|receipt)"
_ENTRY_WORD = r"(?:[^,]|(?<=\d),(?=\d))"  # a character of an entry's words ("the 56,40 zł at …")
RECAT = re.compile(
    r"^(?P<lead>[^,]{1,25},\s*|[^.!?]{1,60}[.!?]\s+)?(?:always\s+|from\s+now\s+on,?\s+)?(?:"
    r"(?:that|this|it|the\s+last\s+one)(?:\s+one)?"
    r"(?:\s+(?:was|is|should\s+be|belongs\s+(?:in|under|to)|goes\s+(?:in|under)|"
    r"should\s+go\s+(?:in|under|into)|should\s+be\s+(?:in|under))|['’]s|"
    r"s(?=\s+\w+[\w' -]*,?\s+not\b))\s+(?:the\s+)?(?:a\s+|an\s+)?"
    r"(?:for\s+)?(?P<cat1>[\w' -]+?)"
    r"|(?:the|that|this)\s+(?P<what1>[^,]+?)\s+" + _ONE_OF_THEM + r"\s+(?:was|is|"
    r"(?:should|must|can|has\s+to|needs\s+to|ought\s+to)\s+(?:be|go)(?:\s+(?:filed|put|moved|"
    r"listed|categori[sz]ed))?|goes|belongs)\s+(?:(?:under|in|into|to|as)\s+)?(?:for\s+)?"
    r"(?:the\s+|a\s+|an\s+)?(?:for\s+)?(?P<cat3>[\w' -]+?)"
    # "that depop thing wasnt clothes it was a gift for my bf"
    r"|(?:the|that|this)\s+(?P<what4>[^,]+?)\s+(?:wasn'?t|was\s+not|isn'?t|is\s+not)\s+"
    r"[\w' -]+?,?\s+(?:it\s+)?(?:was|is|it's)\s+(?:a\s+|an\s+)?(?:for\s+)?(?P<cat4>[\w' -]+?)"
    # an entry named by its amount, then what it is: "the 45 at ikea should be business not
    # home", "The RM80 at Guardian is medical, not personal care"
    r"|(?:the|that|this)\s+(?P<what5>" + _ENTRY_WORD + r"*?\d" + _ENTRY_WORD + r"*?)\s+(?:is|was|"
    r"should\s+(?:be|go)(?:\s+(?:filed|put|moved|listed|categori[sz]ed))?)\s+"
    r"(?:(?:under|in|into|as)\s+)?(?:a\s+|an\s+)?(?P<cat5>[\w' -]+?)"
    r"(?=,?\s+(?:not|rather\s+than|instead\s+of)\b)"
    # the entry, then the request: "that haircut put in personal care, not in other", "the 38
    # from uber put it in work, not transport"
    r"|(?:the|that|this)\s+(?P<what6>"
    + _ENTRY_WORD
    + r"+?)\s+(?:put|stick|pop|bung|move|file|mark|change|classify)\s+(?:it\s+|that\s+|them\s+)?"
    r"(?:under|as|to|into|in)\s+(?:the\s+)?(?P<cat6>[\w' -]+?)"
    # the request with nothing named: "put in health" after an entry
    r"|(?:put|stick|pop|file|move)\s+(?:under|in|into)\s+(?:the\s+)?(?P<cat7>[^\W\d_][\w' -]*?)"
    r"|(?:(?:can|could|would)\s+you\s+(?:please\s+)?)?"
    r"(?:put|stick|pop|bung|move|file|categori[sz]e|recategori[sz]e|reclassify|mark|change|tag|"
    r"label|switch|classify)\s+(?P<what>.+?)"
    r"\s+(?:under|as|to|into|in)\s+(?:the\s+)?(?P<cat2>[\w' -]+?)"
    r")(?:\s+category)?(?:,?\s+(?:not|rather\s+than|instead\s+of)\s+(?:in\s+|under\s+)?[\w' -]+?)?"
    r"(?:,?\s+(?:please|pls|plz|thanks|ta))?"
    r"[.!?]?$",
    re.I,
)
TRANSFER_VERB = any_word(
    r"transfer\w*",
    r"transer",
    r"move",
    r"moving",
    r"take",
    r"send",
    r"shift",
    r"distribute",
    r"put",
)
BETWEEN_ACCOUNTS = re.compile(
    r"\bbetween\b.*\b(?:accounts?|acc+ounts?)\b|\bfrom\s+(?:one|an?)\s+account\s+to\s+(?:an)?other"
    r"|\bfrom\s+(?:my\s+)?\w[\w ]*?\s+to\s+(?:my\s+)?(?:\w+\s+)*?(?:savings?|checking|account|"
    r"bank)\b|\baround\b|\bto\s+my\s+other\b|\bbetween\s+(?:my\s+)?accounts\b|\bfrom\s+(?:my\s+)?"
    r"(?:savings|checking)\b.*\b(?:in|into|to)\s+(?:my\s+)?(?:savings|checking)\b|"
    r"\b(?:my|the)\s+(?:funds|money)\b(?!.*\bto\s+(?!my\b)[a-z])|"
    r"\bfrom\s+(?:my\s+|the\s+|our\s+)?(?:\w+\s+){0,2}(?:account|acct|a/c)\s+(?:in)?to\s+\w|"
    r"\b(?:to|into)\s+(?:my|our)\s+" + OWN_MONEY_PLACES + r"\b|"
    # "from my Revolut", unless it goes to someone ("send 50 to Tom from my Revolut")
    r"^(?!.*\bto\s+(?!my\b|our\b|the\b|savings\b|checking\b)[a-z]).*"
    r"\bfrom\s+(?:my|our)\s+" + OWN_MONEY_PLACES + r"\b|"
    r"\bfrom\s+(?:my\s+|our\s+)?\w+\s+(?:to|into)\s+(?:my|our|the)\s+" + OWN_MONEY_PLACES + r"\b|"
    r"\b(?:to|into)\s+(?:my|our)\s+own\b|"  # "send 300 from Sparkasse to my own N26"
    # "from my current account to my Livret A": both the person's own
    r"\bfrom\s+(?:my|our)\s+(?:\w+\s+)?(?:account|acct|a/c)\s+(?:in)?to\s+(?:my|our)\s+\w",
    re.I,
)
HOW_TO_MOVE = re.compile(
    r"^(?:how\s+(?:can|do)\s+i|can\s+i|could\s+i)\s+(?:\w+\s+)?(?:send|move|transfer|shift)\b", re.I
)
# A question inside a sentence ("… and how much is left?"); not a relative ", which I made".
INNER_QUESTION = re.compile(
    # not the "which" of "it was 289 which is way more than they quoted"
    # (not an exclamation: "…, what a day", "what a rip-off")
    r"\b(?:what(?!\s+an?\s+[\w'’-]+\s*(?:[,.!]|$|lol\b))|how\s+much|how\s+many|"
    r"(?<!, )(?<!\d\s)which|whether)\b|"
    r"\b(?:can|could|would)\s+you\s+(?:tell|show|check|let|find)\b",
    re.I,
)
MOVED = re.compile(r"^(?:[$€£]?\d[\d,.]*\s*\w*|(?:some\s+)?money)\s+(?:transferr?ed|moved|sent)\b")
PAY = any_word(r"pay", r"paying", r"payment", r"paid")
BILL = any_word(
    r"bills?",
    r"rent",
    r"loan",
    r"insurance",
    r"mortgage",
    r"electric\w*",
    r"water",
    r"cable",
    r"utility",
    r"utilities",
    r"phone",
    r"visa",
    r"mastercard",
    r"amex",
    r"capital\s+one",
    r"tuition",
    r"invoice",
    r"car",
)
SEND = re.compile(r"^(?:pay|send|give|wire|venmo|transfer|reimburse|pay\s+back)\s+\S", re.I)
WANT = re.compile(
    # ("have" with its "to" only: a learner's "I have pay 120 for internet" tells it paid)
    r"^(?:(?:i\s+)?(?:want|need|have(?=\s+to\b)|must|gotta|got|(?:would|should)\s+like|wanna|should)"
    r"(?:\s+to)?\s+|"
    r"(?:i\s+)?wish\s+to\s+|"
    # a payment for tomorrow, the day said first: "Tomorrow pay Yamada-san 5000 yen"
    r"tomorrow[,\s]+(?=pay\b|send\b|transfer\b)|"
    r"requesting\s+(?:an?\s+)?|"
    r"i'd\s+like\s+to\s+|let'?s\s+|go\s+ahead\s+and\s+|today\s+is\s+the\s+day\s+i\s+should\s+|"
    r"i\s+need\s+(?:help|a\s+bit\s+of\s+[\w ]+?)\s+|help\s+me\s+(?:to\s+)?|use\s+my\s+[\w ]+?\s+"
    r"(?:account|card)\s+to\s+(?:the\s+)?|(?:make|do)\s+(?:an?\s+|my\s+)?(?:immediate\s+)?)",
    re.I,
)
# Money "used" on something, as learners say it: "In Seoul I used 45,000 won for Korean
# BBQ" (not points, miles or a voucher used)
MONEY_USED = (
    r"(?:i|we)\s+(?:just\s+|already\s+)?used\s+[$€£¥₩₹]?\d[\d.,]*k?\s*"
    r"(?:(?!points|pts|miles|credits?|vouchers?|coupons?|tokens?|stamps?)[^\W\d]+\s+)?(?:for|on)"
)
EXPENSE_PAST = any_word(
    r"spent",
    r"bought",
    r"purchased",
    r"paid",
    r"got\s+charged",
    r"grabbed",
    r"picked\s+up",
    r"ordered",
    r"splurged",
    r"charged(?:\s+(?:me|us))?(?=\s+[$€£]?\d)",  # "the plumber charged 85"
    r"took\s+[$€£]?\d[\d.,]*\s*(?:quid|bucks|dollars?|euros?|pounds?)?\s+off\s+(?:me|us)",
    r"dropped\s+[$€£]?\d[\d.,]*k?\s*(?:quid|bucks|dollars?|euros?|pounds?)?\s+(?:on|at)",
    r"(?:i|we)\s+(?:don|done)\s+(?:pay|buy|spend)",  # "Abeg, I don pay 15k naira for the fuel"
    r"had\s+to\s+pay",
    GAVE_FOR_A_SERVICE,
    # "driver wanted 200 but I gave 180 only", "I give 50 euros to my grandson" (as learners
    # tell the past)
    r"(?:^|\b(?:i|we)\s+)" + GAVE_AN_AMOUNT,
    r"set\s+(?:me|us)\s+back",
    r"came\s+out\s+of\s+(?:my\s+|our\s+|the\s+)?(?:\w+\s+)?(?:account|acct|card)",
    r"forked\s+out",
    r"shelled\s+out",
    r"coughed\s+up",
    r"(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:just\s+)?after\s+(?:spending|paying|buying)",  # Irish
    r"(?:i|we)\s+(?:was|were)\s+(?:paying|buying|spending)",  # "yesterday I was paying 80"
    MONEY_USED,
    r"(?:another\s+)?[$€£]?\d[\d.,]*\s*\w*\s+gone\s+on",  # "that's another 12 gone on parking"
    r"ended\s+up\s+(?:getting|buying|paying|spending|grabbing|ordering)",  # "… ended up getting"
    r"e-?transferred\s+(?:it|them|the\s+\w+)\s+to",  # "385, e-transferred it to the club"
)
EXPENSE_CMD = re.compile(
    r"^(?:add|log|record|register|track|enter|note|expense|put\s+down)\b", re.I
)
INCOME = any_word(
    r"got\s+paid",
    # "I've been paid £1,980.50 today" (never "I've paid", money out)
    r"(?:i|we)(?:['’]ve|\s+have)\s+(?:just\s+|finally\s+|now\s+)?been\s+paid(?!\s+back)",
    r"get(?:ting)?\s+paid",
    r"received",
    r"earned",
    r"income",
    _THEIR_SALARY + r"salary",
    r"paycheck",
    r"sweldo|suweldo|sahod",  # Tagalog: "sweldo na! 21,350 in"
    r"salaris|gehalt|salario|stipendio|pensja|wyp[lł]ata|l[oø]nn?",  # "salaris binnen, 2.850,00"
    # pocket money, an allowance or birthday money from family: "pocket money from mum 20"
    r"(?:pocket\s+money|allowance|birthday\s+money|christmas\s+money|ang\s*(?:bao|pao|pow)|hong\s*bao|"
    r"red\s+packet|eidi)\s+from\s+(?:my\s+)?" + RELATIVES,
    # money gifts of a feast, named: "got 2000 lai see this cny", "ang pao 88 from auntie"
    # (not given by the person: "I give red envelope to grandson Xiaoming 200 yuan")
    r"(?<!\bgive\s)(?<!\bgave\s)(?<!\bgiving\s)(?<!\bgives\s)"
    r"(?:lai\s*see|lai\s*si|hong\s*bao|ang\s*(?:bao|pao|pow)|red\s+(?:packet|envelope)s?)"
    r"(?!\s+to\b)|eidi|"
    r"eidiya|shagun|salami\s+(?:from|this\s+eid)",
    r"(?<!term\s)(?<!fixed\s)deposit(?:ed)?",  # (not "into the term deposit": an account)
    r"refund(?:ed)?",
    r"reimbursed",
    r"got\s+(?!back\b)\S+\s+from",  # (not "just got back from the big shop": home again)
    r"got\s+(?:the|a|my|our)\s+(?:check|cheque|payment|money|transfer|deposit)\s+from",
    # "got my tuition money 6000 from the student's guardian"
    r"got\s+(?:my|the|our)\s+(?:\w+\s+){0,2}(?:money|payment|fees?|wages?)\s+[$€£₦]?\d[\d.,]*k?\s+from",
    # "M-Pesa from client 15,000 for the cake order"
    r"(?:from|by)\s+(?:a\s+|the\s+|my\s+)?(?:client|customer)s?(?=\s+[$€£]?\d)",
    r"came\s+in",
    r"bank\s+interest",
    r"interest\s+(?:earned|received|paid\s+to\s+me)",
    r"dividends?",
    r"wages?",
    r"pension",
    # (not cashback spent as a discount: "used cashback of 12,45 so 300 in the end")
    r"(?<!used\s)(?<!use\s)(?<!using\s)(?<!my\s)cashback(?!\s+(?:of\s+)?[$€£]?\d[\d.,]*\s+(?:so|off)\b)",
    # "twenty five pounds from the church raffle i won": a prize the person won
    r"(?:raffle|lottery|lotto|draw|quiz|competition|contest|sweepstakes?|bet|bingo|tombola|"
    r"scratch\s*card|scratchie)\s+(?:that\s+)?(?:i|we)\s+won",
    # rent paid to the person by who lives with them: "lodger rent 450", "tenant's rent 950"
    r"(?:tenant|lodger|roomm?ate|flatmate|subletter)(?:['’]s)?\s+rent",
    # money given by family for the person's day: "mum 50 for my birthday"
    r"(?:my\s+)?"
    + RELATIVES
    + r"\s+[$€£]?\d[\d.,]*\s*[a-z]{0,6}\s+for\s+my\s+(?:birthday|bday|b-day|"
    r"graduation|christmas|xmas|name\s+day)",
    r"(?:child|housing|unemployment|disability)\s+benefits?",
    r"universal\s+credit",
    r"stipend",
    r"scholarship",
    r"expenses?\s+claim\s+(?:paid|came|approved)",
    r"earnings",  # "uber earnings this week 310"
    # work on the side or for a platform, and a prize won: "side hustle 250 this week", "uber
    # driving 180 today", "lottery win 50", "bingo winnings 40"
    r"side\s+(?:hustle|gig|job|income)",
    r"(?:uber|lyft|bolt|grab|deliveroo|doordash|uber\s+eats|instacart|just\s+eat)\s+"
    r"(?:driving|deliver(?:y|ies|ing)|shifts?|payout)",
    r"(?:lottery|lotto|raffle|bingo|quiz|scratch\s*card|prize)\s+(?:win|winnings)",
    r"winnings",
    # what the person earns, named: "Got my op shop honorarium today, $100", "mowed 4 lawns,
    # cash in hand", "side hustle money", "Bonus 1'500.– gross, 1'128.35 net on the account"
    r"honorarium",
    r"cash\s+in\s+hand",
    r"side\s+(?:hustle|gig|job)\s+(?:money|income|cash)",
    r"net\s+(?:on|in|into)\s+(?:the|my)\s+(?:account|bank)",
    r"direct\s+deposit",
    r"won\s+[$€£]?\d",
    # paid for work done: "got 60 for fixing the neighbour's fence", "got 25 for washing cars"
    # (not "got 20 for parking", a thing bought)
    r"got\s+[$€£₦]?\d[\d.,]*\s*(?:k|quid|bucks|dollars?|euros?|pounds?|lucas|rand|pesos?|reais)?"
    r"\s+for\s+(?!(?:parking|shopping|clothing|bedding|wedding|building|plumbing|heating|"
    r"lighting|something|nothing|anything|everything|morning|evening)\b)[a-z]{3,}ing\b",
    r"(?:babysitting|tutoring|birthday|christmas)\s+money(?!\s+for\s+(?:the|my|our|\w+'s)\b)",
    r"pay\s*checks?|pay\s*cheques?",
    r"(?:cash|card)\s+tips|tips\s+(?:tonight|today|this\s+(?:week|shift)|from\s+(?:the\s+)?shift)",
    # "tip from the Australian group 500k", not advice ("tips from the app")
    r"tips?\s+from(?=\s+(?!(?:the\s+)?(?:app|bank|advisor|adviser|article|video)\b))",
    r"tips\s+(?:came\s+to|totall?ed|were)",
    # "put it doon as income", "log that as income": said to be income
    r"(?:put|log|record|add|count|enter|mark|file|note)\s+(?:it|that|this)\s+(?:\w+\s+)?as\s+"
    r"(?:an?\s+)?income",
    r"interest\s+(?:of\s+)?(?:[$€£]?\d[\d.,]*\s+)?(?:on|from)\s+(?:my\s+|the\s+)?"
    r"(?:savings|deposit|isa|savings\s+account)",
    # a business's own sales: "shop sales 3,200 today" (not "sales tax", not "in the sales")
    r"(?:cash|card|market|stall|garage|yard|car|bake|shop|store|daily|weekly|online|"
    r"today's|todays)\s+sales?(?!\s+tax)",
    r"sales\s+(?:today|this\s+\w+|from|at)",
    r"takings",
    # money from the person's own work: "log 360 from today's tuition with Jun's mum", "80 from
    # the gig"
    r"[$€£]?\d[\d.,]*k?\s+from\s+(?:today['’]?s|tonight['’]?s|the|my|this\s+week['’]?s)\s+"
    r"(?:tuition|tutoring|lessons?|class(?:es)?|gig|shift|session|students?|clients?|customers?)\b",
    # a trader's or a driver's day: "stall collection today RM 1,240", "matatu collection 8,400",
    # "cash fares today 185", "today sell 84 plates, 50 each" (a learner's past)
    r"(?:stall|shop|store|market|matatu|bus|taxi|cab|daily|day's|today's|todays)\s+"
    r"collect(?:ion|ed)?(?!\s+(?:fee|charge)s?\b)(?!\s+for\s+(?:the\s+|a\s+)?(?:church|charity|"
    r"school|cause|fund|appeal|mosque|temple)\b)",
    r"(?:cash\s+)?fares\s+(?:today|tonight|this\s+(?:week|shift|morning))",
    r"(?:today|yesterday|tonight)\s+(?:i\s+|we\s+)?sell\s+\d",
    r"took\s+in\s+[$€£]?\d[\d.,]*k?",  # "took in 640 today from cuts n colours"
    # an owner's draw, and a payment app's notice quoted: "paid myself 2,000 from the cafe",
    # "Venmo: Marco paid you $18.00"
    r"paid\s+myself",
    r"(?<!\bi\s)(?:paid|sent)\s+you\s+[$€£]?\d",
    # paid for work the person did: "i got 400 for the logo i designed"
    r"got\s+[$€£₦]?\d[\d.,]*\s*k?\s+for\s+(?:the|a|an|my|those|these|some)\s+(?:[\w'’-]+\s+){1,3}"
    r"(?:i|we)\s+(?:just\s+)?(?:designed|made|did|built|fixed|painted|wrote|sold|shot|baked|cooked|"
    r"cleaned|translated|edited|drew|photographed|sewed|knitted|repaired|tutored|taught)\b",
    # "pay day! 2,430.55 landed" (not a time told by it: "only 35 left till payday")
    r"(?<!\btill\s)(?<!\btil\s)(?<!\buntil\s)(?<!\bbefore\s)(?<!\bnext\s)pay\s*day(?!\s+loans?)",
    # "I was paid two hundred and fifty for babysitting"
    r"(?:i|we)\s+(?:was|were|got|have\s+been|'ve\s+been)\s+paid(?!\s+back)",
    # "today I make 96 pounds with uber eats": earned on a gig
    r"(?:i|we)\s+(?:make|made)\s+[$€£]?\d[\d.,]*k?\s*(?:quid|pounds?|dollars?|euros?|bucks)?\s+"
    r"(?:with|from|on|doing|driving|delivering)",
    r"rent(?:al)?\s+(?:money\s+|payment\s+)?(?:in\s+)?from",  # "rent from flat 2B, 950"
    r"(?:tenants?|lodgers?)\s+paid",
    r"(?:overtime|holiday|sick|back|bonus|extra|shift)\s+pay",  # "add my overtime pay 430"
)
# The largest single purchases asked for, a ranking of transactions ("my 3 biggest purchases
# last month", "the 10 largest transactions this year"; not "biggest categories")
BIGGEST_ITEMS = re.compile(
    r"\b(?:biggest|largest|most\s+expensive|priciest|highest|top)\s+(?:\w+\s+)?(?:purchases?|"
    r"transactions?|expenses?|buys|spends|payments?|charges?)\b",
    re.I,
)
BALANCE = re.compile(
    r"\bcash\s+in\s+(?:my\s+|the\s+)?(?:wallet|purse|pocket)\b|"  # "cash in wallet?"
    r"\bbalances?\b|how\s+much\s+(?:money\s+|cash\s+|dough\s+|moola\s+)?(?:do\s+i\s+have|is\s+"
    r"(?:left|in|there|remaining|available)|does\s+my|have\s+i\s+got|i\s+have)|(?:is|are)\s+"
    r"(?:remaining|left)\s+in|\bwhat(?:'s|\s+is|\s+do\s+i\s+have)\s+(?:in|on)\s+my\b|\bwhat(?:'s|\s+is)\s+(?:in|on)\s+"
    r"the\s+(?:\w+\s+){1,2}(?:account|acct)\b|enough\s+"
    r"(?:money\s+)?(?:in|to|for)\b|\b(?:value|total|status)\s+of\s+my\s+(?:bank\s+)?accounts?\b|"
    r"\bbank\s+accounts?\s+(?:total|have)\b|\bmy\s+(?:checking|savings)\s+look|\bwhat\s+do\s+i\s+"
    r"have\s+in\b|money\s+accumulated|\bhow\s+much\s+is\s+left\b|"
    r"\b(?:left|remaining)\s+on\s+(?:my|the)\s+\w+|\bhow\s+much\s+(?:do\s+i\s+owe|is\s+(?:on|in|"
    r"sitting\s+in))\b|\bfunds\s+available\b|\bdo\s+i\s+have\s+(?:any\s+)?money\b|\bhow\s+"
    r"(?:many|much)\s+money\b|\bmoney\s+(?:left\s+)?in\s+(?:my|the)\b|\bam\s+i\s+broke\b",
    re.I,
)
TRANSACTIONS = any_word(
    r"transactions?",
    r"purchases?",
    r"charges",
    r"charged",
    r"statement",
    r"payments\s+(?:on|from|to)",
    r"receipts?",
    r"history",
    r"(?:refunds|returns|payments|entries|incomes?|earnings|transfers|withdrawals|deposits)"
    r"(?=\s+(?:from|in|at|for|over|under|above|below|between|this|last|since)\b|\s*$)",
    # "show my spending last week", "show me all the expenses on dining": the entries
    r"(?:spending|expenses)(?=\s+(?:from|in|at|on|over|under|above|below|between|this|last|since)\b|\s*$)",
)
SPENDING = any_word(
    r"spen[dt]\w*",
    r"expenditures?",
    r"expenses",
    r"money\s+go",
    r"cost\s+me",
    r"(?:what|whit|wot)(?:'s|s|\s+is)\s+the\s+damage",  # "what's the damage at Greggs"
    r"damage(?=\s*\?)",  # "Boxing Day damage?"
    r"set\s+(?:me|us)\s+back",  # "what did takeaways set me back in February?"
    r"how\s+much\s+went\s+(?:on|out)",
    r"buying",
    r"outgoings",
    r"tab",
    r"use\s+to\s+spend",
    r"top\s+merchants",
    r"(?:has|have|had)\s+gone\s+out",  # "how much has gone out on the debit card"
    r"went\s+out\s+(?:of|from|on)",  # "how much went out of my current account"
    r"what(?:'s|\s+is|s)\s+the\s+damage",  # "what's the damage at the bottle-o"
    r"compared?(?=\s+(?:\w+\s+){0,2}(?:this|last|my|the|to|with|against|and|vs)\b)",
)
SHOW = re.compile(
    r"^(?:show|list|display|give\s+me|see|view|what\s+are\s+my|read\s+(?:me\s+)?out)\b", re.I
)

# A payment set up to repeat or to go later, said with whom it goes to: "set up rent, 1150
# fortnightly to Ray White", "schedule 45 to the gym every month" (own accounts are read first)
SCHEDULED_TO = re.compile(
    r"(?:set\s*up|schedule|arrange|organi[sz]e)\b(?![^?]*\btransfer)[^?]*?\bto\s+"
    r"(?!(?:do|pay|make|be)\b)(?!(?:(?:my|our|the)\s+)?(?:\w+\s+){0,2}"
    r"(?:savings|saving|isa|pot|jar|account|fund)\b)\w",
    re.I,
)

# Asking an opinion about money not spent yet: "I might spend 200 on a jacket, what do you
# think?", "should I spend 80 on …": advice, which is no question about the ledger
# "how much should a family of four spend on food a month": a norm, not the person's ledger
SPENDING_NORM = re.compile(
    r"\bhow\s+much\s+(?:should|do|does|would)\s+(?:a|an|the\s+average|average|most|people|"
    r"someone|one|families|couples|students)\b[^?]*\b(?:spend|cost|budget|pay)\b|"
    # the price of a thing in the world: "how much is a Netflix subscription in India", "How
    # much cost a metro ticket in Paris?"
    r"^(?!.*\b(?:i|me|my|we|us|our)\b).*\bhow\s+much\s+(?:is|are|does|do|cost|costs|would)\s+(?:a|an)\s+|"
    # a norm asked: "is it normal to spend a quarter of your income on food?", "is 200 a month
    # a reasonable amount to spend on eating out"
    r"\bis\s+it\s+(?:normal|reasonable|smart|smarter|better|wise|wiser|ok|okay|common|usual)\s+to\b|"
    r"^(?!.*\b(?:i|me|my|we|us|our)\b)\W*is\s+[$€£]?\d[\d.,]*\s*(?:\w+\s+){0,4}?(?:a\s+)?(?:reasonable|"
    r"normal|too\s+much|a\s+lot|enough)\b|"
    # people in general, no word of the person's own: "what do people usually spend on
    # takeaways", "where does most of the average family's money go?"
    r"^(?!.*\b(?:i|me|my|we|us|our|i'?ve|i'?m)\b).*\b(?:people|the\s+average|an\s+average|most\s+people|"
    r"everyone|a\s+typical|families|couples|students|households|average\s+household)\b|"
    # "top five things jamaicans spend money on", "what do renters usually pay for insurance"
    r"^(?!.*\b(?:i|me|my|we|us|our|i'?ve|i'?m)\b).*\b[a-z]+(?:ians|cans|ese|ers)\s+(?:usually\s+|"
    r"typically\s+|generally\s+|normally\s+|tend\s+to\s+)?(?:spend|pay|earn|budget|save)\b|"
    # a question put to anyone who knows: "how much is in the show's prize fund, anyone know?"
    r"\b(?:anyone|anybody)\s+know\b|\bdoes\s+(?:anyone|anybody)\b|"
    # everyone asked: "wat do y'all spend on gas a month?", "what do you guys pay for internet"
    r"\b(?:y'?all|you\s+guys|you\s+lot|yous|youse)\s+(?:usually\s+|normally\s+)?(?:spend|pay|budget)\b|"
    # a group asked about: "what do nurses usually spend the most on"
    r"^(?!.*\b(?:i|me|my|we|us|our|i'?ve|i'?m)\b)\W*(?:what|how\s+much)\s+(?:do|does)\s+(?!you\b)"
    r"(?:[a-z'-]+\s+){1,4}(?:usually|typically|normally|generally|tend\s+to)\s+"
    r"(?:spend|pay|earn|budget|save)\b",
    re.I,
)
# A statement about someone, not a question: "my parents are paying for my flight home at
# christmas, nice", "my mum always says I spend too much on coffee haha"
STATEMENT = re.compile(
    r"^(?!.*\?)(?!.*\b(?:how\s+much|how\s+many|what|which|wonder\w*|know|tell|show|check|list)\b)"
    r"(?:(?:so|well|oh|ok|okay)[,\s]+)?(?:(?:i|we|they|he|she|my\s+\w+|our\s+\w+)\s+"
    r"(?:am|are|is|was|were|'m|'re|have|has|had|will|just|always|never|says|said|thinks|reckons)|"
    r"i'm|we're|they're|he's|she's)\b",  # "I'm thinking of buying a 1,200 laptop next month"
    re.I,
)
# A bill that changed, asked: "did my electric go up last month"
BILL_CHANGED = re.compile(r"\b(?:go|gone|went|going)\s+(?:up|down)\b", re.I)
OPINION_ASKED = re.compile(
    # "shud i buy nvidia before earnings"
    r"\bsh(?:ould|ud|d)\s+i\s+(?:buy|sell|invest\s+in)\s+(?!(?:it|that|this)\b)[a-z]+|"
    # ("is it worth it?", "worth it?", not "totally worth it": a judgement after buying)
    r"\bwhat\s+do\s+you\s+(?:think|reckon|say)\b|\bgood\s+idea\b|"
    r"(?<!totally\s)(?<!so\s)(?<!well\s)(?<!definitely\s)(?<!100%\s)\bworth\s+it\b(?=\s*\?|.*\b(?:is|was|would)\s+it\b)|"
    r"\b(?:is|was|would\s+it\s+be)\s+(?:it|that|this)\s+worth\s+it\b|"
    r"\bdo\s+you\s+recommend\b|\bany\s+advice\b|\bshould\s+i\s+(?:spend|buy|get|splurge)\b|"
    r"\bwould\s+(?:that|it|this)\s+be\s+(?:dumb|stupid|silly|smart|wise|crazy|mad|too\s+much|"
    r"a\s+(?:good|bad)\s+idea|a\s+waste)\b|\bis\s+(?:that|it|this)\s+(?:dumb|stupid|crazy|"
    r"too\s+much|a\s+(?:good|bad)\s+idea)\b|"
    # "is it dumb to spend 1,800 on a gaming pc", "would it be smarter to lease", "is spending
    # 400 a month on takeout bad", "is 20 euro enough for a present", "good idea or trap?"
    r"\bis\s+it\s+(?:dumb|stupid|silly|smart|wise|worth\s+it|worth|bad|crazy|normal|realistic|"
    r"reasonable|better)\s+(?:to|if)\b|"
    r"\bwould\s+it\s+be\s+(?:dumb|stupid|silly|smart|smarter|wise|crazy|better|cheaper)\b|"
    r"\bis\s+spending\b.*\b(?:bad|too\s+much|normal|ok|okay|a\s+lot|crazy|reasonable)\b|"
    r"\b(?:is|would)\s+(?:a\s+)?(?:[$€£]?\d[\d.,]*\s*(?:k|%|euros?|dollars?|pounds?|quid|bucks)?|"
    r"tenner|fiver|twenty|fifty)\s+(?:[\w']+\s+){0,5}enough\b|"
    r"\bgood\s+idea\s+or\b|\bor\s+(?:a\s+)?trap\b|\bthoughts\s*\?*\s*$",
    re.I,
)
# The person's own ledger asked about beside an opinion: "how much did I spend on takeaways,
# is that too much?"
OWN_LEDGER_ASKED = re.compile(
    r"\b(?:did|have|do)\s+(?:i|we)\s+(?:spend|spent|pay|paid|earn|earned|get|got)\b|"
    r"\bhow\s+much\s+(?:did|have|do)\s+(?:i|we)\b|\bmy\s+(?:spending|balance|budget)\b|"
    r"\bhow\s+much\s+went\b|\bhow\s+am\s+i\s+doing\b",
    re.I,
)

# Asked in so many words not to write, pay, split or remove something ("don't log the 42
# from the chemist, she paid me back", "please don't pay the water bill, I'm disputing it",
# "don't delete the coffee entry, it's fine", "no need to put that anywhere", "I already
# logged the 50 so don't double it"); `intents.asked_not_to_act` lets a request beside it
# stand ("log 45 for groceries, don't split it")
DENIED_ACTION = re.compile(
    r"(?<!\bi\s)(?<!\bwe\s)(?<!\bthey\s)"  # not a habit told: "we don't split bills"
    # ("abeg no log that 20k", "make you no record am": the pidgin of it)
    # ("please not add 60 zł for Marek": the "do" left out, as learners of English do)
    r"\b(?:don['\u2019]?t|do\s+not|nuh|(?:abeg|pls|please|you|make\s+you)\s+no|(?:pls|plz|please)\s+not|"
    r"^\W*no(?=\s+(?:log|record))|"
    r"no\s+need(?:\s+for\s+you)?(?:\s+to)?|no\s+need\s+you|"
    r"(?:you\s+)?don['\u2019]?t\s+need\s+to)\s+(?:(?:even|ever|actually|bother\s+to|go\s+and)\s+)?"
    r"(?:log|record|add|enter|save|put|track|note|count|include|pay|delete|remove|undo|"
    r"register|registrate|"
    r"double(?:[\s-]+(?:log|count|enter|add|record|book))?|charge|send|transfer|move|write|type|"
    r"change|recategori[sz]e|touch|edit|modify|"
    r"set\s+(?:(?:it|that|this|them)\s+)?up|do\s+anything)\b|"
    # "I set the $600 grocery budget back in January, it's fine as is, leave it alone",
    # "Got the $34.88 Walmart refund entered yesterday, all good": written before, not again
    r"\bleave\s+it\s+(?:alone|as\s+it\s+is|be)\b|"
    # "ah it's the iCloud, 2.90. fine, leave it": the last word, nothing left to do
    r"[,.;!]\s*(?:(?:fine|ok|okay|so|just|then|but|oh\s+well|all\s+good)[,.!\s]+)*leave\s+it"
    r"(?:\s+(?:for\s+now|out|then|there))?\s*[.!]*\s*$|"
    # "skip the 30 for the cab, the client paid", "leave out the 45 for lunch", "ignore the 80
    # I spent at the pub", "not logging the 200 for the bike": an amount named, left out
    r"^\W*(?:(?:please|pls|just|oh|and)\s+)?(?:skip|leave\s+out|ignore|forget(?:\s+about)?|"
    r"not\s+(?:logging|recording|adding|counting))\s+(?:the|that|this|my)\s+(?:[$€£₹]\s*)?\d|"
    # "I dont want to add the 60 for the uber, the trust pay me back": a write declined
    r"\b(?:i|we)\s+(?:really\s+)?don['\u2019]?t\s+want\s+(?:you\s+)?to\s+(?:log|record|add|enter|"
    r"save|put|track|write|register|count|include)\b|"
    r"\b(?:entered|logged|recorded)\s+(?:it\s+)?(?:yesterday|earlier|before|last\s+\w+)\b|"
    # "… five pounds on sunday but I never count that": the person's own rule to leave it out
    r"\b(?:i|we)\s+never\s+(?:count|log|record|include|track|add)\s+(?:that|it|this|those|them)\b|"
    r"\b(?:i|we)\s+(?:already\s+)?put\s+(?:it|that|this)\s+in\s+(?:then|already|yesterday|before)\b|"
    r"\balready\s+(?:logged|recorded|added|entered|tracked|put\s+(?:it|that|this)\s+in|put\s+in)\b|"
    # "already put the 45 for the tip run in on the laptop last night": the entry made before
    r"\balready\s+put\s+(?:the|that|those|my)\s+[$€£]?\d[\d.,]*\s+(?:[^\W\d]+\s+){0,5}?in\b"
    r"(?!\s+(?:the\s+|my\s+)?(?:bank|account|savings|pot|jar|isa)\b)|"
    # "i already put the toll of yesterday 44,40, not put again ok": not to write again
    r"\b(?:not|no|don['\u2019]?t)\s+(?:put|add|log|record|enter)\s+(?:it\s+|that\s+)?again\b|"
    # "already paid him and logged it", "I already transfer him and record it", "it's in here
    # already, don't need it again": written before, not again
    r"\balready\b[^.!?]{0,60}?\b(?:and|&|n)\s+(?:i\s+|we\s+)?(?:logged|recorded|record|log|added|entered|"
    r"noted)\s+"
    r"(?:it|that|this|them)\b|\bin\s+here\s+already\b|\b(?:don['\u2019]?t|do\s+not)\s+need\s+it\s+again\b|"
    # "Minji already paid me back 46, I logged it already": written before, not again
    r"\b(?:logged|recorded|added|entered)\s+(?:it|that|this|them)\s+(?:in\s+)?already\b|"
    # "don't split the 60 taxi, Sam already paid me back": said first, a split not to make
    # ("dinner 80, don't split it" writes the 80)
    r"^\W*(?:pls\s+|please\s+)?(?:don['\u2019]?t|do\s+not)\s+split\b|"
    # "that 45 phone bill I added on monday is right, leave it": an entry said to stand
    r"\b(?:i|we)\s+(?:already\s+)?(?:added|logged|entered|recorded)\b[^.!?]*\b(?:leave\s+it|is\s+(?:right|fine|correct))\b",
    re.I,
)
# The denial of a removal only: "don't delete the coffee entry" (an undo's own reason may deny
# a write: "delete the last one, I already added it")
REMOVAL_DENIED = re.compile(r"\b(?:don['\u2019]?t|do\s+not)\s+(?:delete|remove|undo)\b", re.I)
# A request to write said beside a denial, at the start of a clause: "log 45 for groceries,
# don't split it", "make a transfer of 150 to Ana but don't send it until I confirm"
WRITE_REQUEST_AT_CLAUSE = re.compile(
    r"(?:^|[,;.!:]\s*|\b(?:and|but|then|now|so|just)\s+)(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?"
    r"(?:log|add|record|enter|note(?!\s+to\s+self\b)|track|put|pay|send|transfer|move|split|make|"
    r"prepare|draft|set\s+up|schedule)\b",
    re.I,
)


# A line or a flight by its number and how it runs: "bus 881 late again", "the 7.15 train
# cancelled", "flight 212 delayed two hours"
SERVICE_STATUS = re.compile(
    r"\b(?:bus|tram|train|flight|line|route|ferry)\s+(?:no\.?\s*)?\d[\d.:]*\s+(?:is\s+|was\s+)?"
    r"(?:(?:late|delayed|cancell?ed|on\s+time|running|diverted|full|packed)\b)",
    re.I,
)


# Something had for nothing, no amount said: "gave blood today, got a free biscuit", "the
# coffee was on the house" (never an entry to ask the price of)
GOT_FOR_FREE = re.compile(
    r"^(?!.*\d)(?!.*\b(?:paid|spent|cost|bought)\b).*\b(?:free|for\s+nothing|on\s+the\s+house|"
    r"free\s+of\s+charge|complimentary|gratis)\b",
    re.I,
)


# A verb of a price asked by a seller or a buyer: "the guy asked 35", "they wanted 80",
# "he quoted 180", "she offered 100"
PRICE_ASKED_VERB = (
    r"(?:ask(?:ed|ing|s)?|want(?:ed|ing|s)?|quoted|charges|charging|offer(?:ed|ing|s)?)"
)


# Money not to be written now, said so: "I will pay 8,000 to the tailor, don't enter now"
# Not said of someone else, just before a verb of sending: "he's sent the invoice now", "she
# has sent …" are another's
NOT_SENT_BY_ANOTHER = (
    r"(?<!\bhe's\s)(?<!\bshe's\s)(?<!\bthey've\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bhas\s)"
)
NOT_TO_RECORD = re.compile(
    r"^\W*(?:please\s+)?(?:don'?t|do\s+not)\s+(?:log|record|add|enter|save|track)\s+(?:this|that|it)\b"
    r"(?=.*\bbut\b)|"  # "don't log this but I spent 60 on lottery tickets"
    r"\b(?:don['\u2019]?t|do\s+not|no\s+need\s+to)\s+(?:enter|add|record|log|save|put|note)\b"
    r"(?:\s+(?:it|that|this|anything|them))?(?:\s+(?:in|down))?\s+(?:now|yet|today|for\s+now)\b|"
    r"\b(?:don['\u2019]?t|do\s+not)\s+(?:enter|add|record|log|save)\s+anything\b|"
    # "Tom got the cinema, 24 for both of us, don't add it": told, then asked not to write
    r"[,;.!]\s*(?:but\s+)?(?:please\s+)?(?:don['\u2019]?t|do\s+not)\s+(?:log|record|add|enter|save|track)"
    r"\s+(?:it|that|this)(?:\s+(?:please|pls))?\s*[.!]*\s*$|"
    # "just venting, not an entry: 85 at the vet", "no need to log this", "Note to self, not
    # a budget: want to save 2k every month"
    r"\bnot\s+(?:an?\s+)?(?:entry|thing\s+to\s+(?:log|record))\b|\bjust\s+venting\b|"
    r"\bnot\s+an?\s+(?:budget|expense|payment|transaction|transfer)\s*:|"
    # "…, so nothing to log", "not logging it yet", "not adding that one"
    r"\bnothing\s+to\s+(?:log|record|enter|track|write(?!\s+home))\b|"
    # "…, so that is settled, nothing more to do", "nothing further to note"
    r"\bnothing\s+(?:more|further|else)\s+to\s+(?:do|note)\b|"
    r"\bnot\s+(?:logging|recording|adding|entering|tracking)\s+(?:it|that|this|them|anything)\b|"
    # "I already put in the groceries so don't add it again, I'm just telling you it was 112"
    r"\b(?:don['\u2019]?t|do\s+not)\s+(?:log|record|add|enter|save|put)\s+(?:it|that|this|them)\s+"
    r"(?:in\s+)?(?:again|twice)\b|\b(?:i'?m|i\s+am)\s+just\s+(?:telling|saying|letting\s+you\s+know)\b|"
    # (and a learner's "not need to add it again"; "Not my expense.": said not to be theirs)
    r"\b(?:no\s+need|not\s+need|don['\u2019]?t\s+need\s+you)\s+to\s+(?:log|record|add|enter|track)\b|"
    r"\bnot\s+(?:my|our)\s+(?:expense|cost|spending)\b|"
    # money the person concedes, already known, against a reproach: "I know I spent 400 on
    # takeaways last month, don't lecture me", "yes I know I paid too much"
    r"^\W*(?:(?:yes|yeah|ok|okay|alright|fine)\W+)?(?:i\s+know|i'?m\s+aware)\s+(?:that\s+)?(?:i|we)\s+"
    r"(?:\w+\s+)?(?:spent|paid|bought|blew)\b(?!.*\b(?:log|add|record|put|enter)\s+(?:it|that|this)\b)|"
    # "god's money doesnt go in the notebook": money said not to be written
    r"\b(?:doesn['\u2019]?t|doesnt|does\s+not|don['\u2019]?t|dont|do\s+not|shouldn['\u2019]?t|never)\s+go(?:es)?\s+"
    r"in(?:to)?\s+(?:the\s+|my\s+|our\s+)?(?:notebook|book|ledger|app|budget|accounts)\b|"
    # "write it in the shop book not here", "that goes in the notebook, not in the app"
    r"\b(?:book|notebook|app|sheet|spreadsheet|ledger)\s*,?\s*not\s+(?:here|in\s+(?:here|this|the\s+app))\b|"
    # "just got paid... jk payday is friday": taken back as a joke
    r"\b(?:jk|j/k|just\s+kidding|only\s+kidding|just\s+joking|only\s+joking|worth\s+a\s+try)\b|"
    # "just bought a yacht for 2 million lol i wish", "sold my brother on ebay for 3.50 kidding
    # obvs", "Joke, I didn't sign up", "In Monopoly money", "or at least it feels like it"
    r"\b(?:kidding|joking|joke|jokes)\b(?!\s+(?:shop|book|gift|present|store))|\b(?:lol|lmao|haha)\s+i\s+wish\b|"
    r"\bi\s+wish\s*[.!]*\s*$|\bin\s+my\s+dreams\b|\bmonopoly\s+money\b|"
    # "Bought the Eiffel Tower for 99 euros, what a bargain. Not really, just daydreaming."
    r"(?:^|[.!]\s+)not\s+really[,.!]|\bjust\s+(?:day)?dreaming\b|"
    r"\bit\s+feels\s+like\s+it\b|"
    # "… 184 392,17 — please ignore, wrong window", "already put the fuel 68.40 in, ignore":
    # said in the wrong place, or to be ignored
    r"\b(?:please|pls|plz|just)\s+ignore\b|[,;.!–—-]\s*ignore\s*(?:(?:it|this|that)\s*)?[.!]*\s*$|"
    r"\bwrong\s+(?:window|chat|app|tab|screen)\b|"
    # "… 4 x 50rb, not my money", "… so it wasn't me at all": money that is not the person's
    r"\bnot\s+(?:my|our)\s+(?:own\s+)?money\b|"
    # "… but that's his money", "she tracks that in her own app", "Not money yet, just filing
    # it away": another's, written elsewhere, or no money yet
    r"\b(?:that|it)(?:['\u2019]s|\s+is)\s+(?:his|her|their)\s+(?:own\s+)?money\b|"
    # "got a job offer for 45k", "offered a raise to 50k": pay offered, none received
    r"\b(?:job|work)\s+offer\b|\boffer\s+letter\b|\boffered\s+(?:me\s+)?(?:a\s+|the\s+)?(?:job|position|"
    r"role|raise|promotion|contract)\b|"
    r"\b(?:tracks?|logs?|records?|keeps?|puts?)\s+(?:that|it|them)\s+in\s+(?:his|her|their)\s+own\s+"
    r"(?:app|book|notebook|sheet|spreadsheet|ledger)\b|\bnot\s+(?:real\s+)?money\s+yet\b|"
    r"\b(?:it\s+)?was(?:n['\u2019]?t|\s+not)\s+me\s+(?:at\s+all|who\s+paid|paying)\b|"
    # "my girlfriend says i owe her 200 … but i paid the drinks so we even": settled between
    # them, nothing to write
    r"\b(?:so\s+)?we(?:['’]re|\s+are)?\s+(?:even|square|quits)\b|\bcall\s+it\s+(?:even|quits)\b|"
    # "Parking ¥1,500 today but company card. No record please.", "… I already gave cash to
    # her in office, so nothing to add", "… in doyle's envelope, its not my stuff", "Club
    # money obviously", "Firm account, not personal": not the person's to record
    r"\bno\s+record(?:ing)?\b(?!\s+of\b)|\bso\s+nothing\s+to\s+add\b|"
    # "… through the bank app, that's sorted so leave it", "… on the work card, nothing for
    # you to do", "… already in the ledger", "the office logs it", "not for the books"
    r"\b(?:sorted|done|synced|syncs|handled)\b[^.!?]*\b(?:so|,)\s*(?:just\s+)?leave\s+it\s*[.!]*$|"
    r"\bnothing\s+(?:for\s+you\s+)?to\s+do\b|\bno\s+action\s+needed\b|"
    r"\balready\s+in\s+(?:the|my|our)\s+(?:ledger|app|books|system|spreadsheet|sheet)\b|"
    r"\b(?:office|accountant|bookkeeper|company|work)\s+(?:logs?|records?|tracks?)\s+(?:it|that|them)\b|"
    r"\bnot\s+for\s+the\s+(?:books|ledger|app|records)\b|"
    r"\bnot\s+(?:mine|my\s+(?:stuff|own\s+money|purchase|spending))\b|"
    # "My wife bought a rice cooker, 25,000 yen. She will record it herself.": another writes it
    r"\b(?:she|he|they)(?:['\u2019]ll|\s+will|\s+is\s+going\s+to|['\u2019]s\s+going\s+to)\s+"
    r"(?:record|log|add|enter|put|track|note)\s+(?:it|that|this|them)\b|"
    r"\b(?:record|log|add|enter|track|note)s?\s+(?:it|that|this|them)\s+(?:herself|himself|themselves)\b|"
    # "already put the bakery 18,50, no need": written before, said so
    r"\balready\b[^.!?]{0,60}?[,;]?\s*\bno\s+need\s*[.!]*\s*$|"
    r"\b(?:club|firm|church|society)(?:['’]s)?\s+(?:money|float|funds?)\b|\bfirm\s+account\b|"
    # "Counted the Sunday offering with Sione, 1,246.70 all up", "counting the till": money
    # counted for others
    r"\bcount(?:ed|ing)\s+(?:up\s+)?(?:the\s+)?(?:\w+\s+)?(?:offering|collection|takings|till|float|"
    r"cash\s+box|donations)\b|"
    # "… so i handed it over", "passed it on to the kitchen": money only held for others
    r"\b(?:handed|passed|gave)\s+it\s+(?:all\s+)?(?:over|on)\b|"
    # "invoice sent to Panadería Lupita for 12,000, they pay in 30 days": money still owed
    # to the person, not received
    r"\binvoice\s+(?:sent|issued|raised|went\s+out)\b|"
    # (not an invoice sent to the person: "he's sent the invoice now, so get the £35 ready")
    + NOT_SENT_BY_ANOTHER
    + r"\b(?:sent|issued|raised)\s+(?:an|the|my)\s+invoice\b|"
    # "shore 412 today, new personal best": a count or a record, not money
    r"\b(?:personal\s+best|new\s+record|pb\s+today)\b|"
    # "table 6 order 3 bac xiu and 2 cam ep": a customer's order taken
    r"^\W*table\s+\d+\s+(?:order|ordered|wants|want|asks)\b|"
    # "Herself says we spent a fortune on the holliers, 3 grand": a claim told, no entry
    r"\b(?:says|said|reckons|thinks)\s+(?:that\s+)?(?:we|i)\s+(?:spent|paid|blew|wasted)\b|"
    # "line chief cut 500 tk from my salary": a deduction told, to ask about
    r"\b(?:cut|docked|deducted)\s+[$€£]?\d[\d.,]*\s*\w*\s+(?:from|off|out\s+of)\s+(?:my|our)\s+"
    r"(?:salary|pay|wages?|paycheck|pay\s*cheque)\b|"
    # "insurance for the matatu 48,000 per year. renew in May": a renewal to come
    r"\brenew(?:s|al)?\s+(?:is\s+)?(?:due\s+)?(?:in|on|next|by)\s+(?!full\b)|"
    # a voucher or gift card received is no money: "got a voucher for 25 at boots"
    # ("uber eats gave me a 15 dollar voucher, havent used it yet", "a 15 € Gutschein from dm")
    r"\b(?:got|gave\s+(?:me|us)|sent\s+(?:me|us))\s+(?:a\s+|an\s+)?(?:[$€£]?\d[\d.,]*\s*(?:dollars?|euros?|pounds?|bucks?)?\s*)?"
    r"(?:gift\s*card|gift\s+voucher|voucher|e-?voucher|gutschein|"
    r"gift\s+certificate|coupon)\b|"
    # "the waiter forgot to charge us for the drinks, 30 saved": money not spent
    r"\b(?:forgot|forget)\s+to\s+charge\s+(?:me|us)\b|"
    # "the landlord kept 200 from the deposit": a deduction told, to ask about
    r"\b(?:kept|withheld|deducted|took)\s+[$€£]?\d[\d.,]*\s*\w*\s+(?:from|off|out\s+of)\s+(?:my\s+|the\s+|our\s+)?"
    r"(?:deposit|bond)\b",
    re.I,
)
# What an account holds, told at the start of a clause with no money moved in the message:
# "just checked, 1,240 in my current account", "only 86 in my account till friday"
BALANCE_TOLD = re.compile(
    r"^(?!.*\b(?:salary|wages?|bonus|pension|interest|dividends?|taxed|paid|pay|spent|spend|bought|buy|"
    r"cost|charged|got|received|came|"
    r"landed|arrived|cleared|sent|send|transfer\w*|moved?|put|deposit\w*|refund\w*|earned|add|log|"
    r"record)\b)"
    r".*(?:^|[,;:.!]\s*)(?:only\s+|just\s+|about\s+|still\s+)?[$€£]?\d[\d.,]*\s*(?:[a-z€$£]{1,5}\s+)?"
    r"(?:left\s+)?in\s+(?:my|the|our)\s+(?:(?:current|checking|savings?|main|joint|bank)\s+)?(?:account|acct)\b",
    re.I,
)
# A thing said to have cost the person, told first: "my round cost me 48 last night, never
# again", "that dinner cost me 95 and it wasn't even good" (not "it would have cost me 95",
# "how much did the taxi cost me", nor a memory: "my first car cost me 1,500")
COST_ME_TOLD = re.compile(
    r"^\W*(?:(?!(?:would|will|could|should|might|may|must|have|has|gonna|to|how|what|did|does|do|"
    r"if|it'?ll|it'?d|first|once|used)\b)[\w'’-]+\s+){1,5}?cost\s+(?:me|us)\s+(?:about\s+|around\s+|like\s+|nearly\s+|"
    r"almost\s+)?[$€£₹₦]?\s?\d",
    re.I,
)
# Someone else's words quoted, the money in them theirs to tell: "My husband wrote me: 'I
# paid 60 € for the parking fine'", "Dave texted 'you owe me a fiver'", "Wife's message:
# 'Please transfer 2000 to Sunita'", "From the chapel newsletter: 'Collections £486.50.'"
ANOTHERS_WORDS_QUOTED = re.compile(
    r"\b(?:send|sent|sends|wrote|writes|texted|texts|messaged|emailed|whatsapped)\s*(?:me\s*|us\s*)?"
    r"(?:a\s+|this\s+)?(?:message|msg|text|sms|email)?\s*:?\s*['\"‘“]|"
    r"\b(?:message|msg|text|sms|email|e-mail|letter|newsletter|notice|whatsapp)\s*:\s*['\"‘“]",
    re.I,
)
# A message someone else sent asking for money, to check: "got a text from 'HMRC' saying I
# must pay £85, is it real?" (the shapes of a scam; never the person's own entry)
MESSAGE_TO_CHECK = re.compile(
    r"\b(?:got|received|had|have)\s+(?:a|an|this|some)?\s*(?:text|sms|message|email|e-mail|"
    r"letter|call|whatsapp|dm)\b[^.?!]*\b(?:saying|says|asking|telling|demanding)\b|"
    # "a man rang saying he's from the ATO and we owe $3000 …", "pay it in gift cards"
    r"\b(?:rang|called|phoned|telephoned|texted|emailed|messaged)\s+(?:me\s+|us\s+)?(?:up\s+)?"
    r"(?:saying|to\s+say)\b|"
    r"\b(?:sent|wrote)\s+(?:me\s+|us\s+)?(?:a|an)\s+(?:letter|text|email|message|bill)\s+saying\b|"
    # "Pedro send message: 'Lucas, you forgot your part, R$ 120'": another's words quoted
    r"\b(?:send|sent|sends|wrote|writes|texted|messaged)\s+(?:me\s+|us\s+)?(?:a\s+|this\s+)?"
    r"(?:message|msg|text|sms|email)?\s*:\s*['\"‘“]|"
    r"\bsafe\s+account\b|"  # "transfer 500 to a safe account the bank told me about"
    r"\b(?:in|with|by)\s+(?:\w+\s+)?gift\s*cards?\b|"
    r"\b(?:scam|phishing)\s*\?|\bis\s+(?:it|this|that)\s+(?:a\s+)?(?:scam|phishing)\b|\blegit\b|"
    r"\bis\s+(?:it|this|that|e)\s+(?:real|genuine|legit)\b|"
    r"\bcheck\s+if\s+(?:it|this|that|e)(?:'s|\s+is)?\s+(?:real|genuine|legit)\b",
    re.I,
)
# A price on the markets asked, no money of the person's: "gold price today?", "what's the
# euro dollar exchange rate"
MARKET_PRICE = re.compile(
    # (not "my share was 28": a part of a bill)
    r"\b(?<!my\s)(?<!our\s)(?<!his\s)(?<!her\s)(?<!your\s)(?<!their\s)"
    r"(?:stock|stocks|shares?|bitcoin|btc|gold|silver)\s+(?:is|are|was|at|trading\s+at)\s+(?:at\s+)?[$€£]?\d|"
    r"\b(?:gold|silver|oil|petrol|gas|stock|share|bitcoin|house|market)\s+prices?\b|"
    # "gold today 9tr2 per chi", "btc now 64k": a metal's or a coin's price for the day
    r"\b(?:gold|silver|platinum|bitcoin|btc|ethereum|eth)\s+(?:(?:price|rate)\s+)?(?:today|now|"
    r"this\s+(?:morning|week))\s*(?:is\s+|at\s+|:\s*)?[$€£¥₹₫]?\d|"
    # gold's own weights: "4,2 triệu per chỉ", "62,000 a tola"
    r"\d[\d.,]*\s*(?:[^\W\d]+\s+)?(?:per|/|a|the)\s*(?:chi|chỉ|tael|tola|luong|lượng)\b|"
    # a price by weight or volume said for the day: "gold today 312.50 per gram", "onion 140 tk
    # kg today in bazar"; a currency's rate: "Dólar blue at 1.230 today"
    r"\d[\d.,]*\s+(?:[a-z]{1,4}\.?\s+)?(?:per\s+|/\s*|a\s+|the\s+)?(?:gram|g|kg|kilo|litre|liter|lb|"
    r"ounce|oz)\b[^.!?\d]{0,25}?\b(?:today|now|this\s+(?:week|morning))\b|"
    r"\b(?:today|now)\s+[$€£]?\d[\d.,]*\s*(?:per|/|a)\s*(?:gram|g|kg|kilo|litre|liter|lb|ounce|oz)\b|"
    r"\b(?:d[oó]lar|dollar|euro|pound|usd|eur|gbp|rupee|peso)\s+(?:blue\s+|rate\s+)?(?:at|is|was|=)\s+"
    r"[$€£]?\d[\d.,]*\s*(?:\w+\s+)?(?:today|now|yesterday|this\s+morning)\b|"
    r"\b(?:best|highest|top|current|good)\s+(?:\w+\s+)?(?:interest|savings|mortgage)\s+rates?\b|"
    r"\binterest\s+rates?\s+(?:at|for|on|in)\b|"
    # "how much is 200 dollars in euros": a conversion
    r"\bhow\s+much\s+is\s+[$€£]?\d[\d.,]*\s*[a-z]*\s+(?:in|to)\s+[a-z]+\b|"
    r"\bprices?\s+of\s+(?:gold|silver|oil|an?\s+ounce|bitcoin)\b|\bexchange\s+rates?\b|"
    r"\bstock\s+market\b|"
    # "dollar hit 1,550 naira today", "rupee at 112 to the pound", "Brent at 84 dollars":
    # a currency or crude oil quoted
    # (not a price said with its currency, then a time: "taxi 2340 yen at 1:30am")
    r"(?<!\d\s)(?<!\d)\b(?:dollar|d[oó]lar|euro|pound|rupee|naira|yen|yuan|peso|lira|cedi|rand|shilling|"
    r"brent|crude)(?:e?s)?\s+"
    r"(?:is\s+|was\s+)?(?:at|hit|passed|crossed|reached|above|below)\s+(?:r\$\s*|[$€£]\s*)?\d"
    r"(?!\d?:\d\d|\d?[.:]\d\d\s*(?:am|pm)\b)|"
    # "wow 4,25 zł for 1 euro today": a rate of exchange the other way round
    r"\d[\d.,]*\s*[^\s\d]{1,4}\s+(?:for|per|to)\s+(?:1|one)\s+(?:[a-z]{3}|dollars?|euros?|pounds?)\b|"
    # "1 dollar = 4100 riel today", "1 AUD is 16,500 VND": a rate of exchange quoted
    r"(?<![\d.,])(?:1|one)\s*(?:[a-z]{3}|dollars?|euros?|pounds?|yen|yuan|rupees?|pesos?)\s*"
    r"(?:=|is|equals|to|gets?\s+(?:you|me))\s*(?:about\s+|around\s+)?[$€£]?\d",
    re.I,
)
# A ranking asked in other words: "in what I spent more money in May?", "what did we spend
# the most on", "where did I spend most"
MOST_SPENT = re.compile(
    r"\b(?:what|which|where)\b[^.?!]*\bspen[dt]\b[^.?!]*\b(?:the\s+)?(?:most|more\s+money)\b|"
    r"\bwhere\s+(?:did|does|has)\s+(?:it\s+all|all\s+(?:my|the|our)\s+(?:money|cash))\s+(?:go|gone)\b|"
    # "what ate my budget last month", "what's eating all my money"
    r"\bwhat(?:'s|\s+is)?\s+(?:ate|eating|eats|eaten)\s+(?:up\s+)?(?:all\s+)?(?:my|our|the)\s+(?:budget|money|"
    r"cash|pay)\b|"
    # "what proportion of my spending went on transport": a share of the whole
    r"\b(?:proportion|percentage|share|fraction|split)\s+of\s+(?:my|our|the)\s+(?:spending|money|"
    r"expenses|budget)\b",
    re.I,
)  # and "so where did it all go over the summer"
# Advice about budgeting, not a budget: "any good budgeting apps for couples?"
BUDGETING_ADVICE = re.compile(
    # "What would you recommend as a grocery budget for two adults?": advice asked
    r"\bwhat\s+(?:would|do|should|could)\s+you\s+(?:recommend|suggest|advise)\b|"
    r"\bbudget(?:ing)?\s+(?:apps?|tips?|advice|books?|courses?|methods?|rules?|templates?|"
    r"spreadsheets?|tools?|software)\b|"
    # "any tips for not spending so much on takeaway", "what's a good emergency fund"
    r"\b(?:any\s+)?tips\s+(?:for|on|to)\b|\bwhat(?:'?s|\s+is)\s+a\s+(?:good|normal|typical|average|"
    r"reasonable|realistic|sensible)\b|"
    r"\bhow\s+(?:do|can|should)\s+i\s+(?:save|stop\s+spending|spend\s+less|cut\s+down)\b|"
    # "how much should a uni student budget for groceries": what people in general should do
    r"\bhow\s+much\s+should\s+(?:a|an|one|someone|people|students?|families|couples?)\b|"
    # "how much should I budget for a wedding?", "should my restaurant budget be 400 or 600?":
    # a figure asked for advice, none set
    r"\bhow\s+much\s+should\s+(?:i|we)\s+(?:budget|set\s+aside|put\s+aside|allow)\b|"
    r"^\W*should\s+(?:my|our)\s+(?:\w+\s+)?budget\s+be\b|"
    # "how do people do a weekly grocery budget with 3 kids", "how do you budget for christmas"
    r"^\W*how\s+(?:do|does|would|should)\s+(?:people|you|families|couples|parents|others|"
    r"most\s+people|anyone|one)\s+(?:\w+\s+){0,3}?(?:budget|save|afford|manage|do\s+(?:a|their|the))\b",
    re.I,
)

# Not knowing the day is no question: "groceries 96 earlier this week not sure which day"
UNSURE_WHEN = re.compile(
    r",?\s*(?:but\s+)?(?:i'?m\s+)?(?:not\s+sure|can'?t\s+remember|don'?t\s+remember|forgot|"
    r"no\s+idea)\s+(?:exactly\s+)?(?:which|what|when)(?:\s+(?:day|date|time))?\b",
    re.I,
)
# the same doubt ending the sentence, for the learned layer to read the entry without it
UNSURE_WHEN_AT_END = re.compile(UNSURE_WHEN.pattern + r"[\s.!]*\Z", re.I)
# The person says they paid or spent an amount: "I paid 40 for babysitting"
PAID_AN_AMOUNT = re.compile(
    r"^\W*(?:i|we)\s+(?:just\s+|already\s+)?(?:paid|spent)\s+[$€£]?\d|"
    # the past told in the present, as learners of English do: "I pay 15 dollar for parking
    # near the client office" (not a rate: "I pay 60 a month for my phone")
    r"^\W*(?:i|we)\s+pay\s+[$€£₹]?\s?\d[\d.,]*k?\s*(?:[^\W\d]+\s+)?(?:for|in|at)\b"
    r"(?![^.!?]*\b(?:a|per|every|each)\s+(?:month|week|year|day|time)\b)",
    re.I,
)


# A yes/no question about a total against a figure: "am I under 300 on food this month?",
# "did we go over 200 on takeaway", "have I spent more than 500 on fuel this year?" (the
# figure is what the total is compared with, not a filter on the transactions)
THRESHOLD_ASKED = re.compile(
    r"^(?:(?:so|ok|okay|hey|quick\s+question)[\s,]+)?(?:am|are|did|have|has|was|were|will)\s+"
    r"(?:i|we)\s+(?:still\s+|already\s+|now\s+|even\s+)?"
    r"(?:(?:go|gone|went|gotten|got|been|be|stay|stayed|stayin[g']?|kept|keep|spent|spend|"
    r"spending|spended)\s+)?(?:over|under|above|below|past|within|more\s+than|less\s+than|"
    r"over\s+the|under\s+the)\s+(?:[$€£₹]\s?)?\d",
    re.I,
)
