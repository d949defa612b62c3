"""In a French or Vietnamese window, what the OFX, QIF and CAMT readers noted and why they
could not read a line are said in the window's language in the import preview, as are a
line's impossible date (before 1900, too far ahead) and an amount's problems."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from lingassist.bank_files import read_bank_file
from lingassist.core.bank_lines import BankLine, BankStatement
from lingassist.core.errors import UserFacingError
from lingassist.core.money import Money, to_minor
from lingassist.gui.import_table_model import DETAILS, ImportTableModel
from lingassist.gui.translation import (
    shown_error,
    shown_phrase,
)
from lingassist.services.bank_file_reading import preview_bank_file
from lingassist.services.context import AppContext
from lingassist.services.imports import ImportPreview, preview_import

OFX = """OFXHEADER:100
DATA:OFXSGML
VERSION:102

<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKACCTFROM><BANKID>1<ACCTID>12345</BANKACCTFROM>
<BANKTRANLIST>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261102<TRNAMT>-52.10<NAME>REWE<FITID>A1</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261340<TRNAMT>-3.10<NAME>Bakery<FITID>A2</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261103<TRNAMT>-1.2.3<NAME>Kiosk<FITID>A3</STMTTRN>
</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""
QIF = (
    "!Type:Bank\nD02/11/2026\nT-52.10\nPREWE\n^\nD03/11/2026\nT-3.1.0\nPBakery\n^\n"
    "T-1.00\nPNobody\n^\n"
)
CAMT = (
    '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">'
    "<BkToCstmrStmt><Stmt><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy>"
    '</Acct><Ntry><Amt Ccy="EUR">52.10</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>'
    "<BookgDt><Dt>2026-11-02</Dt></BookgDt><AddtlNtryInf>REWE</AddtlNtryInf></Ntry>"
    '<Ntry><Amt Ccy="EUR">3.10</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>PDNG</Sts>'
    "<BookgDt><Dt>2026-11-03</Dt></BookgDt><AddtlNtryInf>Bakery</AddtlNtryInf></Ntry>"
    "</Stmt></BkToCstmrStmt></Document>"
)


def _previewed(context: AppContext, path: Path, text: str) -> ImportPreview:
    path.write_text(text, encoding="utf-8")
    return preview_import(context, read_bank_file(path, currency_hint="EUR"))


def _shown(preview: ImportPreview) -> tuple[str, list[str]]:
    """The preview's notes, and each line's details, as the window shows them."""
    model = ImportTableModel("en_IE")
    model.set_lines(preview.lines, "EUR")
    details = [model.data(model.index(row, DETAILS)) for row in range(model.rowCount())]
    return " ".join(shown_phrase(note) for note in preview.said_notes), details


@pytest.mark.parametrize(
    ("speaking", "notes", "date", "amount"),
    [("fr", "Fichier OFX 1 (SGML). Le fichier n’indique pas de devise (CURDEF) ; montants lus "
            "en EUR.", "« 20261340 » n’est pas une date (DTPOSTED)",
      "« -1.2.3 » n’est pas un montant avec un point décimal comme le reste de sa colonne "
      "(TRNAMT)"),
     ("vi", "Tệp OFX 1 (SGML). Tệp không ghi loại tiền (CURDEF); số tiền được đọc theo EUR.",
      "“20261340” không phải là ngày (DTPOSTED)",
      "“-1.2.3” không phải là số tiền dùng dấu chấm thập phân như phần còn lại của cột "
      "(TRNAMT)")],
    indirect=["speaking"],
)  # fmt: skip
def test_an_ofx_file_is_described_in_the_window_language(
    context: AppContext, speaking: str, notes: str, date: str, amount: str, tmp_path: Path
) -> None:
    shown_notes, details = _shown(_previewed(context, tmp_path / "bank.ofx", OFX))
    assert shown_notes == notes
    assert details[1:] == [date, amount]


@pytest.mark.parametrize(
    ("speaking", "notes", "amount", "no_date"),
    [("fr", "Le format QIF n’indique pas de devise ; montants lus en EUR. Chaque date peut se lire "
            "jour/mois ou mois/jour ; lue comme jour/mois/année (comme Quicken écrit les dates "
            "pour EUR). Vérifiez les dates dans l’aperçu.",
      "« -3.1.0 » n’est pas un montant avec un point décimal comme le reste de sa colonne",
      "Aucune date (D)"),
     ("vi", "Tệp QIF không ghi loại tiền; số tiền được đọc theo EUR. Mọi ngày đều có thể là "
            "ngày/tháng hoặc tháng/ngày; đã đọc theo ngày/tháng/năm (theo cách Quicken ghi ngày "
            "cho EUR). Hãy kiểm tra các ngày trong bản xem trước.",
      "“-3.1.0” không phải là số tiền dùng dấu chấm thập phân như phần còn lại của cột",
      "Không có ngày (D)")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_qif_file_is_described_in_the_window_language(
    context: AppContext, speaking: str, notes: str, amount: str, no_date: str, tmp_path: Path
) -> None:
    shown_notes, details = _shown(_previewed(context, tmp_path / "bank.qif", QIF))
    assert shown_notes == notes
    assert details[1:] == [amount, no_date]


@pytest.mark.parametrize(
    ("speaking", "notes", "pending"),
    [("fr", "Relevé ISO 20022 camt.053 (camt.053.001.02).", "Non comptabilisée (statut PDNG)"),
     ("vi", "Sao kê ISO 20022 camt.053 (camt.053.001.02).",
      "Chưa được ghi sổ (trạng thái PDNG)")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_camt_file_is_described_in_the_window_language(
    context: AppContext, speaking: str, notes: str, pending: str, tmp_path: Path
) -> None:
    shown_notes, details = _shown(_previewed(context, tmp_path / "bank.xml", CAMT))
    assert shown_notes == notes
    assert details[1] == pending


@pytest.mark.parametrize(
    ("speaking", "too_old", "too_far"),
    [("fr", "1899-12-31 est antérieure au 1900-01-01 ; vérifiez l’année (les dates s’écrivent "
            "AAAA-MM-JJ).",
      "2099-01-01 est à plus de 10 ans dans le futur (après le 2036-11-23) ; vérifiez l’année "
      "(les dates s’écrivent AAAA-MM-JJ)."),
     ("vi", "1899-12-31 trước ngày 1900-01-01; hãy kiểm tra năm (ngày được ghi theo dạng "
            "YYYY-MM-DD).",
      "2099-01-01 ở xa hơn 10 năm trong tương lai (sau ngày 2036-11-23); hãy kiểm tra năm "
      "(ngày được ghi theo dạng YYYY-MM-DD).")],
    indirect=["speaking"],
)  # fmt: skip
def test_an_import_line_with_an_impossible_date_says_why_in_the_window_language(
    context: AppContext, speaking: str, too_old: str, too_far: str
) -> None:
    lines = tuple(
        BankLine(n, day, Money(Decimal("-3.10"), "EUR"), "Bakery", reference=f"R-{n}")
        for n, day in ((1, date(1899, 12, 31)), (2, date(2099, 1, 1)))
    )
    statement = BankStatement(lines=lines, format="csv", currency="EUR")
    _, details = _shown(preview_import(context, statement))
    assert details == [too_old, too_far]


@pytest.mark.parametrize(
    ("speaking", "too_many", "too_large"),
    [("fr", "1.234 a plus de décimales que EUR n’en permet (2).",
      "1,000,000,000,000,000 EUR est trop élevé : LingAssist enregistre des montants jusqu’à "
      "1,000,000,000,000. Vérifiez le montant."),
     ("vi", "1.234 có nhiều chữ số thập phân hơn mức EUR cho phép (2).",
      "1,000,000,000,000,000 EUR quá lớn: LingAssist chỉ ghi số tiền tối đa 1,000,000,000,000. "
      "Hãy kiểm tra lại số tiền.")],
    indirect=["speaking"],
)  # fmt: skip
def test_an_amount_s_problem_is_said_in_the_window_language(
    speaking: str, too_many: str, too_large: str
) -> None:
    with pytest.raises(UserFacingError) as decimals:
        to_minor(Decimal("1.234"), "EUR")
    with pytest.raises(UserFacingError) as large:
        to_minor(Decimal("1000000000000000"), "EUR")
    assert shown_phrase(decimals.value.said) == too_many
    assert shown_phrase(large.value.said) == too_large
    assert str(decimals.value) == "1.234 has more decimals than EUR allows (2)."


@pytest.mark.parametrize(
    ("speaking", "pdf", "json"),
    [("fr", "releve.pdf est un document PDF, pas un fichier de relevé bancaire. LingAssist lit "
            "CSV, OFX/QFX, QIF et XML ISO 20022 CAMT.053/052/054 ; exportez le relevé depuis "
            "votre banque dans l’un de ces formats.",
      "releve.json est un fichier JSON, pas un relevé bancaire que LingAssist sait lire."),
     ("vi", "releve.pdf là một tài liệu PDF, không phải tệp sao kê ngân hàng. LingAssist đọc CSV, "
            "OFX/QFX, QIF và XML ISO 20022 CAMT.053/052/054; hãy xuất sao kê từ ngân hàng theo "
            "một trong các định dạng này.",
      "releve.json là một tệp JSON, không phải sao kê ngân hàng mà LingAssist đọc được.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_file_that_is_no_bank_statement_is_refused_in_the_window_language(
    speaking: str, pdf: str, json: str, tmp_path: Path
) -> None:
    (tmp_path / "releve.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n")
    (tmp_path / "releve.json").write_text('{"transactions": []}', encoding="utf-8")
    with pytest.raises(UserFacingError) as as_pdf:
        read_bank_file(tmp_path / "releve.pdf", currency_hint="EUR")
    with pytest.raises(UserFacingError) as as_json:
        read_bank_file(tmp_path / "releve.json", currency_hint="EUR")
    assert shown_error(as_pdf.value) == pdf
    assert shown_error(as_json.value).startswith(json)
    assert str(as_pdf.value).startswith("releve.pdf is a PDF document, not a bank statement file.")


@pytest.mark.parametrize(
    ("speaking", "other_currency"),
    [("fr", "bank.ofx est en USD, mais Compte courant est en EUR : choisissez un compte en USD, "
            "ou un nouveau compte."),
     ("vi", "bank.ofx dùng USD, nhưng Tài khoản chính giữ tiền EUR: hãy chọn một tài khoản bằng "
            "USD, hoặc một tài khoản mới.")],
    indirect=["speaking"],
)  # fmt: skip
def test_a_file_in_another_currency_than_the_account_is_refused_in_the_window_language(
    context: AppContext, speaking: str, other_currency: str, tmp_path: Path
) -> None:
    path = tmp_path / "bank.ofx"
    path.write_text(OFX.replace("<BANKACCTFROM>", "<CURDEF>USD<BANKACCTFROM>"), encoding="utf-8")
    with pytest.raises(UserFacingError) as error:
        preview_bank_file(context, path, "Checking")
    assert shown_error(error.value) == other_currency
