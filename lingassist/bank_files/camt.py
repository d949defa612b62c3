"""ISO 20022 bank statements read into bank lines: CAMT.053 (statement), CAMT.052 (account
report) and CAMT.054 (debit/credit notification), versions .001.02 to .001.13.

XML from a file is untrusted: it is parsed by defusedxml (no DTD, no entity expansion) when
installed, and any DOCTYPE is refused before the standard library ever sees the bytes.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as StdET
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from xml.etree.ElementTree import Element

from lingassist.bank_files.amounts import exact_money
from lingassist.bank_files.decoding import not_a_bank_file
from lingassist.core.bank_lines import BankLine, BankStatement, RejectedLine
from lingassist.core.errors import UserFacingError
from lingassist.core.money import Money
from lingassist.core.phrases import Phrase, phrase, quoted
from lingassist.core.text import clean_text

_parse: Callable[[bytes], Element]
try:
    from defusedxml.ElementTree import fromstring as _defused_fromstring

    def _parse(data: bytes) -> Element:
        return _defused_fromstring(data, forbid_dtd=True)  # type: ignore[no-any-return]

except ImportError:  # pragma: no cover - defusedxml is a dependency

    def _parse(data: bytes) -> Element:
        return StdET.fromstring(data)


_MESSAGES = {
    "BkToCstmrStmt": ("Stmt", "camt.053"),
    "BkToCstmrAcctRpt": ("Rpt", "camt.052"),
    "BkToCstmrDbtCdtNtfctn": ("Ntfctn", "camt.054"),
}
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)
_NOT_GIVEN = frozenset({"", "NOTPROVIDED", "NONREF", "NOT PROVIDED"})


class _Rejected(Exception):
    """Internal: why one entry is not a line (`said`: the reason as a phrase)."""

    def __init__(self, said: Phrase) -> None:
        super().__init__(said.text)
        self.said = said


def is_camt(head: str) -> bool:
    """True when the start of an XML text is an ISO 20022 cash management message."""
    return "camt.05" in head or any(message in head for message in _MESSAGES)


def read_camt(data: bytes, *, name: str, currency_hint: str) -> BankStatement:
    """The statement in CAMT XML `data`.

    Raises:
        UserFacingError: the XML is damaged, declares a DTD, or is not a CAMT statement.
    """
    root, namespace = _root(data, name)
    message = next((child for child in root if child.tag in _MESSAGES), None)
    if message is None:
        what = phrase("an XML file (<{tag}>) that is not a CAMT statement", tag=root.tag)
        raise not_a_bank_file(name, what)
    statement_tag, kind = _MESSAGES[message.tag]
    statements = message.findall(statement_tag)
    first = statements[0] if statements else Element("none")
    account = _account(first)
    currency = _text(first, "Acct/Ccy") or _first_currency(first) or currency_hint.upper()
    lines: list[BankLine] = []
    rejected: list[RejectedLine] = []
    number = 0
    for statement in statements:
        other = _account(statement) != account
        for entry in statement.findall("Ntry"):
            parts = _parts(entry)
            for index, part in enumerate(parts, start=1):
                number += 1
                try:
                    if other:
                        raise _Rejected(
                            phrase(
                                "belongs to account {account}; import that account separately",
                                account=_account(statement),
                            )
                        )
                    lines.append(_line(number, entry, part, index if len(parts) > 1 else 0))
                except _Rejected as why:
                    reason = f"entry {number}: {why}"
                    rejected.append(RejectedLine(number, reason, _shown(entry), said=why.said))
    version = namespace.rpartition(":")[2] or kind
    notes = [phrase("ISO 20022 {kind} statement ({version}).", kind=kind, version=version)]
    return BankStatement(
        lines=tuple(lines),
        rejected=tuple(rejected),
        format=kind,
        currency=currency,
        account_id=account,
        bank=_text(first, "Acct/Svcr/FinInstnId/BIC")
        or _text(first, "Acct/Svcr/FinInstnId/BICFI")
        or _text(first, "Acct/Svcr/FinInstnId/Nm"),
        notes=tuple(note.text for note in notes),
        said_notes=tuple(notes),
    )


def _root(data: bytes, name: str) -> tuple[Element, str]:
    """The parsed XML with namespaces removed from its tags, and the root's namespace."""
    if _DTD.search(data[:65536]):
        raise UserFacingError(
            phrase(
                "{name} declares a DTD or entities, which a bank statement never does; it is "
                "not read, for safety.",
                name=name,
            )
        )
    try:
        root = _parse(data)
    except StdET.ParseError as error:
        raise UserFacingError(
            phrase(
                "{name} is damaged XML ({error}); it cannot be read.", name=name, error=str(error)
            )
        ) from None
    except Exception as error:  # defusedxml's refusals (DTDForbidden, EntitiesForbidden...)
        raise UserFacingError(
            phrase(
                "{name} is XML LingAssist does not read for safety ({error}).",
                name=name,
                error=type(error).__name__,
            )
        ) from None
    namespace = root.tag[1:].partition("}")[0] if root.tag.startswith("{") else ""
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rpartition("}")[2]
    return root, namespace


def _parts(entry: Element) -> list[Element | None]:
    """The transactions of an entry: one per TxDtls when a batch lists each with its own
    amount adding up to the entry's; otherwise the entry itself (None)."""
    details = entry.findall("NtryDtls/TxDtls")
    if len(details) < 2:
        return [details[0] if details else None]
    amounts = [_transaction_amount(detail) for detail in details]
    total = _decimal(_text(entry, "Amt"))
    if all(amounts) and total is not None and sum(a for a in amounts if a) == total:
        return list(details)
    return [None]


def _line(number: int, entry: Element, detail: Element | None, part: int) -> BankLine:
    """One line: the whole entry (`detail` None or its only TxDtls), or `part` (1-based)
    of a batch."""
    status = _text(entry, "Sts/Cd") or _text(entry, "Sts")
    if status and status.upper() not in ("BOOK", "BOOKED"):
        raise _Rejected(phrase("not booked (status {status})", status=status))
    booked = _date(entry, "BookgDt")
    if booked is None:
        raise _Rejected(phrase("no booking date (BookgDt)"))
    money = _money(entry, detail if part else None)
    outgoing = money.amount < 0
    where = detail if detail is not None else entry.find("NtryDtls/TxDtls")
    counterparty = _party(where, "Cdtr" if outgoing else "Dbtr")
    texts = _texts(where, "RmtInf/Ustrd") or _texts(where, "AddtlTxInf")
    text = " ".join(texts) or _text(entry, "AddtlNtryInf")
    parts = [part for part in (counterparty, clean_text(text)) if part]
    return BankLine(
        number=number,
        booked=booked,
        money=money,
        description=" / ".join(parts),
        counterparty=counterparty,
        reference=_reference(entry, where, part),
        value_date=_date(entry, "ValDt"),
        original=_original(where, money),
    )


def _money(entry: Element, detail: Element | None) -> Money:
    amount = entry.find("Amt")
    own = _transaction_amount(detail) if detail is not None else None
    value = own if own is not None else _decimal(amount.text if amount is not None else "")
    currency = amount.get("Ccy", "") if amount is not None else ""
    if value is None:
        written = (amount.text or "").strip() if amount is not None else ""
        if written:
            raise _Rejected(phrase("{text} is not an amount (Amt)", text=quoted(written[:30])))
        raise _Rejected(phrase("no amount (Amt)"))
    indicator = _text(detail, "CdtDbtInd") if detail is not None else ""
    indicator = indicator or _text(entry, "CdtDbtInd")
    if indicator not in ("CRDT", "DBIT"):
        said = phrase(
            "neither credit nor debit (CdtDbtInd {indicator})", indicator=quoted(indicator)
        )
        raise _Rejected(said)
    try:
        return exact_money(-value if indicator == "DBIT" else value, currency)
    except UserFacingError as why:
        raise _Rejected(why.said) from None


def _original(detail: Element | None, money: Money) -> Money | None:
    """The instructed amount in another currency (a card payment abroad)."""
    if detail is None:
        return None
    for path in ("AmtDtls/InstdAmt/Amt", "AmtDtls/TxAmt/Amt", "AmtDtls/CntrValAmt/Amt"):
        element = detail.find(path)
        value = _decimal(element.text if element is not None else "")
        currency = element.get("Ccy", "") if element is not None else ""
        if value is not None and currency and currency != money.currency:
            try:
                return exact_money(-value if money.amount < 0 else value, currency)
            except UserFacingError:
                return None
    return None


def _reference(entry: Element, detail: Element | None, part: int) -> str:
    """The bank's id of the line; a batch's parts get the entry's id with "/1", "/2"... so
    that each stays unique (and the same when the statement is imported again)."""
    if part:
        own = _reference(Element("none"), detail, 0)
        entry_ref = _text(entry, "AcctSvcrRef")
        return f"{entry_ref}/{part}" if entry_ref.upper() not in _NOT_GIVEN else own
    for element, path in (
        (entry, "AcctSvcrRef"),
        (detail, "Refs/AcctSvcrRef"),
        (detail, "Refs/EndToEndId"),
        (detail, "Refs/TxId"),
    ):
        value = _text(element, path)
        if value.upper() not in _NOT_GIVEN:
            return value
    return ""


def _party(detail: Element | None, role: str) -> str:
    if detail is None:
        return ""
    for path in (f"RltdPties/{role}", f"RltdPties/Ultmt{role}"):
        party = detail.find(path)
        if party is not None:
            name = next((e.text for e in party.iter("Nm") if e.text and e.text.strip()), "")
            if name:
                return clean_text(name)
    return ""


def _transaction_amount(detail: Element) -> Decimal | None:
    for path in ("Amt", "AmtDtls/TxAmt/Amt"):
        element = detail.find(path)
        if element is not None and _decimal(element.text) is not None:
            return _decimal(element.text)
    return None


def _date(entry: Element, tag: str) -> date | None:
    text = _text(entry, f"{tag}/Dt") or _text(entry, f"{tag}/DtTm")[:10]
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise _Rejected(
            phrase("{text} is not a date ({tag})", text=quoted(text[:30]), tag=tag)
        ) from None


def _account(statement: Element) -> str:
    return _text(statement, "Acct/Id/IBAN") or _text(statement, "Acct/Id/Othr/Id")


def _first_currency(statement: Element) -> str:
    amount = statement.find("Ntry/Amt")
    return amount.get("Ccy", "") if amount is not None else ""


def _decimal(text: str | None) -> Decimal | None:
    try:
        value = Decimal((text or "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() and value >= 0 else None


def _text(element: Element | None, path: str) -> str:
    if element is None:
        return ""
    found = element.find(path)
    return (found.text or "").strip() if found is not None else ""


def _texts(element: Element | None, path: str) -> list[str]:
    if element is None:
        return []
    return [
        found.text.strip() for found in element.findall(path) if found.text and found.text.strip()
    ]


def _shown(entry: Element) -> str:
    shown = [
        _text(entry, "BookgDt/Dt"),
        _text(entry, "Amt"),
        _text(entry, "CdtDbtInd"),
        _text(entry, "AcctSvcrRef"),
    ]
    return clean_text(" ".join(part for part in shown if part))[:200]
