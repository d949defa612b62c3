"""Which column of a CSV bank file is what: header words first, the values' shapes to check
them, and doubts instead of guesses.

A column headed "Betrag" whose values are amounts is the amount. A column headed "Valuta"
is a value date when it holds dates and a currency when it holds codes. Two columns that
could both be the amount, no date column, or a header of unknown words are doubts: the
reader stops and a person chooses (`CsvMappingNeeded`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from lingassist.bank_files import lexicon as lx
from lingassist.bank_files.account_ids import iban_checksum_ok
from lingassist.bank_files.amounts import looks_like_amount
from lingassist.bank_files.csv_layout import CsvColumn, CsvMapping
from lingassist.bank_files.csv_records import Record, cell_header_word
from lingassist.bank_files.dates import looks_like_date
from lingassist.core.currency import is_currency_code
from lingassist.core.phrases import Phrase, phrase, quoted

SHAPE_SAMPLE = 300  # data rows looked at to tell a column's shape
_MOSTLY = 0.8
_NUMERIC = (lx.AMOUNT, lx.DEBIT, lx.CREDIT, lx.BALANCE, lx.ORIGINAL_AMOUNT)
_SINGLE = (
    lx.DIRECTION,
    lx.KIND,
    lx.PAYEE,
    lx.PAYER,
    lx.REFERENCE,
    lx.BALANCE,
    lx.ORIGINAL_AMOUNT,
    lx.ORIGINAL_CURRENCY,
    lx.STATUS,
    lx.CATEGORY,
    lx.ACCOUNT,
    lx.VALUE_DATE,
)
_TEXTS = (lx.COUNTERPARTY, lx.PAYEE, lx.PAYER, lx.DESCRIPTION, lx.REFERENCE_OR_TEXT)
_CURRENCY_SIGNS = frozenset({"€", "£", "$", "¥", "₫"})


@dataclass
class Roles:
    """The roles found so far, what was decided alone and what is unclear."""

    mapping: CsvMapping = field(default_factory=CsvMapping)
    languages: set[str] = field(default_factory=set)
    notes: list[Phrase] = field(default_factory=list)
    doubts: list[Phrase] = field(default_factory=list)


def describe_columns(header: list[str], sample: list[Record], width: int) -> list[CsvColumn]:
    """Each column's header, shape and sample values (roles are filled in later)."""
    columns = []
    for index in range(width):
        values = _values(sample, index)
        name = header[index] if index < len(header) else ""
        columns.append(CsvColumn(index, name, "", column_shape(values), tuple(values[:5])))
    return columns


def column_shape(values: list[str]) -> str:
    """ "date", "number", "currency", "direction", "text" or "empty" for a column's values."""
    if not values:
        return "empty"
    for shape, test in (
        ("date", looks_like_date),
        ("number", looks_like_amount),
        ("currency", _is_currency),
        ("direction", lambda value: lx.direction_sign(value) is not None),
    ):
        if sum(1 for value in values if test(value)) >= _MOSTLY * len(values):
            return shape
    return "text"


def assign_roles(columns: list[CsvColumn], expected_currency: str) -> Roles:
    """Roles from header words, checked against the columns' shapes."""
    roles = Roles()
    found: dict[str, list[int]] = defaultdict(list)
    for column in columns:
        word = cell_header_word(column.name)
        if word is None:
            continue
        role = _checked_role(word.role, column, roles)
        if role and role != lx.IGNORE:
            found[role].append(column.index)
            roles.languages.add(word.language)
    by_index = {column.index: column for column in columns}
    chosen: dict[str, int | None] = {
        role: found[role][0] if found[role] else None for role in _SINGLE
    }
    chosen[lx.DATE] = _date_column(found, by_index, roles)
    chosen.update(_amount_columns(found, by_index, roles, expected_currency))
    chosen[lx.CURRENCY] = _currency_column(found, chosen.get(lx.AMOUNT))
    _promote_kinds(found, roles)
    counterparty = found[lx.COUNTERPARTY]
    payee, payer = chosen[lx.PAYEE], chosen[lx.PAYER]
    if not counterparty and (payee is None) != (payer is None):  # one name column only
        counterparty = [payee if payee is not None else payer]  # type: ignore[list-item]
        chosen[lx.PAYEE] = chosen[lx.PAYER] = None
    chosen[lx.COUNTERPARTY] = counterparty[0] if counterparty else None
    description = tuple(counterparty[1:]) + tuple(found[lx.DESCRIPTION])
    roles.mapping = CsvMapping(description=description, **chosen)  # type: ignore[arg-type]
    return roles


def _promote_kinds(found: dict[str, list[int]], roles: Roles) -> None:
    """Without a purpose column, the bank's text columns are the description: the second of
    "Umsatzart;Buchungstext" (Commerzbank), or a lone "Buchungstext"."""
    kinds = found[lx.KIND]
    if found[lx.DESCRIPTION] or not kinds:
        return
    found[lx.DESCRIPTION] = kinds[1:] if len(kinds) > 1 else kinds
    found[lx.KIND] = kinds[:1] if len(kinds) > 1 else []


def with_roles(columns: list[CsvColumn], mapping: CsvMapping) -> list[CsvColumn]:
    """The columns with the role the mapping gives each."""
    role_of = {index: role for role, index in mapping.columns().items()}
    role_of.update({index: lx.DESCRIPTION for index in mapping.description})
    return [
        CsvColumn(c.index, c.name, role_of.get(c.index, ""), c.shape, c.samples) for c in columns
    ]


def suggest_by_shape(columns: list[CsvColumn], mapping: CsvMapping) -> CsvMapping:
    """Fill a missing date, amount and description from the values' shapes alone, for a
    dialog to propose (never read without a person's confirmation)."""
    used = set(mapping.columns().values()) | set(mapping.description)
    free = [column for column in columns if column.index not in used]
    date, amount, description = mapping.date, mapping.amount, mapping.description
    if date is None:
        date = next((column.index for column in free if column.shape == "date"), None)
    no_amount = mapping.amount is None and mapping.debit is None and mapping.credit is None
    numbers = [column.index for column in free if column.shape == "number"]
    if no_amount and len(numbers) == 1:
        amount = numbers[0]
    if not description:
        texts = [column for column in free if column.shape == "text"]
        longest = max(texts, key=lambda c: sum(map(len, c.samples)), default=None)
        description = (longest.index,) if longest else ()
    return replace(mapping, date=date, amount=amount, description=description)


def modal_width(records: list[Record]) -> int:
    """The most common number of cells among the records (trailing empties dropped)."""
    widths = Counter(len(_trimmed(record.cells)) for record in records if any(record.cells))
    return widths.most_common(1)[0][0] if widths else 0


def _checked_role(role: str, column: CsvColumn, roles: Roles) -> str | None:
    shape, name = column.shape, column.name
    if role == lx.VALUE_DATE_OR_CURRENCY:
        return {"date": lx.VALUE_DATE, "currency": lx.CURRENCY}.get(shape, lx.IGNORE)
    if role == lx.REFERENCE_OR_TEXT:
        return lx.REFERENCE if _looks_like_ids(column) else lx.DESCRIPTION
    if role in _TEXTS and column.samples and all(map(_is_iban, column.samples)):
        return lx.IGNORE  # "IBAN Zahlungsbeteiligter": an account number, not a name
    if role in (lx.DATE, lx.VALUE_DATE) and not _fits(column, "date", looks_like_date):
        if role == lx.DATE:
            roles.doubts.append(
                phrase(
                    "The column {name} is headed like a date but holds {samples}.",
                    name=quoted(name),
                    samples=_quoted(column.samples[:3]),
                )
            )
        return None
    if role in _NUMERIC and not _fits(column, "number", looks_like_amount):
        if role in (lx.AMOUNT, lx.DEBIT, lx.CREDIT):
            roles.doubts.append(
                phrase(
                    "The column {name} is headed like an amount but holds {samples}.",
                    name=quoted(name),
                    samples=_quoted(column.samples[:3]),
                )
            )
        return None
    if role == lx.DIRECTION and not _mostly_directions(column):
        return lx.IGNORE
    if role == lx.CURRENCY and shape not in ("currency", "empty"):
        return lx.IGNORE
    return role


def _date_column(
    found: dict[str, list[int]], columns: dict[int, CsvColumn], roles: Roles
) -> int | None:
    dates = found[lx.DATE]
    if not dates:
        roles.doubts.append(phrase("No column is headed like a booking date."))
        return None
    if len(dates) > 1:
        names = _quoted(columns[index].name for index in dates)
        roles.notes.append(
            phrase("Several date columns ({names}): the first is the booking date.", names=names)
        )
    return dates[0]


def _amount_columns(
    found: dict[str, list[int]], columns: dict[int, CsvColumn], roles: Roles, expected: str
) -> dict[str, int | None]:
    amounts = _drop_other_currencies(found[lx.AMOUNT], columns, expected, roles)
    debits, credits = found[lx.DEBIT], found[lx.CREDIT]
    if len(amounts) > 1:
        names = _quoted(columns[index].name for index in amounts)
        roles.doubts.append(
            phrase("More than one column could be the amount: {names}.", names=names)
        )
        return {lx.AMOUNT: None, lx.DEBIT: None, lx.CREDIT: None}
    if amounts:
        if debits or credits:
            roles.notes.append(
                phrase(
                    "The signed amount {column} is used; the separate money out/in columns "
                    "are not.",
                    column=quoted(columns[amounts[0]].name),
                )
            )
        return {lx.AMOUNT: amounts[0], lx.DEBIT: None, lx.CREDIT: None}
    if len(debits) > 1 or len(credits) > 1:
        names = _quoted(columns[index].name for index in debits + credits)
        roles.doubts.append(
            phrase("More than one column could be money out or money in: {names}.", names=names)
        )
    elif not debits and not credits:
        roles.doubts.append(
            phrase("No column is headed like an amount, or money out and money in.")
        )
    elif not debits or not credits:
        only = columns[(debits or credits)[0]].name
        roles.doubts.append(
            phrase(
                "Only {column} holds amounts: is there no column for the other direction?",
                column=quoted(only),
            )
        )
    else:
        return {lx.AMOUNT: None, lx.DEBIT: debits[0], lx.CREDIT: credits[0]}
    return {lx.AMOUNT: None, lx.DEBIT: None, lx.CREDIT: None}


def _drop_other_currencies(
    amounts: list[int], columns: dict[int, CsvColumn], expected: str, roles: Roles
) -> list[int]:
    """Of several amount columns ("Montant(EUROS)", "Montant(FRANCS)"), the one in the
    statement's currency."""
    if len(amounts) < 2:
        return amounts
    named = {index: lx.header_currency(columns[index].name) for index in amounts}
    matching = [index for index in amounts if named[index] == expected]
    if len(matching) == 1:
        others = _quoted(columns[i].name for i in amounts if i != matching[0])
        roles.notes.append(
            phrase(
                "{others} not used: the amounts in {currency} are in {column}.",
                others=others,
                currency=expected,
                column=quoted(columns[matching[0]].name),
            )
        )
        return matching
    return amounts


def _currency_column(found: dict[str, list[int]], amount: int | None) -> int | None:
    currencies = found[lx.CURRENCY]
    if amount is not None and amount + 1 in currencies:  # ING: "Saldo;Währung;Betrag;Währung"
        return amount + 1
    return currencies[0] if currencies else None


def _looks_like_ids(column: CsvColumn) -> bool:
    values = column.samples
    return (
        bool(values)
        and all(" " not in value and any(char.isdigit() for char in value) for value in values)
        and len(set(values)) == len(values)
    )


def _fits(column: CsvColumn, shape: str, test: Callable[[str], bool]) -> bool:
    """True when a column's values fit the role its header names: its shape, or all of its
    samples but one (a stray total or note in a short file)."""
    if column.shape in (shape, "empty"):
        return True
    return len(column.samples) >= 2 and sum(map(test, column.samples)) >= len(column.samples) - 1


def _is_iban(value: str) -> bool:
    return iban_checksum_ok(value.replace(" ", "").upper())


def _mostly_directions(column: CsvColumn) -> bool:
    """A column headed "Soll/Haben" whose values are at least half S/H words (a bad value
    is the line's problem, not the column's)."""
    if column.shape == "direction":
        return True
    signs = [lx.direction_sign(value) for value in column.samples]
    return bool(signs) and sum(sign is not None for sign in signs) * 2 >= len(signs)


def _is_currency(value: str) -> bool:
    text = value.strip()
    return (len(text) == 3 and is_currency_code(text)) or text in _CURRENCY_SIGNS


def _values(sample: list[Record], index: int) -> list[str]:
    return [
        record.cells[index].strip()
        for record in sample
        if index < len(record.cells) and record.cells[index].strip()
    ]


def _trimmed(cells: list[str]) -> list[str]:
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def _quoted(texts: Iterable[str]) -> Phrase | str:
    """Column names or cells, each `quoted` (as repr in English: 'Soll', 'Haben'; as the
    window's language quotes them in a window), joined with commas."""
    said: Phrase | str | None = None
    for text in texts:
        one = quoted(text)
        said = one if said is None else phrase("{names}, {name}", names=said, name=one)
    return said if said is not None else ""
