"""French for the assistant, as data: number words, date and money patterns, a phrase
lexicon glossing French into the grammar's vocabulary, and the reply texts.

Keys are written with their accents; they also match when typed without them ("jai
depense", "cafe"), and apostrophes are optional ("j'ai", "jai", "j ai").
"""

from __future__ import annotations

from lingassist.assistant.language_pack import LanguagePack, NumberWords

_WEEKDAY = r"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_MONTH = (
    r"(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    r"janv|fevr?|sept|oct|nov|dec)\.?"
)
MONTHS = {
    "janvier": "january", "janv": "january", "février": "february", "fevr": "february",
    "fev": "february", "mars": "march", "avril": "april", "mai": "may", "juin": "june",
    "juillet": "july", "août": "august", "septembre": "september", "sept": "september",
    "octobre": "october", "oct": "october", "novembre": "november", "nov": "november",
    "décembre": "december", "dec": "december",
}  # fmt: skip
WEEKDAYS = {
    "lundi": "monday", "mardi": "tuesday", "mercredi": "wednesday", "jeudi": "thursday",
    "vendredi": "friday", "samedi": "saturday", "dimanche": "sunday",
}  # fmt: skip

NUMBERS = NumberWords(
    units={
        "zéro": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
        "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
        "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
        "quarante": 40, "cinquante": 50, "soixante": 60, "quatre-vingt": 80,
        "quatre-vingts": 80, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    },
    hundreds={"cent": 100, "cents": 100},
    scales={"mille": 1000, "million": 1_000_000, "millions": 1_000_000},
    joiners=frozenset({"et"}),
    alone_not_numbers=frozenset({"un", "une", "neuf", "sept"}),
)  # fmt: skip

PATTERNS = (
    # dates
    (_WEEKDAY + r"\s+(?:dernier|passe)", "last {weekday:1}"),
    (_WEEKDAY + r"\s+prochain", "next {weekday:1}"),
    (_WEEKDAY + r"\s+de\s+la\s+semaine\s+(?:derniere|passee)", "{weekday:1} last week"),
    (_WEEKDAY + r"\s+de\s+la\s+semaine\s+prochaine", "{weekday:1} next week"),
    (r"(?:le\s+)?(\d{1,2})(?:er)?\s+" + _MONTH + r"(?:\s+((?:19|20)\d{2}))?",
     "on {1} {month:2} {3}"),
    (r"(?:le\s+)?(?:premier)\s+" + _MONTH, "on 1 {month:1}"),
    (r"il\s+y\s+a\s+(\d{1,2})\s+jours?", "{1} days ago"),
    (r"il\s+y\s+a\s+(\d{1,2})\s+semaines?", "{1} weeks ago"),
    (r"il\s+y\s+a\s+une\s+semaine", "a week ago"),
    (r"(?:depuis\s+le\s+)?debut\s+du\s+mois", "since the start of the month"),
    (r"(?:depuis\s+le\s+)?debut\s+de\s+l'?\s?annee", "since the start of the year"),
    (r"(\d{1,3})\s+(?:dernieres?|derniers?)\s+(?:transactions?|operations?|depenses?|achats?)",
     "last {1} transactions"),
    # amounts: "60e" is 60 euros, "12 € 50" is 12.50, "un euro cinquante" 1.50
    (r"(\d+)\s*€\s*(\d{2})", "{1}.{2} €"),
    (r"une?\s+(?=(?:euros?|balles?)\b)", "1 "),
    (r"(\d+(?:[.,]\d{1,2})?)\s?e", "{1} euros"),
    # commands and questions whose French order differs from the grammar's
    (r"annuler?\s+(?:la|le|l')\s*derni(?:ere|er)\s+(?:depense|transaction|operation|entree|achat)",
     "undo the last transaction"),
    # money received asked about: "combien ai-je gagné", "j'ai touché combien", "mes revenus"
    (r"(?:combien|cb|cbn|cmb)\s+(?:d'?\s?argent\s+)?(?:est-ce\s+que\s+)?(?:j'?\s?ai|ai-je|ai\s+je|"
     r"on\s+a|avons-nous)\s+(?:gagne|touche|encaisse|percu|recu|rentre)\b", "how much did i earn"),
    (r"(?:j'?\s?ai|on\s+a)\s+(?:gagne|touche|encaisse|percu)\s+combien", "how much did i earn"),
    (r"(?:qu'?\s?est-ce\s+que\s+j'?\s?ai|qu'?\s?ai-je)\s+(?:gagne|touche)", "how much did i earn"),
    (r"(?:quels?\s+(?:sont|ont\s+ete|etaient)|c'?\s?est\s+combien)\s+mes\s+(?:revenus|gains)",
     "what was my income"),
    (r"combien\s+(?:de\s+|d'?\s?)(?:revenus?|rentrees?)", "how much income"),
    (r"(?:mes|nos)\s+(?:revenus|gains|rentrees(?:\s+d'?\s?argent)?)(?!\s+(?:de\s+)?\d)",
     "my income"),
    (r"(?:combien|cb|cbn|cmb)\s+(?:est-ce\s+que\s+)?(?:j'?\s?ai|ai-je|ai\s+je)\s+"
     r"(?:depense[rse]*|claque|paye|mis)", "how much did i spend"),
    (r"(?:j'?\s?ai\s+)?(?:depense[rse]*|claque)\s+combien", "how much did i spend"),
    (r"combien\s+(?:il\s+)?me\s+reste-?t?-?i?l?\s+a\s+depenser", "how much can i still spend"),
    (r"combien\s+il\s+me\s+reste\s+a\s+depenser", "how much can i still spend"),
    (r"(?:il\s+)?me\s+reste\s+combien|combien\s+(?:il\s+)?me\s+reste(?:-t-il)?",
     "how much is left"),
    (r"combien\s+(?:d'?\s?argent\s+)?(?:est-ce\s+que\s+)?(?:j'?\s?ai|ai-je)",
     "how much money do i have"),
    (r"combien\s+m'?\s?a\s+coute", "how much did it cost me"),
    (r"combien\s+font", "what is"),
    (r"ou\s+est\s+passe\s+(?:tout\s+)?mon\s+argent", "where did my money go"),
    # "mes 3 plus grosses dépenses", "mes plus gros achats": the largest purchases, ranked
    (r"(\d{1,3})\s+plus\s+gro(?:s|sses?)\s+(?:achats|depenses|operations|transactions)",
     "{1} biggest purchases"),
    (r"plus\s+gro(?:s|sses?)\s+(?:achats|depenses|operations|transactions)", "biggest purchases"),
    (r"dans\s+quoi\s+(?:j'?\s?ai|ai-je)\s+le\s+plus\s+depense", "what did i spend the most on"),
    (r"(?:est-ce\s+que\s+)?(?:j'?\s?ai|ai-je)\s+depasse", "have i gone over"),
    (r"qu'?\s?est-ce\s+que\s+tu\s+(?:sais|peux)\s+faire|que\s+(?:sais|peux)-tu\s+faire",
     "what can you do"),
    (r"je\s+vais\s+(?:acheter|payer|depenser)", "i am going to buy"),
    (r"(?:fixe|definis|definir|fixer|mets|mettre|cree|creer)\s+un\s+budget", "set a budget"),
    (r"(?:je\s+veux|je\s+voudrais)\s+limiter", "i want to budget"),
    (r"(?:j'?\s?ai\s+)?ete\s+rembourse[es]*", "got a refund"),
    (r"m'?\s?a\s+rembourse[es]*", "refunded me"),
    (r"m'?\s?a\s+(?:donne|file|offert)", "sent me"),
    (r"m'?\s?a\s+(?:envoye|vire|verse|paye)", "paid me"),
    (r"(?:est|sont)\s+tombee?s?", "came in"),
    (r"on\s+(?:a\s+)?partage|a\s+partager|on\s+partage|moitie[-\s]moitie", "split"),
    (r"je\s+dois", "i owe"),
    (r"^g\s+(?=(?:depense|paye|achete|claque|recu|touche)\w*)", "i "),  # "g dépensé": j'ai
    (r"^(?:non\s*,?\s*)?pas\s+(?:ca|cela)\s*[.!]*$", "cancel that"),
    (r"j'?\s?ai\s+payer", "i paid"),  # the infinitive typed for the participle
    (r"j'?\s?ai\s+acheter", "i bought"),
    (r"(?:est-ce\s+que\s+)?(?:je\s+peux|puis-je)\s+encore\s+depenser",
     "how much can i still spend"),
    (r"virement\b(?=[^.!?]*\brecu)", "payment"),  # a transfer received is income
    (r"(?:la\s+)?facture\s+(?=(?-i:[A-Z]))", "the bill to "),  # "la facture Orange"
    (r"^(?:bonjour|salut|coucou|hello)\s*[,!.]?\s+(?=\w)", ""),  # a greeting before a request
    (r"\s+(?=[?!])", ""),  # French sets a space before "?" and "!"
)  # fmt: skip

_LEXICON = {
    # pronouns, articles, prepositions
    "je": "i", "j'": "i", "moi": "me", "mon": "my", "ma": "my", "mes": "my", "le": "the",
    "la": "the", "les": "the", "l'": "the", "un": "a", "une": "a", "des": "", "du": "of the",
    "de": "of", "d'": "from", "au": "at the", "aux": "at the", "à": "at", "chez": "at",
    "pour": "for", "avec": "with", "dans": "in", "en": "in", "sur": "on", "vers": "to",
    "par": "by", "et": "and", "ou": "or", "ce": "this", "cette": "this", "cet": "this",
    "ces": "these", "on": "we", "nous": "we", "tu": "you", "vous": "you", "mais": "but",
    "depuis": "since", "entre": "between", "quel": "what", "quelle": "what", "quels": "what",
    "quelles": "what", "quel est": "what is", "quels sont": "what are", "c'est": "it is",
    "c'est quoi": "what is", "combien": "how much", "cb": "how much", "tout": "all",
    "toutes": "all", "tous": "all", "en tout": "in total", "par mois": "a month",
    "par an": "a year", "par année": "a year", "chaque année": "every year",
    "combien ça coûte": "how much does it cost", "combien ça coute": "how much does it cost",
    "combien ça fait": "how much does it come to",
    "chaque mois": "every month", "mensuel": "monthly", "par semaine": "a week",
    "plus de": "more than", "moins de": "less than", "au-dessus de": "over",
    "en-dessous de": "under", "s'il vous plaît": "please", "s'il te plaît": "please",
    "stp": "please", "svp": "please", "merci": "thanks", "merci beaucoup": "thanks",
    "bonjour": "hello", "salut": "hello", "pouvez-vous": "can you", "peux-tu": "can you",
    "tu peux": "can you", "dis-moi": "tell me", "dis moi": "tell me", "non": "no",
    "oui": "yes", "plutôt": "rather", "mieux": "better", "ça ira": "works",
    "retour aussi": "return too", "le retour aussi": "the return too",
    # a plan or a price seen, never money spent: "ski pass prévu ~ 250", "loyer moyen 2'400"
    "prévu": "planned", "prévue": "planned", "prévus": "planned", "moyen": "average",
    "moyenne": "average",
    "ca ira": "works", "en fait": "actually", "pardon": "sorry",
    "et le": "and", "de côté": "aside", "en ce moment": "right now", "actuellement": "now",
    "fois": "times", "convertis": "convert", "convertir": "convert", "blague": "joke",
    # follow-ups: more people on a split, the day beside, a new figure, a ranking
    "aussi": "also", "et aussi": "and", "ajoute aussi": "add", "c'était": "it was",
    "oups": "oops", "mets-le à": "set it to", "mets-la à": "set it to",
    "passe-le à": "set it to", "passe-la à": "set it to", "fixe-le à": "set it to",
    "fixe-la à": "set it to", "veille": "day before", "lendemain": "day after",
    "jour d'avant": "day before", "jour d'après": "day after", "jour précédent": "day before",
    "jour suivant": "day after",
    "détaille": "break it down", "détailler": "break it down", "détaille-moi": "break it down",
    "décompose": "break it down", "répartis": "break it down", "ventile": "break it down",
    "magasin": "shop", "magasins": "shops", "boutique": "shop", "boutiques": "shops",
    "commerce": "shop", "commerces": "shops", "enseigne": "shop", "enseignes": "shops",
    "mois d'avant": "month before", "mois précédent": "month before",
    "semaine d'avant": "week before", "semaine précédente": "week before",
    "année d'avant": "year before", "année précédente": "year before",
    # verbs
    "j'ai": "i", "ai": "have", "a": "has", "ai-je": "have i", "dépensé": "spent",
    "dépensés": "spent", "dépenser": "spent", "claqué": "spent", "payé": "paid",
    "j'ai payé": "i paid", "acheté": "bought", "acheter": "buy", "j'ai pris": "i bought",
    "pris": "bought",
    "je viens de payer": "i just paid", "je viens d'acheter": "i just bought",
    "fait le plein": "bought petrol", "le plein": "petrol", "mangé": "ate",
    "reçu": "received", "reçue": "received", "reçus": "received", "reçues": "received",
    "j'ai reçu": "i received", "touché": "received", "gagné": "earned",
    # the pay received, as Quebec and France write it: "paye reçue 2 146,80 $ ce matin"
    "paye reçue": "salary received", "paie reçue": "salary received", "ma paye": "my salary",
    "ma paie": "my salary",
    "encaissé": "received", "vendu": "sold", "remboursé": "refunded", "remboursés": "refunded",
    "ajoute": "add", "ajouter": "add", "rajoute": "add", "note": "add", "noter": "add",
    "enregistre": "record", "enregistrer": "record", "mets": "put", "mettre": "put",
    "paie": "pay", "paye": "pay", "payer": "pay", "payez": "pay", "règle": "pay",
    "régler": "pay", "envoie": "send", "envoyer": "send", "envoi": "send", "verse": "pay",
    "verser": "pay", "rembourse": "pay back", "rembourser": "pay back", "vire": "transfer",
    "virer": "transfer", "transfère": "transfer", "transférer": "transfer",
    "fais un virement": "make a transfer", "faire un virement": "make a transfer",
    "virement": "transfer", "virement reçu": "received", "prépare": "prepare",
    "partagé": "split", "partagée": "split", "partagés": "split", "partager": "split",
    "partage": "split",
    "la moitié de": "half of", "moitié de": "half of", "la moitié des": "half of the",
    "montre": "show", "montre-moi": "show me", "montre moi": "show me", "affiche": "show",
    "afficher": "show", "fais voir": "show", "liste": "list", "lister": "list",
    "supprime": "delete", "supprimer": "delete", "efface": "delete", "effacer": "delete",
    "enlève": "delete", "enlever": "delete", "retire": "delete",
    "retiré au distributeur": "took out at the atm", "retiré au dab": "took out at the atm",
    "retiré": "took out", "retrait": "cash withdrawal", "au distributeur": "at the atm",
    "au dab": "at the atm", "au guichet automatique": "at the atm",
    "retirer": "delete", "boulot": "job", "travail": "job", "annule": "cancel", "annuler": "cancel",
    "annule ça": "cancel that", "laisse tomber": "never mind", "oublie": "forget it",
    "oublie ça": "forget it", "ce que je viens d'ajouter": "what i just added",
    "perdu": "lost", "volé": "stolen", "refusé": "declined", "refusée": "declined",
    "changer": "change", "j'aimerais": "i wish", "j'aimerais bien": "i wish",
    "aide": "help", "aide-moi": "help me", "fera-t-il": "will it be", "raconte-moi": "tell me",
    "raconte": "tell", "limiter": "budget",
    # money words
    "euro": "euros", "euros": "euros", "balles": "euros", "boules": "euros",
    "dépense": "expense", "dépenses": "expenses", "une dépense": "an expense",
    "revenu": "income", "revenus": "income", "salaire": "salary", "paie du mois": "salary",
    "prime": "bonus", "chèque": "cheque", "remboursement": "refund", "retour": "return",
    "remboursements": "refunds", "retours": "returns", "virements": "transfers",
    "budget": "budget", "solde": "balance", "compte": "account", "compte courant": "checking",
    "du compte courant": "from checking", "compte épargne": "savings",
    "épargne": "savings", "livret a": "savings", "argent": "money", "transactions": "transactions",
    "transaction": "transaction", "opérations": "transactions", "opération": "transaction",
    "achats": "purchases", "historique": "history", "paiements": "payments",
    "paiement": "payment", "facture": "bill", "abonnements": "subscriptions",
    "abonnement": "membership", "répartition": "breakdown", "par catégorie": "by category",
    "catégories": "categories", "catégorie": "category", "plus grosses": "top",
    "top": "top", "dernière": "last", "dernier": "last", "carte bancaire": "card",
    "carte": "card", "code pin": "pin", "employeur": "employer", "petit boulot": "side job",
    "baby-sitting": "babysitting", "babysitting": "babysitting",
    # dates
    # written the short way
    "auj": "today", "ajd": "today", "pr": "for", "ds": "in", "bcp": "a lot",
    "hier": "yesterday", "aujourd'hui": "today", "ce matin": "this morning",
    "il y a quelques jours": "a few days ago", "il y a plusieurs jours": "a few days ago",
    "l'autre jour": "the other day", "il y a quelques semaines": "a few weeks ago",
    "je gagne": "i earn", "on gagne": "we earn", "nous gagnons": "we earn",
    "ce soir": "tonight", "hier soir": "last night", "avant-hier": "the day before yesterday",
    "demain": "tomorrow", "ce mois-ci": "this month", "ce mois": "this month",
    "de la semaine": "this week", "du mois": "this month", "de la semaine dernière": "last week",
    "de la semaine passée": "last week", "du mois dernier": "last month",
    "du mois passé": "last month",
    "le mois dernier": "last month", "le mois passé": "last month", "mois dernier": "last month",
    "le mois prochain": "next month", "cette semaine": "this week",
    "la semaine dernière": "last week", "la semaine passée": "last week",
    "semaine dernière": "last week", "cette année": "this year", "l'année dernière": "last year",
    "l'année prochaine": "next year", "ce week-end": "this weekend",
    "ce weekend": "this weekend", "le week-end dernier": "last weekend", "mois": "month",
    "cet été": "this summer", "l'été dernier": "last summer", "pendant l'été": "over the summer",
    "en été": "in summer", "cet hiver": "this winter", "l'hiver dernier": "last winter",
    "en hiver": "in winter", "au printemps": "in the spring", "ce printemps": "this spring",
    "le printemps dernier": "last spring", "cet automne": "this autumn",
    "l'automne dernier": "last autumn", "en automne": "in autumn",
    # categories
    "café": "coffee", "cafés": "coffees", "resto": "restaurant", "restos": "restaurants",
    "restau": "restaurant", "restaurant": "restaurant", "courses": "groceries",
    "supermarché": "supermarket", "marché": "groceries", "essence": "petrol",
    "carburant": "fuel", "coiffeur": "haircut", "pharmacie": "pharmacy",
    "médicaments": "medicine", "boulangerie": "bakery", "cinéma": "cinema", "ciné": "cinema",
    "déjeuner": "lunch", "dîner": "dinner", "petit-déjeuner": "breakfast", "métro": "metro",
    "billets de train": "train", "train": "train", "péage": "toll", "loyer": "rent",
    "électricité": "electricity", "eau": "water", "téléphone": "phone",
    "fringues": "clothes", "vêtements": "clothes", "habits": "clothes", "pull": "clothes",
    "chaussures": "shoes", "livre": "book", "livres": "books", "cadeau": "gift",
    "cadeau anniversaire": "gift", "fleurs": "flowers", "bouffe": "food", "nourriture": "food",
    "clopes": "cigarettes", "apéro": "drinks", "alcool": "alcohol", "garagiste": "mechanic",
    "dentiste": "dentist", "médecin": "doctor", "salle de sport": "gym", "transport": "transport",
    "transports": "transport", "sorties": "entertainment", "voyage": "travel",
    "réparation": "repair", "réparations": "repairs", "voiture": "car", "travaux": "repairs",
    "assurance": "insurance", "impôts": "taxes", "sandwich": "lunch", "kebab": "fast food",
    "burger": "fast food", "mcdo": "mcdonalds", "pizza": "takeout", "sushis": "restaurant",
    "tabac": "cigarettes", "boucher": "groceries", "boucherie": "groceries",
    # month and weekday names
    **MONTHS,
    **WEEKDAYS,
}  # fmt: skip

# "à" is "to" after a verb of paying or sending ("envoie 20 balles à Paul").
CONTEXTUAL = (
    (
        r"\b(?:paie|paye|payer|envoie|envoyer|envoi|verse|verser|rembourse|rembourser|vire|"
        r"virer|virement|dois|transf[eè]re)\b",
        {"à": "to", "au": "to the"},
    ),
    # "a" typed without its accent between things counted and a price ("2 cafés a 2,50") is
    # "à", "at", never "has"
    (r"\b\d{1,2}\s+(?:[^\W\d_]+\s+){1,3}a\s+\d", {"a": "at"}),
    # "je" right before a price is German's "each" ("3 Brötchen je 0,55"), never "I"
    (r"\bje\s+\d", {"je": "je"}),
)

# Money the person did not spend or receive: a plan, a wish, a need, a price, a saving
# goal, someone else's pay.
NEVER_ENTRIES = (
    r"\b(?:veux|voudrais|voudrait|aimerais|aimerait|besoin|faut|faudrait|vais|compte\s+"
    r"(?:acheter|payer|depenser)|envisage|pense\s+(?:a|acheter)|economiser|epargner|mettre\s+de\s+"
    r"cote|peut-etre|peut\s+etre|(?<!a\s)coute(?:nt|rait)?|prix|vaut|combien\s+(?:coute|vaut)|"
    # a plan, and the hedge after one: "plan pour l'été : … environ 1 200 $, on verra"
    r"on\s+verra|plans?\s+pour|(?:j'?\s?ai\s+)?prevu\s+(?:de|d'|pour)|projet\s+(?:de|d')|"
    r"(?:mon|ma|son|sa)\s+(?:frere|soeur|pere|mere|copain|copine|ami|amie|collegue|voisin|voisine|"
    r"patron|mari|femme)\s+(?:gagne|touche|paie|paye|depense|a\s+gagne|a\s+touche))\b"
)
# Never a write at all: a negation, an "if", a loan, a reminder, a double charge.
NEVER_ACTIONS = (
    r"\b(?:(?:j'?\s?ai|je\s+n'?\s?ai|n'?\s?ai)\s+(?:pas|jamais|rien)|ne\s+\w+\s+pas|si\s+(?:je|j'|on)|"
    r"pret|emprunt\w*|rappelle\w*|debite\w*\s+deux\s+fois|c'?\s?est\s+cher|crois|penses?\s+que)\b"
)

MESSAGES = {
    "ask.amount": "C’était combien ?",
    "ask.amount.draft_payment": "Combien faut-il payer ?",
    "ask.amount.transfer": "Combien faut-il virer ?",
    "ask.amount.set_budget": "Quel montant pour ce budget ?",
    "ask.amount.set_budget.monthly": "Les budgets se tiennent au mois : quel montant par mois ?",
    "ask.amount_choice": "C’était quel montant : {choices} ?",
    "or": " ou ",
    "ask.day": "C’était quel jour ?",
    "ask.category": "Dans quelle catégorie ?",
    "ask.payee": "À qui faut-il payer ?",
    "ask.merchant": "C’était où ?",
    "ask.account": "Quel compte ?",
    "ask.account.transfer": "Depuis quel compte faut-il virer ?",
    "ask.to_account": "Vers quel compte ?",
    "ask.split_with": "Avec qui l’avez-vous partagé ?",
    "ask.date": "Ce jour n’existe pas : c’était quel jour ?",
    "confirm": "Appuyez sur Entrée pour confirmer.",
    "confirm.review": "Appuyez sur Entrée pour vérifier et confirmer.",
    "card.add_expense": "Ajouter une dépense de {amount}{where}",
    "card.add_income": "Ajouter un revenu de {amount}{where}",
    "card.add_refund": "Ajouter un remboursement de {amount}{where}",
    "card.split_expense": "Partager une dépense de {amount}{where}",
    "card.draft_payment": "Préparer un paiement de {amount}{to}",
    "card.transfer": "Virer {amount}{to}",
    "card.set_budget": "Fixer un budget de {amount}",
    "card.undo": "Annuler la dernière opération",
    "card.replace": "Remplacer l’entrée de {old} déjà enregistrée par {amount}{where}",
    "card.replace_same": "Modifier l’entrée de {amount} déjà enregistrée{where}",
    "ledger.payment_to": "Paiement à {payee}",
    "ledger.transfer_to": "Virement vers {account}",
    "where.at": " chez {name}",
    "where.from": " de {name}",
    "to": " à {name}",
    "not_understood": "Désolé, je n’ai pas compris.",
    "seen_amount": "Je vois {amount}, mais pas ce qu’il faut en faire.",
    "general": (
        "Je peux enregistrer des dépenses et des revenus, répondre à vos questions sur votre "
        "argent, fixer des budgets et préparer des paiements. Par exemple : « j’ai dépensé "
        "12 euros au café hier »."
    ),
    "answer.earned": "Vous avez reçu {amount}{what} {period}",
    "answer.spent": "Vous avez dépensé {amount}{what} {period}",
    "answer.refunded": "Vous avez été remboursé de {amount}{what} {period}",
    "answer.count.one": " (1 opération)",
    "answer.count.many": " ({count} opérations)",
    "answer.more": ", {percent} % de plus que {period} ({amount})",
    "answer.less": ", {percent} % de moins que {period} ({amount})",
    "answer.against": ", contre {amount} {period}",
    "answer.above_limit": " : {amount} de plus que {limit}",
    "answer.below_limit": " : {amount} de moins que {limit}",
    "answer.at_limit": " : exactement {limit}",
    "answer.nothing_before": ", rien {period}",
    "answer.none_found": "Je n’ai trouvé aucune opération de ce genre.",
    "answer.here.one": "Voici 1 opération{what}{period} :",
    "answer.here.many": "Voici {count} opérations{what}{period} :",
    "answer.kind.expense": "Vos dépenses{what}{period} ({count}) :",
    "answer.kind.income": "Vos revenus{what}{period} ({count}) :",
    "answer.kind.refund": "Vos remboursements{what}{period} ({count}) :",
    "answer.kind.transfer": "Vos virements{what}{period} ({count}) :",
    "answer.kind_none.expense": "Aucune dépense{what}{period}.",
    "answer.kind_none.income": "Aucun revenu{what}{period}.",
    "answer.kind_none.refund": "Aucun remboursement{what}{period}.",
    "answer.kind_none.transfer": "Aucun virement{what}{period}.",
    "answer.balances": "Soldes aujourd’hui — {parts}.",
    "answer.owed": " dû",
    "answer.no_accounts": "Vous n’avez pas encore de compte.",
    "answer.no_budgets": "Vous n’avez pas encore de budget. Essayez « budget de 200 euros par mois "
    "pour les courses ».",
    "answer.budgets": "Budgets {period} :",
    "answer.budget_line": "{name} : {spent} sur {limit} ({state})",
    "answer.left": "reste {amount}",
    "answer.over": "dépassé de {amount}",
    "breakdown.none": "Vous n’avez rien dépensé{what} {period}.",
    "breakdown.biggest": "Vos {count} plus grosses dépenses {period} :",
    "breakdown.head.categories": "Vos principales catégories{what} {period} (total {total}) :",
    "breakdown.head.places": "Vos principaux commerces{what} {period} (total {total}) :",
    "breakdown.line": "{index}. {name} : {amount} ({share}, {count})",
    "count.one": "1 opération",
    "count.many": "{count} opérations",
    "subscriptions.none": (
        "Je n’ai trouvé aucun abonnement ni paiement régulier pour l’instant. Les dépenses "
        "notées avec « par mois » ou « chaque semaine » sont retenues comme régulières."
    ),
    "subscriptions.head": "{count} paiements réguliers, environ {amount} par mois :",
    "subscriptions.head.one": "1 paiement régulier, environ {amount} par mois :",
    "subscriptions.head.year": (
        "{count} paiements réguliers, environ {amount} par mois, soit {year} par an :"
    ),
    "subscriptions.head.year.one": (
        "1 paiement régulier, environ {amount} par mois, soit {year} par an :"
    ),
    "subscriptions.line": "{name} : {amount} {rhythm}, prochain vers le {next}",
    "subscriptions.line.missed": (
        "{name} : {amount} {rhythm}, attendu le {next} mais plus prélevé depuis (résilié ?)"
    ),
    "subscriptions.changed.up": ", en hausse depuis le {since} (avant {before})",
    "subscriptions.changed.down": ", en baisse depuis le {since} (avant {before})",
    "subscriptions.guessed": " (trouvé d’après son rythme)",
    "rhythm.weekly": "par semaine",
    "rhythm.monthly": "par mois",
    "rhythm.yearly": "par an",
    "subject.income": " en {name}",
    "subject.category": " en {name}",
    "subject.merchant": " chez {name}",
    "subject.account": " avec {name}",
    "period.month": "en {label}",
    "period.day": "le {label}",
    "period.range": "du {start} au {end}",
    "example": "Pour {what}, dites par exemple « {example} ».",
    "example.add_expense": "enregistrer une dépense|café 3,50 au Café de Flore",
    "example.add_income": "enregistrer de l’argent reçu|salaire 2 400 euros",
    "example.add_refund": "enregistrer un remboursement|remboursement de 20 euros d’Amazon",
    "example.split_expense": "partager une dépense|dîner 60 euros partagé avec Tom",
    "example.transfer": "virer entre vos comptes|vire 200 euros sur mon livret A",
    "example.draft_payment": "préparer un paiement|paie Marie 40 euros pour le dîner",
    "example.set_budget": "fixer un budget|budget de 300 euros par mois pour les courses",
    "example.budget_status": "voir un budget|où en est mon budget courses ?",
    "example.query_spending": "voir vos dépenses|combien j’ai dépensé en courses le mois dernier ?",
    "example.show_transactions": "lister des opérations|montre mes transactions de la semaine",
    "example.balance": "voir un solde|quel est mon solde ?",
    "nothing_to_undo": "Il n’y a rien à annuler.",
    "nothing_to_cancel": (
        "Rien à annuler : aucune carte n’attend. Pour retirer la dernière écriture, dites\u00a0"
        "«\u00a0annule la dernière opération\u00a0»."
    ),
    "cancelled": "Annulé : rien n’a été enregistré.",
    "cancelled.undo": "Annulé : rien n’a été défait.",
}

DETECT = frozenset(
    """le la les un une des de et je j ai ça pas mon ma mes du au aux pour sur dans est avec ce
    cette
    combien dépensé depense dépense dépenses depuis hier aujourd semaine mois payer paye payé
    qu quoi chez balles à acheté achete reçu recu salaire solde virement envoie paie
    montre affiche annule supprime efface abonnements remboursement remboursé dernier dernière
    jai quel quels quelle moi resto courses loyer combien cb stp svp merci bonjour
    laisse tomber oublie aide vendredi samedi dimanche lundi mardi mercredi jeudi janvier
    février mars avril juin juillet août septembre octobre novembre décembre il y a
    déjeuner dîner boulangerie pharmacie essence coiffeur""".split()  # noqa: SIM905 - a word list reads best as words
)

PACK = LanguagePack(
    code="fr",
    name="French",
    detect=DETECT,
    numbers=NUMBERS,
    patterns=PATTERNS,
    phrases=_LEXICON,
    months=MONTHS,
    weekdays=WEEKDAYS,
    contextual=CONTEXTUAL,
    account_nouns=("compte",),
    never_entries=NEVER_ENTRIES,
    never_actions=NEVER_ACTIONS,
    messages=MESSAGES,
    # ("160 % de plus que en novembre" is written "qu’en novembre")
    elisions=((r"\b([Qq]u)e (?=[aeiouyhéèêàâîôûAEIOUYHÉ])", r"\1’"),),
)
