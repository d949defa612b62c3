"""QIF (Quicken Interchange Format) files read into bank lines.

A QIF file is "!Type:Bank" (or CCard, Cash, Oth A, Oth L) followed by records of one-letter
fields ended by "^": D date, T or U amount, P payee, M memo, N number, L category, C cleared,
A address, S/E/$ splits. Dates come as 12/31'25, 12/31/2025, 31/12/2025 or 2025-12-31; the
order of day and month is decided from all the file's dates at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lingassist.bank_files import dates as dt
from lingassist.bank_files.amounts import NotAnAmount, decide_decimal_mark, exact_money, read_amount
from lingassist.bank_files.decoding import not_a_bank_file
from lingassist.core.bank_lines import BankLine, BankStatement, RejectedLine
from lingassist.core.errors import UserFacingError
from lingassist.core.phrases import Phrase, phrase, quoted
from lingassist.core.text import clean_text

_BANK_TYPES = frozenset({"bank", "ccard", "cash", "oth a", "oth l"})
_LIST_TYPES = frozenset({"cat", "class", "memorized", "prices", "security"})
_MONTH_FIRST = frozenset({"USD", "CAD"})
_ORDERS = {dt.DMY: "day/month/year", dt.MDY: "month/day/year", dt.YMD: "year-month-day"}


@dataclass
class _Record:
    line: int
    kind: str
    fields: dict[str, str] = field(default_factory=dict)


def read_qif(text: str, *, name: str, currency_hint: str) -> BankStatement:
    """The statement in QIF `text` (its currency is `currency_hint`: QIF names none).

    Raises:
        UserFacingError: the file holds no bank, card or cash records.
    """
    records, account = _records(text)
    if not records or all("!" in record.fields for record in records):
        raise not_a_bank_file(name, phrase("a QIF file with no bank, card or cash records"))
    currency = currency_hint.upper()
    notes = [phrase("QIF names no currency; amounts read as {currency}.", currency=currency)]
    order = _date_order(records, currency, notes)
    mark = decide_decimal_mark(r.fields.get("T", r.fields.get("U", "")) for r in records) or "."
    if mark == ",":
        notes.append(phrase("Amounts with a decimal comma (1.234,56)."))
    lines: list[BankLine] = []
    rejected: list[RejectedLine] = []
    for record in records:
        try:
            lines.append(_line(record, order, mark, currency))
        except _Rejected as why:
            shown = clean_text(" ".join(f"{k}{v}" for k, v in record.fields.items()))[:200]
            reason = f"line {record.line}: {why}"
            rejected.append(RejectedLine(record.line, reason, shown, said=why.said))
    return BankStatement(
        lines=tuple(lines),
        rejected=tuple(rejected),
        format="qif",
        currency=currency,
        account_id=account,
        notes=tuple(note.text for note in notes),
        said_notes=tuple(notes),
    )


class _Rejected(Exception):
    """Internal: why one record is not a line (`said`: the reason as a phrase)."""

    def __init__(self, said: Phrase) -> None:
        super().__init__(said.text)
        self.said = said


def _records(text: str) -> tuple[list[_Record], str]:
    """The transaction records of bank-like sections, and the account's name if given."""
    records: list[_Record] = []
    kind, account, in_account = "", "", False
    account_fields: dict[str, str] = {}
    current: _Record | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("!"):  # !Type:Bank, !Account, !Option:AutoSwitch, !Clear:...
            _finish(current, kind, records)
            current = None
            header = line[1:].strip().lower()
            if header.startswith("type:"):
                kind, in_account = header[5:].strip(), False
            elif header == "account":
                in_account, account_fields = True, {}
            continue
        if in_account:  # the account block: N name, T type, D description, then ^
            if line == "^":
                account = account or account_fields.get("N", "")
                account_fields = {}
            else:
                account_fields.setdefault(line[0], line[1:].strip())
            continue
        if line == "^":
            _finish(current, kind, records)
            current = None
            continue
        current = current or _Record(number, kind)
        code, value = line[0], line[1:].strip()
        if code == "A":  # address lines add up
            current.fields["A"] = f"{current.fields.get('A', '')} {value}".strip()
        elif code not in "SE$":  # splits: the record's total T is the line's amount
            current.fields.setdefault(code, value)
    _finish(current, kind, records)  # a last record without its "^"
    return records, clean_text(account)


def _finish(record: _Record | None, kind: str, records: list[_Record]) -> None:
    if record is None or not record.fields or kind in _LIST_TYPES:
        return
    if kind and kind not in _BANK_TYPES:
        record.fields = {"!": f"a {kind!r} record (investments) is not a bank line"}
    records.append(record)


def _date_order(records: list[_Record], currency: str, notes: list[Phrase]) -> str:
    values = [record.fields.get("D", "") for record in records if record.fields.get("D")]
    orders = dt.decide_date_order(values)
    if len(orders) == 1:
        return orders[0]
    by_sequence = dt.order_by_sequence(values)
    if by_sequence:
        notes.append(
            phrase(
                "Every date could be day/month or month/day; read as {order} because the "
                "records are then in order.",
                order=phrase(_ORDERS[by_sequence]),
            )
        )
        return by_sequence
    guess = dt.MDY if currency in _MONTH_FIRST or any("'" in v for v in values) else dt.DMY
    notes.append(
        phrase(
            "Every date could be day/month or month/day; read as {order} (as Quicken writes "
            "dates for {currency}). Check the dates in the preview.",
            order=phrase(_ORDERS[guess]),
            currency=currency,
        )
    )
    return guess


def _line(record: _Record, order: str, mark: str, currency: str) -> BankLine:
    fields = record.fields
    if "!" in fields:
        said = phrase("a {kind} record (investments) is not a bank line", kind=quoted(record.kind))
        raise _Rejected(said)
    date_text = fields.get("D", "")
    booked = dt.read_date(date_text, order) if date_text else None
    if booked is None:
        if date_text:
            raise _Rejected(phrase("{text} is not a date", text=quoted(date_text[:30])))
        raise _Rejected(phrase("no date (D)"))
    amount_text = fields.get("T") or fields.get("U") or ""
    if not amount_text:
        raise _Rejected(phrase("no amount (T)"))
    try:
        value, _ = read_amount(amount_text, mark)
        money = exact_money(value, currency)
    except (NotAnAmount, UserFacingError) as why:
        raise _Rejected(why.said) from None
    payee, memo = clean_text(fields.get("P", "")), clean_text(fields.get("M", ""))
    parts = [payee] if payee else []
    if memo and memo.casefold() not in payee.casefold():
        parts.append(memo)
    number = fields.get("N", "").strip()
    return BankLine(
        number=record.line,
        booked=booked,
        money=money,
        description=" / ".join(parts),
        counterparty=payee,
        reference=number if number.isdigit() else "",
        category=clean_text(fields.get("L", "")),
    )
