"""Which language a sentence is in, roughly, from its most common words and letters.

The assistant understands English and the languages with a pack in
`lingassist.assistant.langs` (French, Vietnamese); a sentence in another language gets an
honest "I don't understand that language yet" instead of a guess ("j'ai dépensé 12 euros
au café" once became a payment). The word lists are data: a language is added with a line.
"""

from __future__ import annotations

import re

from lingassist.assistant.langs import PACKS
from lingassist.assistant.lexicon import SIGNS_AFTER

ENGLISH = "en"
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "a",
            "an",
            "and",
            "i",
            "my",
            "me",
            "to",
            "of",
            "for",
            "on",
            "in",
            "at",
            "is",
            "was",
            "it",
            "this",
            "that",
            "what",
            "how",
            "much",
            "did",
            "spent",
            "spend",
            "paid",
            "pay",
            "show",
            "with",
            "from",
            "last",
            "week",
            "month",
            "today",
            "yesterday",
            # people and the verbs said of them: "cancel that he said he'd rather take cash" is
            # English, whatever Spanish's "he" (has) counts for it
            "he",
            "she",
            "they",
            "we",
            "you",
            "his",
            "her",
            "him",
            "them",
            "our",
            "your",
            "their",
            "said",
            "will",
            "would",
            "not",
            "but",
            "just",
            "got",
            "have",
            "had",
            "can",
            "are",
            "were",
            "been",
            "if",
            "or",
            "out",
            "up",
            "about",
            "back",
            # ("kohli 82 off 53 balls" is English, whatever "balls" is one letter from)
            "off",
            "by",
            "too",
            "all",
            "be",
            "do",
            "now",
            "then",
            "there",
            "into",
            "over",
            "again",
            "after",
            "before",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "un",
            "une",
            "des",
            "et",
            "je",
            "j",
            "ai",
            "mon",
            "ma",
            "mes",
            "du",
            "au",
            "aux",
            "pour",
            "sur",
            "dans",
            "est",
            "avec",
            "ce",
            "cette",
            "combien",
            "dépensé",
            "depuis",
            "hier",
            "aujourd",
            "semaine",
            "mois",
            "payer",
            "paye",
            "payé",
            "euros",
            "qu",
            "quoi",
            "chez",
        ]
    ),
    "vi": frozenset(
        [
            "tôi",
            "toi",
            "đã",
            "da",
            "chi",
            "cho",
            "của",
            "cua",
            "và",
            "va",
            "là",
            "la",
            "một",
            "mot",
            "này",
            "nay",
            "hôm",
            "hom",
            "qua",
            "tháng",
            "thang",
            "tuần",
            "tuan",
            "bao",
            "nhiêu",
            "nhieu",
            "tiền",
            "tien",
            "nghìn",
            "nghin",
            "triệu",
            "trieu",
            "ca",
            "phe",
            "cà",
            "phê",
        ]
    ),
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "ich",
            "habe",
            "hab",
            "und",
            "für",
            "fur",
            "ein",
            "eine",
            "mit",
            "im",
            "am",
            "ist",
            "auf",
            "wie",
            "viel",
            "gestern",
            "heute",
            "woche",
            "monat",
            "ausgegeben",
            "bezahlt",
            "zahlen",
            "bei",
            "beim",
            "kauf",
            "kaufen",
            "gekauft",
            "schick",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "la",
            "los",
            "las",
            "yo",
            "he",
            "y",
            "para",
            "por",
            "con",
            "en",
            "un",
            "una",
            "del",
            "al",
            "es",
            "cuánto",
            "cuanto",
            "gasté",
            "gaste",
            "ayer",
            "hoy",
            "semana",
            "mes",
            "pagar",
            "pagué",
            "envía",
            "envia",
            "manda",
            "compré",
            # words Spanish does not share with French, so that "pasá 200€ a la cuenta de
            # ahorro" is not taken for French by its "a", "la" and "de"
            "cuenta",
            "ahorro",
            "ahorros",
            "pasá",
            "anota",
            "anotá",
            "anotalo",
            "anótalo",
            "gasto",
            "gastos",
            "ingreso",
            "presupuesto",
            "ropa",
            "anoche",
            "mañana",
            "pagaron",
            "pagó",
            "preparame",
            "prepárame",
            "dinero",
            "plata",
            "más",
            "pero",
            "muy",
            "también",
            "está",
            "estoy",
            "tengo",
            "desde",
            "hasta",
            "sábado",
            "domingo",
            "viernes",
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "cuando",
            "donde",
            "todos",
            "entradas",
            "viajes",
            "apunta",
            "apuntá",
            # numbers said in words ("anota doce euros de taxi anoche"; not "once", an
            # English word too)
            "dos",
            "tres",
            "cuatro",
            "seis",
            "siete",
            "ocho",
            "nueve",
            "diez",
            "doce",
            "quince",
            "veinte",
            "treinta",
            "cuarenta",
            "cincuenta",
            "cien",
        ]
    ),
}
# More languages told apart (none understood yet): their common words, less those English
# shares ("no", "do", "a", "i", "as", "per"…), which would make "no, bin it" or "which
# subscriptions do I have" look foreign
_MORE_LANGUAGES = {
    "it": "il lo la gli le di da del della al alla con e un una ho speso pagato "
    "ieri oggi quanto settimana mese euro manda mandare comprato nel",
    "pt": "o os um uma de da na em para pra com eu paguei gastei comprei ontem "
    "hoje quanto semana mês reais transferir poupança envia enviar que vou vai vem uns umas "
    "não meu minha num numa muito isso esse essa ganhou ganhei amanhã às",
    "nl": "ik heb het een en voor naar te van met gisteren vandaag betaald uitgegeven "
    "overweeg sturen gekocht",
    "pl": "za na w z wczoraj dzisiaj ile się zł zapłaciłem zapłaciłam wydałem wydałam "
    "kupiłem kupiłam",
    "id": "saya bayar untuk makan kemarin hari ini berapa dan di ke yang dengan sudah beli rupiah",
    "tr": "için dün bugün ve bir bu ne kadar harcadım ödedim aldım lira",
    "sw": "nimebaki nimelipa nimetuma nimepokea leo jana pesa mteja kwa tu sana hii hiyo",
}
FUNCTION_WORDS.update({code: frozenset(words.split()) for code, words in _MORE_LANGUAGES.items()})
NAMES = {
    "fr": "French",
    "vi": "Vietnamese",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "id": "Indonesian",
    "tr": "Turkish",
    "sw": "Swahili",
    "en": "English",
}
_VIETNAMESE_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)
_WORD = re.compile(r"[^\W\d_]+", re.U)
UNKNOWN = "und"  # a language not told apart (BCP 47's "undetermined")
_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_OTHER_SCRIPT = re.compile(r"[^\W\d_A-Za-zÀ-ɏ\u1e00-\u1eff]")
_SHORT = 3
_NAME_RUN = re.compile(
    r"\b[A-ZÀ-Ý][\w'’&.-]*(?:\s+(?:(?:de|du|des|la|le|les|l['’]|d['’]|of|the|&)\s*)*"
    r"[A-ZÀ-Ý][\w'’&.-]*)+"
)


_WITH_SHORT = re.compile(r"\b[wW]/(?=\s|[^\W\d_])")


def says_english(text: str) -> bool:
    """True when the sentence holds one of English's common words ("and", "for", "at" …):
    "café 4.80" holds none, so it tells no language of its own."""
    return not FUNCTION_WORDS[ENGLISH].isdisjoint(_words_of(text))


def _words_of(text: str) -> list[str]:
    """The words of `text` in lower case, an apostrophe parting them ("it's": "it", "s")."""
    return [w.lower() for w in _WORD.findall(text.replace("'", " ").replace("’", " "))]


def language_of(text: str) -> str:
    """The language code whose common words the sentence uses most ("en" when unsure); a
    name of several capitalized words ("Café de la Gare") says nothing of the language."""
    text = _NAME_RUN.sub(" ", text)
    text = _WITH_SHORT.sub(" with ", text)  # "pizza w/ ola and kuba": English, not Polish "w"
    text = "".join(" " if char in SIGNS_AFTER else char for char in text)  # "432円": a price
    words = _words_of(text)
    if not words:
        return ENGLISH
    if len(_VIETNAMESE_LETTERS.findall(text)) >= 2:
        return "vi"
    if _OTHER_SCRIPT.search(text) and len(_OTHER_SCRIPT.findall(text)) > len(_LATIN.findall(text)):
        return UNKNOWN  # "昨日ランチに1200円使った", "заплатил 500 рублей": not a Latin script

    scores = {code: sum(w in lexicon for w in words) for code, lexicon in FUNCTION_WORDS.items()}
    own = {code: pack.detect_score(text) for code, pack in PACKS.items()}
    for code, pack in PACKS.items():  # the languages understood bring their own words
        scores[code] = pack.detect_score(text, FUNCTION_WORDS.get(code, frozenset()))
    best = max(scores, key=lambda code: scores[code])
    if best != ENGLISH and scores[best] >= 2 and scores[best] > scores[ENGLISH]:
        return best
    short = own.get(best) == 1 and scores[ENGLISH] == 0 and len(words) <= _SHORT
    # ("chia seeds 4.99" is English: "chia" alone says nothing of the language)
    shared = PACKS[best].shared_with_english if best in PACKS else frozenset()
    if short and not shared.intersection(words):
        return best  # "pharmacie 14,90", "hủy": a short entry in a language understood
    return ENGLISH
