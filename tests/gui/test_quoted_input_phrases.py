"""What the person typed, quoted in a refusal, is quoted as the window's language quotes:
'…' in English (the command line's text, unchanged), « … » in French, “…” in Vietnamese.
The template holds the quotes, so the translation chooses them. (And a payment amount with
more decimals than its currency has keeps its phrase in the payment's problems.)"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from lingassist.core.currency import normalize_code
from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import phrase, quoted
from lingassist.gui.translation import shown_error, shown_phrase
from lingassist.ledger.repository import find_account, resolve_category
from lingassist.payments.draft import LedgerFacts, PaymentDraft, check_draft
from lingassist.payments.problems import ProblemCode
from lingassist.payments.vn_banks import vn_account_problems
from lingassist.services.context import AppContext
from lingassist.services.corrections import _share
from lingassist.services.entries import EntryRequest, record_entry

ENGLISH = (
    "'-4.20' is negative; amounts are recorded as positive numbers.",
    "There is no account called 'Savngs'. Accounts: ",
    "There is no category 'cofee'.",
    "'XYZ' is not an ISO 4217 currency code (e.g. EUR, USD).",
    "'-3' is not a positive amount in EUR.",
)


def _said(context: AppContext) -> list[UserFacingError]:
    refusals = []
    with context.database.sessions() as session:
        for refused in (
            lambda: record_entry(context, EntryRequest("-4.20", merchant="Brew Lab")),
            lambda: find_account("Savngs", session=session),
            lambda: resolve_category("cofee", session=session),
            lambda: normalize_code("XYZ"),
            lambda: _share("-3", "EUR"),
        ):
            with pytest.raises(UserFacingError) as raised:
                refused()
            refusals.append(raised.value)
    return refusals


@pytest.mark.parametrize(
    ("speaking", "quoted"),
    [("fr", ("« -4.20 » est négatif", "Il n’existe aucun compte nommé « Savngs ».",
             "Il n’existe aucune catégorie « cofee ».", "« XYZ » n’est pas un code de devise",
             "« -3 » n’est pas un montant positif en EUR.", "« 97043 » n’est pas un BIN")),
     ("vi", ("“-4.20” là số âm", "Không có tài khoản nào tên “Savngs”.",
             "Không có danh mục “cofee”.", "“XYZ” không phải là mã tiền tệ",
             "“-3” không phải là số tiền dương bằng EUR.", "“97043” không phải mã BIN"))],
    indirect=["speaking"],
)  # fmt: skip
def test_typed_text_is_quoted_as_the_window_language_quotes(
    context: AppContext, speaking: str, quoted: tuple[str, ...]
) -> None:
    shown = [shown_error(error) for error in _said(context)]
    bin_problem = shown_phrase(vn_account_problems("97043", "0011004345678")[0].said)
    for text, start in zip([*shown, bin_problem], quoted, strict=True):
        assert text.startswith(start), (text, start)
        assert "'" not in text.split(".")[0], text


def test_typed_text_keeps_its_english_quotes(context: AppContext) -> None:
    for error, start in zip(_said(context), ENGLISH, strict=True):
        assert str(error).startswith(start), str(error)
    assert vn_account_problems("97043", "0011004345678")[0].said.text.startswith(
        "'97043' is not a bank BIN"
    )


@pytest.mark.parametrize(
    ("speaking", "said"),
    [("fr", "12.345 a plus de décimales que EUR n’en permet (2)."),
     ("vi", "12.345 có nhiều chữ số thập phân hơn mức EUR cho phép (2).")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_payment_amount_with_too_many_decimals_is_said_in_the_window_language(
    speaking: str, said: str
) -> None:
    draft = PaymentDraft(
        "Anna Muster", "DE89370400440532013000", Decimal("12.345"), "EUR", date(2026, 11, 20)
    )
    facts = LedgerFacts(None, "Checking", "EUR", Decimal("100"))
    found = check_draft(draft, today=date(2026, 11, 20), facts=facts)
    precision = [p for p in found if p.code is ProblemCode.AMOUNT_PRECISION]
    assert precision and shown_phrase(precision[0].said) == said
    assert precision[0].message == "12.345 has more decimals than EUR allows (2)."


@pytest.mark.parametrize(
    ("speaking", "apostrophe", "plain"),
    [("fr", "« 02/30'26 » n’est pas une date", "« 31.02.26 » n’est pas une date"),
     ("vi", "“02/30'26” không phải là ngày", "“31.02.26” không phải là ngày")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_file_cell_is_quoted_as_the_window_language_quotes_and_as_repr_in_english(
    speaking: str, apostrophe: str, plain: str
) -> None:
    with_apostrophe = phrase("{text} is not a date", text=quoted("02/30'26"))
    without = phrase("{text} is not a date", text=quoted("31.02.26"))
    assert [shown_phrase(with_apostrophe), shown_phrase(without)] == [apostrophe, plain]
    assert with_apostrophe.text == '"02/30\'26" is not a date'  # as repr wrote it
    assert without.text == "'31.02.26' is not a date"
    assert phrase("{text} is not a date", text=quoted("a\\b")).text == "'a\\\\b' is not a date"
