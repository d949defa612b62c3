"""French and Vietnamese are read by their language packs: number words, currencies,
dates, intents, Vietnamese with and without its marks, and every slot's span on the words
the person wrote. Each case is one kind of phrasing, not a sentence of the dev sets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.assistant import Intent, parse
from lingassist.assistant.langs import PACKS
from lingassist.assistant.languages import language_of

TODAY = date(2026, 11, 18)  # a Wednesday


def _parse(text: str, currency: str = "EUR"):  # type: ignore[no-untyped-def]
    return parse(text, today=TODAY, default_currency=currency)


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("douze euros cinquante de pain", "EUR", "12.50"),
        ("quatre-vingt-dix-neuf euros de chaussures", "EUR", "99"),
        ("soixante et onze euros de courses", "EUR", "71"),
        ("j'ai dépensé mille deux cents euros pour le loyer", "EUR", "1200"),
        ("trois euros quarante le café", "EUR", "3.40"),
        ("resto 28 balles", "EUR", "28"),
        ("essence 60e", "EUR", "60"),
        ("taxi 23,60 €", "EUR", "23.60"),
        ("năm mươi nghìn tiền gửi xe", "VND", "50000"),
        ("hai trăm nghìn tiền ăn tối", "VND", "200000"),
        ("một trăm năm mươi nghìn tiền xăng", "VND", "150000"),
        ("một triệu hai tiền học", "VND", "1200000"),
        ("hai triệu rưỡi tiền học", "VND", "2500000"),
        ("mua giày 1 triệu 2", "VND", "1200000"),
        ("cà phê 50k", "VND", "50000"),
        ("sửa xe mất 2 củ", "VND", "2000000"),
        ("bún chả 40.000đ", "VND", "40000"),
    ],
)
def test_amounts_in_words_digits_and_shorthands(text: str, currency: str, amount: str) -> None:
    command = _parse(text, currency)
    assert command.intent is Intent.ADD_EXPENSE
    assert command.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "currency", "day"),
    [
        ("café 3,50 hier", "EUR", date(2026, 11, 17)),
        ("taxi 23,60 vendredi dernier", "EUR", date(2026, 11, 13)),
        ("le 3 mars j'ai payé 120 euros au garage", "EUR", date(2026, 3, 3)),
        ("kebab 7 euros avant-hier", "EUR", date(2026, 11, 16)),
        ("péage 12,30 il y a 3 jours", "EUR", date(2026, 11, 15)),
        ("phở 45k hôm qua", "VND", date(2026, 11, 17)),
        ("trà sữa 30k thứ sáu tuần trước", "VND", date(2026, 11, 13)),
        ("ngày 3 tháng 3 mua điện thoại 7 triệu", "VND", date(2026, 3, 3)),
        ("hom qua an pho het 45k", "VND", date(2026, 11, 17)),
    ],
)
def test_dates_of_entries(text: str, currency: str, day: date) -> None:
    command = _parse(text, currency)
    assert command.intent is Intent.ADD_EXPENSE and command.date == day


@pytest.mark.parametrize(
    ("text", "currency", "start", "end"),
    [
        ("combien j'ai dépensé ce mois-ci ?", "EUR", date(2026, 11, 1), date(2026, 11, 30)),
        (
            "combien j'ai dépensé en courses le mois dernier",
            "EUR",
            date(2026, 10, 1),
            date(2026, 10, 31),
        ),
        ("tháng này tôi đã tiêu bao nhiêu?", "VND", date(2026, 11, 1), date(2026, 11, 30)),
        ("thang truoc tieu bao nhieu tien an uong", "VND", date(2026, 10, 1), date(2026, 10, 31)),
    ],
)
def test_questions_about_spending_and_their_period(
    text: str, currency: str, start: date, end: date
) -> None:
    command = _parse(text, currency)
    assert command.intent is Intent.QUERY_SPENDING
    assert command.period is not None and (command.period.start, command.period.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "currency", "intent"),
    [
        ("j'ai reçu mon salaire de 2400 euros", "EUR", Intent.ADD_INCOME),
        ("quel est mon solde ?", "EUR", Intent.BALANCE),
        ("envoie 20 balles à Paul", "EUR", Intent.DRAFT_PAYMENT),
        ("supprime la dernière dépense", "EUR", Intent.UNDO),
        ("laisse tomber", "EUR", Intent.CANCEL),
        ("remboursement de 20 euros d'Amazon", "EUR", Intent.ADD_REFUND),
        ("nhận lương 15 triệu", "VND", Intent.ADD_INCOME),
        ("số dư tài khoản của tôi", "VND", Intent.BALANCE),
        ("chuyển 500k cho Lan", "VND", Intent.DRAFT_PAYMENT),
        ("xóa giao dịch vừa rồi", "VND", Intent.UNDO),
        ("hủy", "VND", Intent.CANCEL),
    ],
)
def test_intents(text: str, currency: str, intent: Intent) -> None:
    assert _parse(text, currency).intent is intent


def test_a_french_expense_at_a_cafe_is_never_a_payment() -> None:
    command = _parse("j'ai dépensé 12 euros au café")
    assert command.intent is Intent.ADD_EXPENSE and command.language == "fr"
    assert (command.amount, command.currency) == (Decimal(12), "EUR")
    assert command.category == "FOOD_AND_DRINK_COFFEE" and command.payee is None


def test_vietnamese_reads_the_same_with_and_without_its_marks() -> None:
    marked, bare = (
        _parse("tôi đã chi 50k cho cà phê", "VND"),
        _parse("toi da chi 50k cho ca phe", "VND"),
    )
    for command in (marked, bare):
        assert command.language == "vi" and command.intent is Intent.ADD_EXPENSE
        assert (command.amount, command.category) == (Decimal(50000), "FOOD_AND_DRINK_COFFEE")


def test_spans_and_names_point_at_the_words_written() -> None:
    command = _parse("gửi 1 triệu cho anh Tuấn ngày mai", "VND")
    assert command.intent is Intent.DRAFT_PAYMENT and command.payee == "Tuấn"
    assert command.spans["amount"].source == "1 triệu"
    assert command.spans["payee"].source == "Tuấn"
    # sent yesterday (Vietnamese marks no tense): paid already, to Tuấn
    paid = _parse("gửi 1 triệu cho anh Tuấn hôm qua", "VND")
    assert paid.intent is Intent.ADD_EXPENSE and paid.spans["merchant"].source == "Tuấn"
    french = _parse("taxi 23,60 vendredi dernier")
    assert french.spans["date"].source == "vendredi dernier"


def test_a_marked_word_must_agree_with_the_lexicon() -> None:
    """ "chị" (sister) is not "chi" (spend): the gloss leaves it, and a name follows."""
    assert "spent" in PACKS["vi"].gloss("toi da chi 50k").text
    assert "spent" not in PACKS["vi"].gloss("chị Hoa").text


@pytest.mark.parametrize(
    "text",
    [
        "quel temps fera-t-il demain ?",
        "j'ai perdu ma carte bancaire",
        "je vais acheter une voiture à 20000 euros",
        "tôi bị mất thẻ ngân hàng",
        "tháng sau tôi định mua xe máy 30 triệu",
        "raconte-moi une blague",
    ],
)
def test_unsure_or_out_of_scope_is_never_an_action(text: str) -> None:
    assert not _parse(text).is_action


@pytest.mark.parametrize(
    ("text", "language"),
    [("pharmacie 14,90", "fr"), ("hủy", "vi"), ("coffee 4.50", "en"), ("budget status", "en")],
)
def test_short_entries_are_told_apart(text: str, language: str) -> None:
    assert language_of(text) == language


@pytest.mark.parametrize(
    ("text", "currency", "intent", "amount"),
    [
        ("ma sœur m'a donné 30 euros", "EUR", Intent.ADD_INCOME, "30"),
        ("j'ai payer 18 euros au cinéma", "EUR", Intent.ADD_EXPENSE, "18"),
        ("virement de 900 euros reçu de mon boulot", "EUR", Intent.ADD_INCOME, "900"),
        ("được bố cho 1 triệu", "VND", Intent.ADD_INCOME, "1000000"),
        ("mua quần áo trên Shopee 450.000đ", "VND", Intent.ADD_EXPENSE, "450000"),
        ("tháng sau chắc mua điện thoại 10 triệu", "VND", Intent.OTHER, None),
    ],
)
def test_kinds_of_money_words(text: str, currency: str, intent: Intent, amount: str | None) -> None:
    command = _parse(text, currency)
    assert command.intent is intent
    if amount is not None:
        assert command.amount == Decimal(amount)


def test_a_vietnamese_bound_is_a_filter_and_a_place_is_not() -> None:
    command = _parse("liệt kê giao dịch trên 500k tháng trước", "VND")
    assert command.intent is Intent.SHOW_TRANSACTIONS and command.min_amount == 500000


def test_a_weekday_written_with_its_number() -> None:
    assert _parse("thu 3 tuan truoc an lau 400k", "VND").date == date(2026, 11, 10)


def test_follow_ups_are_read_in_the_sentence_language() -> None:
    from lingassist.assistant import ConversationContext

    first = _parse("chuyển 500k cho Lan", "VND")
    again = parse(
        "sửa thành 600k",
        today=TODAY,
        default_currency="VND",
        context=ConversationContext().remember(first),
    )
    assert again.intent is Intent.DRAFT_PAYMENT and again.amount == 600000 and again.payee == "Lan"


@pytest.mark.parametrize(
    ("text", "currency", "intent", "amount"),
    [
        ("vé xem phim 2 vé 180k", "VND", Intent.ADD_EXPENSE, "180000"),
        ("được lì xì 2 triệu", "VND", Intent.ADD_INCOME, "2000000"),
        ("thưởng cuối năm 10 triệu", "VND", Intent.ADD_INCOME, "10000000"),
        ("giúp tôi với", "VND", Intent.HELP, None),
        ("non pas ça", "EUR", Intent.CANCEL, None),
    ],
)
def test_counts_gifts_and_short_requests(
    text: str, currency: str, intent: Intent, amount: str | None
) -> None:
    command = _parse(text, currency)
    assert command.intent is intent
    assert command.amount == (Decimal(amount) if amount else None)


def test_a_period_said_after_its_noun() -> None:
    command = _parse("montre mes achats de la semaine dernière")
    assert command.period is not None and command.period.start == date(2026, 11, 9)


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("je veux économiser 5000 euros cette année", "EUR"),
        ("mon frère gagne 3000 euros par mois", "EUR"),
        ("le café coûte 3 euros ici", "EUR"),
        ("j'ai pas dépensé 40 euros hier", "EUR"),
        ("rappelle-moi de payer le loyer", "EUR"),
        ("il me faut un prêt de 10000 euros", "EUR"),
        ("tôi muốn tiết kiệm 100 triệu năm nay", "VND"),
        ("anh tôi lương 30 triệu một tháng", "VND"),
        ("tôi không tiêu 40k hôm qua", "VND"),
        ("nhắc tôi trả tiền nhà", "VND"),
        ("tôi muốn vay 50 triệu", "VND"),
    ],
)
def test_money_not_spent_by_the_person_is_asked_about_never_logged(
    text: str, currency: str
) -> None:
    command = _parse(text, currency)
    assert command.intent is Intent.OTHER and command.amount is None


def test_a_past_cost_and_a_wanted_payment_still_act() -> None:
    spent = _parse("hier j'ai fait les courses et ça m'a coûté 87 euros")
    assert spent.intent is Intent.ADD_EXPENSE and spent.amount == 87
    wanted = _parse("tôi muốn chuyển 500k cho Lan", "VND")
    assert wanted.intent is Intent.DRAFT_PAYMENT and wanted.payee == "Lan"


@pytest.mark.parametrize(
    ("text", "currency", "intent"),
    [
        ("jai depencé 12 euros au tabac", "EUR", Intent.ADD_EXPENSE),
        ("suprime la derniere depense", "EUR", Intent.UNDO),
        ("anule", "EUR", Intent.CANCEL),
        ("g dépensé 15e pr le ciné", "EUR", Intent.ADD_EXPENSE),
        ("tháng này tiêu bn rồi", "VND", Intent.QUERY_SPENDING),
        ("mk vừa mua cf 29k", "VND", Intent.ADD_EXPENSE),
    ],
)
def test_typos_and_chat_spellings(text: str, currency: str, intent: Intent) -> None:
    assert _parse(text, currency).intent is intent


def test_another_form_of_a_word_is_not_a_typo() -> None:
    """ "livret" is not "livre" (a book), "réparation" not "répartition" (a breakdown)."""
    french = PACKS["fr"]
    assert french.correction("depencé") == "dépensé"
    assert french.correction("livret") is None and french.correction("réparation") is None


@pytest.mark.parametrize(
    ("text", "currency", "category"),
    [
        ("ciné 11 euros", "EUR", "ENTERTAINMENT_TV_AND_MOVIES"),
        ("électricité 80 euros", "EUR", "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY"),
        ("un kebab à 8 euros", "EUR", "FOOD_AND_DRINK_FAST_FOOD"),
        ("bún chả 40k", "VND", "FOOD_AND_DRINK_RESTAURANT"),
        ("gửi xe 5k", "VND", "TRANSPORTATION_PARKING"),
        ("tiền điện 800k", "VND", "RENT_AND_UTILITIES_GAS_AND_ELECTRICITY"),
    ],
)
def test_category_words(text: str, currency: str, category: str) -> None:
    command = _parse(text, currency)
    assert command.intent is Intent.ADD_EXPENSE and command.category == category


@pytest.mark.parametrize("text", ["pizza 18", "resturant 64.20", "order a pizza", "about 63 euros"])
def test_english_with_international_words_stays_english(text: str) -> None:
    assert language_of(text) == "en"


@pytest.mark.parametrize(
    ("text", "currency", "amount"),
    [
        ("douze cinquante de taxi", "EUR", "12.50"),
        ("un euro cinquante le café", "EUR", "1.50"),
        ("12 € 50 de pain", "EUR", "12.50"),
        ("trois cent vingt euros de billets", "EUR", "320"),
        ("nửa triệu tiền điện", "VND", "500000"),
        ("2 triệu rưỡi tiền nhà", "VND", "2500000"),
        ("ba chục nghìn trà đá", "VND", "30000"),
        ("một trăm linh năm nghìn tiền taxi", "VND", "105000"),
    ],
)
def test_spoken_prices_halves_and_tens(text: str, currency: str, amount: str) -> None:
    command = _parse(text, currency)
    assert command.intent is Intent.ADD_EXPENSE and command.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("combien pour le jardin cet été", date(2026, 6, 1), date(2026, 8, 31)),
        ("le chauffage l'hiver dernier", date(2025, 12, 1), date(2026, 2, 28)),
        ("mùa hè tôi tiêu bao nhiêu cho du lịch", date(2026, 6, 1), date(2026, 8, 31)),
        ("mua dong toi tieu bao nhieu", date(2025, 12, 1), date(2026, 2, 28)),
    ],
)
def test_seasons_in_french_and_vietnamese(text: str, start: date, end: date) -> None:
    command = parse(text, today=date(2026, 11, 18), default_currency="EUR")
    assert command.period is not None
    assert (command.period.start, command.period.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    ["j'ai retiré 60 euros au distributeur", "tôi rút 300k ở cây ATM", "rút tiền 1 triệu ở atm"],
)
def test_cash_taken_out_of_a_machine_in_french_and_vietnamese(text: str) -> None:
    command = parse(text, today=TODAY, default_currency="EUR")
    assert command.intent is Intent.TRANSFER and command.to_account == "cash"
    assert command.spans["to_account"].source.strip()


@pytest.mark.parametrize(
    ("text", "intent", "amount"),
    [
        ("la moitié de 60 euros pour le taxi", Intent.ADD_EXPENSE, "30"),
        ("nửa của 300k tiền taxi", Intent.ADD_EXPENSE, "150000"),
        ("mẹ gửi 400k", Intent.ADD_INCOME, "400000"),
        ("bố cho 2 triệu", Intent.ADD_INCOME, "2000000"),
        ("gửi mẹ 400k", Intent.DRAFT_PAYMENT, "400000"),
    ],
)
def test_halves_and_family_money_in_french_and_vietnamese(
    text: str, intent: Intent, amount: str
) -> None:
    command = parse(text, today=TODAY, default_currency="EUR")
    assert (command.intent, command.amount) == (intent, Decimal(amount))


def test_vietnamese_tea_is_a_drink_not_a_shop() -> None:
    command = parse("trà 25k", today=TODAY, default_currency="VND")
    assert command.merchant is None and command.category == "FOOD_AND_DRINK_COFFEE"


def test_french_replies_use_typographic_apostrophes_and_keep_the_percent_with_its_number() -> None:
    from lingassist.assistant.langs.fr import MESSAGES

    assert not [key for key, text in MESSAGES.items() if "'" in text]
    assert "{percent}\u202f%" in MESSAGES["answer.more"]


def _after(first: str, second: str, currency: str):  # type: ignore[no-untyped-def]
    from lingassist.assistant import ConversationContext

    context = ConversationContext().remember(_parse(first, currency))
    return parse(second, today=TODAY, default_currency=currency, context=context)


@pytest.mark.parametrize(
    ("first", "more", "currency", "added"),
    [
        ("dîner 84 partagé avec Jules", "et Maëlle aussi", "EUR", ("Maëlle",)),
        ("dîner 84 partagé avec Jules", "ajoute Inès", "EUR", ("Inès",)),
        ("dîner 84 partagé avec Jules", "Inès aussi", "EUR", ("Inès",)),
        ("dîner 84 partagé avec Jules", "rajoute Inès et Noé", "EUR", ("Inès", "Noé")),
        ("dîner 84 partagé avec Jules", "avec Maëlle aussi", "EUR", ("Maëlle",)),
        ("lẩu 600k chia với Hùng", "với cả Lan nữa", "VND", ("Lan",)),
        ("lẩu 600k chia với Hùng", "thêm Lan nữa", "VND", ("Lan",)),
        ("lẩu 600k chia với Hùng", "cả Lan nữa", "VND", ("Lan",)),
        ("lẩu 600k chia với Hùng", "thêm cả Lan", "VND", ("Lan",)),
        ("lẩu 600k chia với Hùng", "thêm Lan và Tú nữa", "VND", ("Lan", "Tú")),
    ],
)
def test_more_people_join_the_split_just_made(
    first: str, more: str, currency: str, added: tuple[str, ...]
) -> None:
    before = _parse(first, currency)
    command = _after(first, more, currency)
    assert command.intent is Intent.SPLIT_EXPENSE and command.amount == before.amount
    assert command.split_with == before.split_with + added
    span = command.spans["split_with"]
    assert command.text == more and more[span.start : span.end] == span.source
    assert added[0] in span.source and added[-1] in span.source


@pytest.mark.parametrize(
    ("first", "second", "currency", "amount"),
    [
        ("lẩu 600k chia với Hùng", "thêm 50k cà phê", "VND", "50000"),
        ("lẩu 600k chia với Hùng", "thêm trà sữa", "VND", None),
        ("dîner 84 partagé avec Jules", "café 3 aussi", "EUR", "3"),
    ],
)
def test_an_entry_said_after_a_split_adds_no_name(
    first: str, second: str, currency: str, amount: str | None
) -> None:
    command = _after(first, second, currency)
    assert command.intent is not Intent.SPLIT_EXPENSE and not command.split_with
    assert command.amount == (Decimal(amount) if amount else None)
    assert command.merchant is None  # "aussi" or "nữa" is no shop


def test_a_name_said_after_an_expense_not_shared_shares_nothing() -> None:
    assert _after("parking 6 hier", "Inès aussi", "EUR").intent is not Intent.SPLIT_EXPENSE


@pytest.mark.parametrize(
    ("first", "second", "currency", "day"),
    [
        ("parking 6 hier", "plutôt la veille", "EUR", date(2026, 11, 16)),
        ("parking 6 hier", "c'était la veille", "EUR", date(2026, 11, 16)),
        ("parking 6 hier", "non, le jour d'avant", "EUR", date(2026, 11, 16)),
        ("parking 6", "le lendemain", "EUR", date(2026, 11, 19)),
        ("parking 6", "en fait c'était le lendemain", "EUR", date(2026, 11, 19)),
        ("bánh mì 25k hôm qua", "hôm trước đó", "VND", date(2026, 11, 16)),
        ("bánh mì 25k hôm qua", "à nhầm, ngày hôm trước", "VND", date(2026, 11, 16)),
        ("bánh mì 25k", "ngày hôm sau", "VND", date(2026, 11, 19)),
        ("bánh mì 25k", "không, hôm sau", "VND", date(2026, 11, 19)),
    ],
)
def test_the_day_before_or_after_moves_the_entry_just_made(
    first: str, second: str, currency: str, day: date
) -> None:
    before = _parse(first, currency)
    command = _after(first, second, currency)
    assert command.intent is before.intent and command.amount == before.amount
    assert command.date == day
    span = command.spans["date"]
    assert command.text == second and second[span.start : span.end] == span.source


def test_the_day_before_a_question_is_no_entry() -> None:
    assert not _after("combien j'ai dépensé hier", "la veille", "EUR").intent.writes


@pytest.mark.parametrize(
    ("first", "second", "currency", "intent", "amount"),
    [
        ("la cliente m'a payé pour la traduction", "pour 180", "EUR", Intent.ADD_INCOME, "180"),
        ("khách trả tiền dịch tài liệu", "1 triệu rưỡi", "VND", Intent.ADD_INCOME, "1500000"),
        ("budget de 120 euros pour les restos", "mets-le à 160", "EUR", Intent.SET_BUDGET, "160"),
        ("budget de 120 euros pour les restos", "passe-le à 90", "EUR", Intent.SET_BUDGET, "90"),
        ("đặt ngân sách cà phê 500k", "đổi thành 700k", "VND", Intent.SET_BUDGET, "700000"),
        ("đặt ngân sách cà phê 500k", "đặt lại 800k", "VND", Intent.SET_BUDGET, "800000"),
    ],
)
def test_a_new_figure_answers_or_changes_what_was_just_said(
    first: str, second: str, currency: str, intent: Intent, amount: str
) -> None:
    before = _parse(first, currency)
    command = _after(first, second, currency)
    assert command.intent is intent and command.amount == Decimal(amount)
    assert command.category == before.category and command.merchant is None


@pytest.mark.parametrize(
    ("first", "second", "currency"),
    [
        ("combien j'ai dépensé en septembre", "détaille par magasin", "EUR"),
        ("combien j'ai dépensé en septembre", "par catégorie ?", "EUR"),
        ("combien j'ai dépensé en septembre", "et par boutique ?", "EUR"),
        ("combien j'ai dépensé en septembre", "tu peux détailler par catégorie ?", "EUR"),
        ("tháng 9 tôi tiêu bao nhiêu", "chia theo cửa hàng", "VND"),
        ("tháng 9 tôi tiêu bao nhiêu", "còn theo danh mục thì sao?", "VND"),
        ("tháng 9 tôi tiêu bao nhiêu", "xem theo từng cửa hàng", "VND"),
    ],
)
def test_a_ranking_asked_for_keeps_the_period_just_asked_about(
    first: str, second: str, currency: str
) -> None:
    command = _after(first, second, currency)
    assert command.intent is Intent.QUERY_BREAKDOWN and command.text == second
    assert command.period is not None
    assert (command.period.start, command.period.end) == (date(2026, 9, 1), date(2026, 9, 30))


@pytest.mark.parametrize(
    ("first", "second", "currency"),
    [
        ("combien j'ai dépensé en octobre", "et le mois d'avant ?", "EUR"),
        ("tháng 10 tôi tiêu bao nhiêu", "còn tháng trước đó?", "VND"),
    ],
)
def test_the_month_before_the_one_just_asked_about(first: str, second: str, currency: str) -> None:
    command = _after(first, second, currency)
    assert command.intent is Intent.QUERY_SPENDING and command.period is not None
    assert (command.period.start, command.period.end) == (date(2026, 9, 1), date(2026, 9, 30))
    span = command.spans["period"]
    assert second[span.start : span.end] == span.source


@pytest.mark.parametrize("text", ["giá vàng hôm nay bao nhiêu vậy?", "tỷ giá đô hôm nay"])
def test_a_market_price_asked_in_vietnamese_is_out_of_scope(text: str) -> None:
    command = parse(text, today=date(2026, 11, 18), default_currency="VND")
    assert command.intent is Intent.OTHER and command.amount is None
