"""In a French or Vietnamese window, the texts the services write are shown in that
language: an action card's values and problems, the amount in words, what a confirmed
card did, the import preview's reasons, the rules dialog's problems and conditions, and
the first help in the conversation. Every template the services write is marked for
translation (gui/service_phrases.py), so none can be left in English by forgetting it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from lingassist.bank_files import inspect_bank_csv, read_bank_file
from lingassist.categorize.rules import merchant_rule
from lingassist.core.bank_lines import BankLine, BankStatement
from lingassist.core.errors import InvalidAmount, UserFacingError
from lingassist.core.money import Money, read_money
from lingassist.core.periods import PERIOD_HELP, Period, parse_date, parse_period
from lingassist.gui.action_card import ActionCard
from lingassist.gui.conversation_view import ConversationView
from lingassist.gui.csv_mapping_dialog import CsvMappingDialog
from lingassist.gui.import_table_model import DETAILS, ImportTableModel
from lingassist.gui.main_window import MainWindow
from lingassist.gui.message_bubble import MessageBubble
from lingassist.gui.payee_form import PayeeForm
from lingassist.gui.receipt_card import ReceiptCard
from lingassist.gui.rules_dialog import RulesDialog
from lingassist.gui.service_phrases import SERVICE_PHRASES
from lingassist.gui.transaction_table_model import CATEGORY_COLUMN
from lingassist.gui.translation import (
    PHRASES,
    shown_error,
    shown_phrase,
)
from lingassist.payments.draft import PaymentDraft
from lingassist.payments.epc_qr import epc_qr_code
from lingassist.payments.sepa import Debtor, pain001_xml
from lingassist.payments.vietqr import NAPAS_GUID, parse_vietqr_payload, vietqr_payload
from lingassist.services import payment_drafts, payments, rules
from lingassist.services.context import AppContext
from lingassist.services.corrections import said_explanation
from lingassist.services.entries import EntryRequest, account_names, category_choices, record_entry
from lingassist.services.imports import LineStatus, PreviewLine, apply_import, preview_import
from lingassist.services.receipts import (
    DuplicateReceipt,
    _already_recorded,
    confirm_receipt,
    edits_from_draft,
    scan_receipt,
)
from tests.gui.fake_speech import FakeSpeech
from tests.gui.test_receipts_view import fake_reader
from tests.phrase_templates import templates

FIELDS = re.compile(r"\{\w+\}")
SAME_IN_EVERY_LANGUAGE = {  # no words to say
    "{amount} ({in_words})",
    "{names}, {name}",
    "{count} {name}",
    "{day} · {where} · {amount} · {category}",
    "{day} · {amount} · {category}",
    "{reason} (TRNAMT)",
    "{first} {then}",
    "{first}, {then}",
}
SAME_IN = {"fr": {"{count} budget", "{count} budgets"}}  # words spelled alike
ENGLISH = re.compile(r"\b(the|is|are|and|not|missing|transactions?|added|moved)\b", re.I)


def test_every_template_the_services_write_is_marked_for_translation() -> None:
    assert templates() == set(SERVICE_PHRASES)


@pytest.mark.parametrize("speaking", ["fr", "vi"], indirect=True)
def test_every_template_has_a_translation_with_the_same_fields(speaking: str) -> None:
    for template in SERVICE_PHRASES:
        shown = QCoreApplication.translate(PHRASES, template)
        assert set(FIELDS.findall(shown)) == set(FIELDS.findall(template)), template
        if template not in SAME_IN_EVERY_LANGUAGE | SAME_IN.get(speaking, set()):
            assert shown != template, template


def _card(qtbot: QtBot, context: AppContext, words: str) -> ActionCard:
    view = ConversationView(context)
    qtbot.addWidget(view)
    view.send(words)
    card = view.open_card
    assert card is not None
    return card


def _texts(card: ActionCard) -> list[str]:
    return [label.text().replace("\u200b", "") for label in card.findChildren(QLabel)]


@pytest.mark.parametrize(
    ("speaking", "unsaved", "in_words", "problem"),
    [
        ("fr", "— pas encore enregistré", "(quarante euros et cinquante centimes)",
         "⚠ Max Mustermann n’est pas un bénéficiaire enregistré."),
        ("vi", "— chưa lưu", "(bốn mươi euro năm mươi xu)",
         "⚠ Max Mustermann chưa phải người nhận đã lưu."),
    ],
    indirect=["speaking"],
)  # fmt: skip
def test_a_payment_card_says_its_values_and_problems_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, unsaved: str, in_words: str, problem: str
) -> None:
    texts = _texts(_card(qtbot, context, "pay Max Mustermann 40.50 euros for rent"))
    assert unsaved in texts
    assert any(text.endswith(in_words) for text in texts), texts
    assert any(text.startswith(problem) for text in texts), texts
    assert not [t for t in texts if "not saved yet" in t or "forty" in t or "saved payee" in t]


@pytest.mark.parametrize(
    ("speaking", "locale", "funds"),
    [("fr", "fr_FR", "⚠ Compte courant dispose de 0,00\u00a0€ ; payer 40,50\u00a0€ le laisserait "
                     "à -\u206040,50\u00a0€."),
     ("vi", "vi_VN", "⚠ Tài khoản chính có 0,00\u00a0€; trả 40,50\u00a0€ sẽ còn lại "
                     "-\u206040,50\u00a0€.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_payment_problems_amounts_and_account_follow_the_window(
    qtbot: QtBot, context: AppContext, speaking: str, locale: str, funds: str
) -> None:
    QLocale.setDefault(QLocale(locale))
    try:
        texts = _texts(_card(qtbot, context, "pay Max Mustermann 40.50 euros for rent"))
    finally:
        QLocale.setDefault(QLocale("en_US"))
    assert funds in texts, texts


@pytest.mark.parametrize(
    ("speaking", "done"),
    [("fr", "✓ Dépense ajoutée : 12,50\u00a0€ chez Blue Bottle"),
     ("vi", "✓ Đã thêm khoản chi 12,50\u00a0€ tại Blue Bottle")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_confirmed_card_says_what_it_did_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, done: str
) -> None:
    view = ConversationView(context)
    qtbot.addWidget(view)
    view.send("I spent 12.50 at Blue Bottle")
    QLocale.setDefault(QLocale(f"{speaking}_{speaking.upper()}" if speaking == "fr" else "vi_VN"))
    try:
        assert view.confirm_open_card()
    finally:
        QLocale.setDefault(QLocale("en_US"))
    assert view.cards[-1].status.text() == done


@pytest.mark.parametrize(
    ("speaking", "latest", "missing"),
    [("fr", "votre dernière opération", "⚠ Il n’y a encore aucune opération."),
     ("vi", "giao dịch gần nhất của bạn", "⚠ Chưa có giao dịch nào.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_card_value_and_problem_are_said_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, latest: str, missing: str
) -> None:
    texts = _texts(_card(qtbot, context, "move my latest transaction to groceries"))
    assert latest in texts and missing in texts, texts


@pytest.mark.parametrize(
    ("speaking", "why"),
    [("fr", "Commerçant connu : Rewe est classé dans Courses"),
     ("vi", "Cửa hàng đã biết: Rewe thuộc Đi chợ")],
    indirect=["speaking"],
)  # fmt: skip
def test_the_import_preview_says_why_in_the_window_language(
    context: AppContext, speaking: str, why: str
) -> None:
    suggestion = context.advisor.suggest("REWE Markt GmbH", Decimal("-52.10"))
    line = PreviewLine(
        1, LineStatus.NEW, None, suggestion.code, "Groceries", suggestion.reason,
        said_why=suggestion.said,
    )  # fmt: skip
    model = ImportTableModel("en_IE")
    model.set_lines([line], "EUR")
    assert model.data(model.index(0, DETAILS)) == why


@pytest.mark.parametrize(
    ("speaking", "problems"),
    [("fr", ["⚠ Un bénéficiaire doit avoir un nom, p. ex. Alice Martin.",
             "⚠ Les chiffres de contrôle de DE89 3704 0044 0532 0130 01 ne correspondent pas"]),
     ("vi", ["⚠ Người nhận cần có tên, ví dụ Alice Martin.",
             "⚠ Chữ số kiểm tra của DE89 3704 0044 0532 0130 01 không khớp"])],
    indirect=["speaking"],
)  # fmt: skip
def test_the_payee_form_says_its_problems_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, problems: list[str]
) -> None:
    form = PayeeForm(context)
    qtbot.addWidget(form)
    form.iban.setText("DE89 3704 0044 0532 0130 01")
    assert not form.submit()
    shown = form.error.text().splitlines()
    assert len(shown) == 2 and all(s.startswith(p) for s, p in zip(shown, problems, strict=True))


@pytest.mark.parametrize(
    ("speaking", "title", "origin", "target"),
    [("fr", "Virer €200.00 de Compte courant vers Espèces", "Compte courant", "Espèces"),
     ("vi", "Chuyển €200.00 từ Tài khoản chính sang Tiền mặt", "Tài khoản chính", "Tiền mặt")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_transfer_card_names_lingassists_accounts_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, title: str, origin: str, target: str
) -> None:
    texts = _texts(_card(qtbot, context, "move 200 from checking to cash"))
    assert texts[0] == title and origin in texts and target in texts, texts


@pytest.mark.parametrize(
    ("speaking", "filed", "you"),
    [("fr", "Classée dans Café. ", "Vous avez classé Brew Lab dans Café"),
     ("vi", "Đã xếp vào Cà phê. ", "Bạn đã xếp Brew Lab vào Cà phê")],
    indirect=["speaking"],
)  # fmt: skip
def test_why_this_category_is_said_in_the_window_language(
    context: AppContext, speaking: str, filed: str, you: str
) -> None:
    entry = record_entry(context, EntryRequest("4.20", merchant="Brew Lab", category="coffee"))
    shown = shown_phrase(said_explanation(context, entry.row.id))
    assert shown.startswith(filed) and you in shown, shown


@pytest.mark.parametrize(
    ("speaking", "moved"),
    [("fr", "✓ Brew Lab déplacé vers Courses ; désormais, Brew Lab y sera classé."),
     ("vi", "✓ Đã chuyển Brew Lab sang Đi chợ; từ nay Brew Lab sẽ được xếp vào đó.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_category_changed_in_the_ledger_is_confirmed_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, moved: str
) -> None:
    record_entry(context, EntryRequest("4.20", merchant="Brew Lab", category="coffee"))
    window = MainWindow(context, receipt_reader=fake_reader, speech=FakeSpeech())
    qtbot.addWidget(window)
    model = window.ledger.model
    assert model.setData(model.index(0, CATEGORY_COLUMN), "FOOD_AND_DRINK_GROCERIES")
    assert window.command_bar.feedback_text == moved


@pytest.mark.parametrize(
    ("speaking", "again"),
    [("fr", "la même photo a déjà été ajoutée"), ("vi", "cùng một ảnh đã được thêm trước đó")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_receipt_already_in_the_ledger_says_why_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, again: str, tmp_path: Path
) -> None:
    photo = tmp_path / "sure_lidl.png"
    photo.write_bytes(b"not read: the fake reader answers")
    scanned = scan_receipt(context, photo, fake_reader)
    confirm_receipt(context, scanned, edits_from_draft(scanned))
    card = ReceiptCard(category_choices(context), account_names(context))
    qtbot.addWidget(card)
    card.show_receipt(scan_receipt(context, photo, fake_reader))
    assert again in card.warning.text() and "photo was added" not in card.warning.text()


@pytest.mark.parametrize(
    ("speaking", "repeats"), [("fr", "tous les mois"), ("vi", "hằng tháng")], indirect=["speaking"]
)
def test_how_often_an_entry_repeats_is_said_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, repeats: str
) -> None:
    texts = _texts(_card(qtbot, context, "netflix 15.99 monthly"))
    assert repeats in texts and "monthly" not in texts, texts


@pytest.mark.parametrize(
    ("speaking", "removes", "category"),
    [("fr", "Retire", "· Café"), ("vi", "Xóa", "· Cà phê")],
    indirect=["speaking"],
)  # fmt: skip
def test_an_undo_card_says_what_it_takes_back_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, removes: str, category: str
) -> None:
    record_entry(context, EntryRequest("4.20", merchant="Brew Lab", category="coffee"))
    texts = _texts(_card(qtbot, context, "undo"))
    assert removes in texts
    assert any(text.endswith(category) and "Brew Lab" in text for text in texts), texts


@pytest.mark.parametrize(
    ("speaking", "known", "held", "zero"),
    [("fr", "Commerçant connu : Rewe est classé dans Courses",
      "Déjà dans vos comptes : opération #1 (même référence bancaire R-1)",
      "Le montant est nul : rien à enregistrer"),
     ("vi", "Cửa hàng đã biết: Rewe thuộc Đi chợ",
      "Đã có trong sổ: giao dịch #1 (cùng mã tham chiếu ngân hàng R-1)",
      "Số tiền bằng không: không có gì để ghi")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_previewed_file_says_why_in_the_window_language(
    context: AppContext, speaking: str, known: str, held: str, zero: str
) -> None:
    def lines(*rows: tuple[int, str, str, str]) -> BankStatement:
        read = tuple(
            BankLine(n, date(2026, 11, 2), Money(Decimal(a), "EUR"), text, reference=ref)
            for n, a, text, ref in rows
        )
        return BankStatement(lines=read, format="csv", currency="EUR")

    apply_import(context, preview_import(context, lines((1, "-3.00", "Bakery", "R-1"))))
    again = lines((1, "-3.00", "Bakery", "R-1"), (2, "-52.10", "REWE Markt GmbH", "R-2"),
                  (3, "0.00", "Nothing", "R-3"))  # fmt: skip
    model = ImportTableModel("en_IE")
    model.set_lines(preview_import(context, again).lines, "EUR")
    shown = [model.data(model.index(row, DETAILS)) for row in range(model.rowCount())]
    assert shown == [held, known, zero]


@pytest.mark.parametrize(
    ("speaking", "rejected"),
    [("fr", "« 31.02.2026 » n’est pas une date"), ("vi", "“31.02.2026” không phải là ngày")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_bank_file_line_that_cannot_be_read_says_why_in_the_window_language(
    context: AppContext, speaking: str, rejected: str, tmp_path: Path
) -> None:
    path = tmp_path / "giro.csv"
    path.write_text(
        "Buchungstag;Verwendungszweck;Betrag\n"
        "02.11.2026;REWE Markt;-52,10\n03.11.2026;Bakery;-3,10\n31.02.2026;Nobody;-1,00\n"
    )
    model = ImportTableModel("en_IE")
    model.set_lines(preview_import(context, read_bank_file(path, currency_hint="EUR")).lines, "EUR")
    assert model.data(model.index(2, DETAILS)) == rejected


@pytest.mark.parametrize(
    ("speaking", "notes"),
    [("fr", "Colonnes séparées par des points-virgules. Lu comme du texte cp1252. "
            "Montants avec une virgule décimale (1.234,56). Chaque date peut se lire jour/mois ou "
            "mois/jour ; lue comme jour/mois/année (comme l’écrivent les banques allemandes)."),
     ("vi", "Các cột phân cách bằng dấu chấm phẩy. Đọc dưới dạng văn bản cp1252. "
            "Số tiền dùng dấu phẩy thập phân (1.234,56). Mọi ngày đều có thể là ngày/tháng hoặc "
            "tháng/ngày; đã đọc theo ngày/tháng/năm (theo cách ngân hàng Đức ghi ngày).")],
    indirect=["speaking"],
)  # fmt: skip
def test_what_the_reader_noted_is_said_in_the_window_language(
    context: AppContext, speaking: str, notes: str, tmp_path: Path
) -> None:
    path = tmp_path / "giro.csv"
    text = "Buchungstag;Verwendungszweck;Betrag\n02.11.2026;Bäckerei;-3,10\n03.11.2026;Café;-4,20\n"
    path.write_bytes(text.encode("cp1252"))
    preview = preview_import(context, read_bank_file(path, currency_hint="EUR"))
    assert " ".join(shown_phrase(note) for note in preview.said_notes) == notes


@pytest.mark.parametrize(
    ("speaking", "doubt", "problem"),
    [("fr", "Le fichier n’a pas de ligne d’en-tête qui nomme ses colonnes.",
      "⚠ Choisissez la colonne du montant, ou les colonnes de débit et de crédit."),
     ("vi", "Tệp không có dòng tiêu đề đặt tên cho các cột.",
      "⚠ Hãy chọn cột số tiền, hoặc các cột ghi nợ và ghi có.")],
    indirect=["speaking"],
)  # fmt: skip
def test_the_column_choice_says_its_doubts_and_problems_in_the_window_language(
    qtbot: QtBot, speaking: str, doubt: str, problem: str, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    path.write_text("02.11.2026,REWE Markt,-52.10\n03.11.2026,Bakery,-3.10\n")
    dialog = CsvMappingDialog(inspect_bank_csv(path, currency_hint="EUR"), path.name)
    qtbot.addWidget(dialog)
    captions = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith(doubt) for text in captions), captions
    for index in range(dialog.table.columnCount()):  # no amount column chosen
        box = dialog.table.cellWidget(0, index)
        if box is not None and box.currentData() == "amount":
            box.setCurrentIndex(box.findData("ignore"))
    assert problem in dialog.problems.text().splitlines()


@pytest.mark.parametrize(
    ("speaking", "problem", "described"),
    [("fr", "⚠ La règle demande un nom.", "le commerçant est « Blue Bottle »"),
     ("vi", "⚠ Quy tắc cần có tên.", "cửa hàng là “Blue Bottle”")],
    indirect=["speaking"],
)  # fmt: skip
def test_the_rules_dialog_says_problems_and_conditions_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, problem: str, described: str
) -> None:
    rules.add_rule(context, merchant_rule("Blue Bottle", "FOOD_AND_DRINK_COFFEE", "Coffee"))
    dialog = RulesDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._update_preview()
    assert dialog.problems_label.text().splitlines()[0] == problem
    assert dialog.rule_list.item(0).toolTip() == described
    assert not ENGLISH.search(dialog.problems_label.text())


@pytest.mark.parametrize(
    ("speaking", "examples", "budget"),
    [("fr", "Vous pouvez dire ou écrire par exemple", "budget de €200 par mois"),
     ("vi", "Bạn có thể nói hoặc gõ, ví dụ", "“đặt ngân sách ăn uống €200 một tháng”")],
    indirect=["speaking"],
)  # fmt: skip
def test_the_first_help_is_in_the_window_language(
    qtbot: QtBot, context: AppContext, speaking: str, examples: str, budget: str
) -> None:
    view = ConversationView(context)
    qtbot.addWidget(view)
    greeting = view.findChildren(MessageBubble)[0].full_text
    assert examples in greeting and budget in greeting
    assert "You can say" not in greeting


@pytest.mark.parametrize(
    ("speaking", "typed", "said"),
    [("fr", "12x", "Impossible de lire « 12x » comme un montant."),
     ("fr", "--5", "« --5 » a plus d’un signe."),
     ("vi", "12x", "Không đọc được “12x” là một số tiền."),
     ("vi", "--5", "“--5” có nhiều hơn một dấu.")],
    indirect=["speaking"],
)  # fmt: skip
def test_an_amount_that_cannot_be_read_says_so_in_the_window_language(
    speaking: str, typed: str, said: str
) -> None:
    with pytest.raises(InvalidAmount) as raised:
        read_money(typed)
    assert shown_error(raised.value).startswith(said)
    assert str(raised.value).startswith(("Could not read", f"'{typed}' has more than one sign"))


def _refusal(refused: Callable[[], object]) -> UserFacingError:
    with pytest.raises(UserFacingError) as raised:
        refused()
    return raised.value


_TODAY = date(2026, 11, 20)
_EUROS = PaymentDraft("Anna Muster", "DE89370400440532013000", Decimal("12.50"), "EUR", _TODAY)
_REFUSALS: dict[str, tuple[Callable[[], object], str]] = {  # refusal -> its English start
    "vietqr in euros": (lambda: vietqr_payload(_EUROS), "A VietQR code carries only"),
    "vietqr without checksum": (
        lambda: parse_vietqr_payload("000201" + NAPAS_GUID + "0102"),
        "This VietQR code has no checksum",
    ),
    "sepa without payments": (
        lambda: pain001_xml([], Debtor("Anna Muster", "DE89370400440532013000")),
        "Choose at least one payment",
    ),
    "sepa without a name": (
        lambda: pain001_xml([_EUROS], Debtor(" ", "DE89370400440532013000")),
        "The SEPA file needs the account holder's name.",
    ),
    "epc in dollars": (
        lambda: epc_qr_code(replace(_EUROS, currency="USD")),
        "An EPC QR code (GiroCode) can only carry euros; this payment is in USD.",
    ),
    "draft amount": (
        lambda: payment_drafts._minor(replace(_EUROS, amount=Decimal("12.345"))),
        "This draft cannot be kept: 12.345 has more decimals than EUR allows",
    ),
    "period": (lambda: parse_period("someday", _TODAY), "'someday' is not a period. Use a"),
    "date": (lambda: parse_date("32/13", _TODAY), "'32/13' is not a date. Use YYYY-MM-DD"),
    "period backwards": (
        lambda: Period(_TODAY, date(2026, 11, 1), "backwards"),
        "The period ends (2026-11-01) before it starts (2026-11-20).",
    ),
}


@pytest.mark.parametrize(
    ("speaking", "refusal", "said"),
    [("fr", "vietqr in euros",
      "Un code VietQR ne porte que des dongs vietnamiens (VND) ; ce paiement est en EUR"),
     ("fr", "vietqr without checksum", "Ce code VietQR n’a pas de somme de contrôle"),
     ("fr", "sepa without payments", "Choisissez au moins un paiement pour le fichier SEPA."),
     ("fr", "epc in dollars",
      "Un code QR EPC (GiroCode) ne peut porter que des euros ; ce paiement est en USD."),
     ("fr", "draft amount", "Ce brouillon ne peut pas être enregistré : 12.345 a plus"),
     ("fr", "period", "« someday » n’est pas une période. Utilisez un mois (2026-11)"),
     ("fr", "date", "« 32/13 » n’est pas une date. Utilisez AAAA-MM-JJ"),
     ("vi", "vietqr in euros",
      "Mã VietQR chỉ mang đồng Việt Nam (VND); khoản thanh toán này bằng EUR."),
     ("vi", "vietqr without checksum", "Mã VietQR này không có mã kiểm tra"),
     ("vi", "sepa without a name", "Tệp SEPA cần tên chủ tài khoản."),
     ("vi", "epc in dollars",
      "Mã QR EPC (GiroCode) chỉ mang được euro; khoản thanh toán này bằng USD."),
     ("vi", "draft amount", "Không thể lưu bản nháp này: 12.345 có nhiều chữ số thập phân"),
     ("vi", "period backwards",
      "Khoảng thời gian kết thúc (2026-11-01) trước khi bắt đầu (2026-11-20)."),
     ("vi", "date", "“32/13” không phải là ngày. Hãy dùng YYYY-MM-DD")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_payment_file_code_draft_or_period_refused_says_so_in_the_window_language(
    speaking: str, refusal: str, said: str
) -> None:
    refused, english = _REFUSALS[refusal]
    error = _refusal(refused)
    assert shown_error(error).startswith(said)
    assert str(error).startswith(english)


def test_a_period_refused_says_the_help_the_command_line_gives() -> None:
    error = _refusal(lambda: parse_period("someday", _TODAY))
    assert str(error) == f"'someday' is not a period. {PERIOD_HELP}"


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", ("Le brouillon n° 1 pour Alice Martin est abandonné, pas ouvert.",
             "Le brouillon n° 1 pour Alice Martin a été abandonné.",
             "Le paiement n° {id} à Alice Martin n’est pas en attente (état : passé en banque)")),
     ("vi", ("Bản nháp #1 cho Alice Martin đã bị bỏ, không còn mở.",
             "Bản nháp #1 cho Alice Martin đã bị bỏ.",
             "Khoản thanh toán #{id} cho Alice Martin không ở trạng thái chờ "
             "(trạng thái: đã hoàn tất)"))],
    indirect=["speaking"],
)  # fmt: skip
def test_a_draft_or_payment_no_longer_open_says_so_in_the_window_language(
    speaking: str, said: tuple[str, str, str], context: AppContext
) -> None:
    record_entry(context, EntryRequest("500", category="INCOME_SALARY", income=True))
    payments.save_payee(context, "Alice Martin", "DE89370400440532013000")
    draft = payment_drafts.save_draft(
        context, payments.draft_payment(context, "Alice Martin", Decimal("40.50"))
    )
    paid = payment_drafts.save_draft(
        context, payments.draft_payment(context, "Alice Martin", Decimal("9.50"))
    )
    payment_drafts.discard_draft(context, draft)
    paid_id = payment_drafts.confirm_draft(context, paid).id
    payments.mark_paid(context, paid_id)
    twice = _refusal(lambda: payment_drafts.discard_draft(context, draft))
    gone = _refusal(lambda: payment_drafts.payment_of(context, draft))
    not_pending = _refusal(lambda: payments.mark_paid(context, paid_id))
    assert shown_error(twice) == said[0]
    assert shown_error(gone) == said[1]
    assert shown_error(not_pending).startswith(said[2].format(id=paid_id))
    assert str(twice) == "Draft #1 to Alice Martin is discarded, not open."
    assert str(not_pending).startswith(f"Payment #{paid_id} to Alice Martin is not pending (it is")


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", "Ce reçu est déjà dans vos comptes (n° 7). Écartez-le"),
     ("vi", "Hóa đơn này đã có trong sổ (số 7). Hãy bỏ nó đi")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_receipt_already_recorded_for_no_known_reason_says_so_without_an_empty_reason(
    speaking: str, said: str
) -> None:
    error = DuplicateReceipt(_already_recorded(7, None), 7)
    assert shown_error(error).startswith(said)
    assert str(error).startswith("This receipt is already in the ledger (#7). Discard it")
