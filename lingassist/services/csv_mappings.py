"""The CSV columns a person chose for a bank, remembered in the home by the bank's header
(`CsvLayout.fingerprint`), so the next file from that bank is read without asking.

They live in ``csv_mappings.json`` in the home, private to its owner and replaced
atomically (a crash never leaves half a file). A damaged file is treated as empty: the
worst that happens is that the person is asked once more.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from lingassist.bank_files import CsvMapping
from lingassist.config import AppPaths
from lingassist.core.private_files import private_folder, write_private

FILE_NAME = "csv_mappings.json"
ROLES = (
    "date",
    "amount",
    "debit",
    "credit",
    "description",
    "counterparty",
    "reference",
    "balance",
    "currency",
)  # the roles a person picks in the mapping dialog (and "ignore")
IGNORE = "ignore"
log = logging.getLogger(__name__)


def mappings_file(paths: AppPaths) -> Path:
    """Where the remembered mappings are kept."""
    return paths.home / FILE_NAME


def remembered_mapping(paths: AppPaths, fingerprint: str) -> CsvMapping | None:
    """The mapping chosen before for files with this header (None when there is none)."""
    stored = _stored(paths).get(fingerprint)
    if not isinstance(stored, dict):
        return None
    try:
        mapping = CsvMapping.from_dict(stored)
    except (TypeError, ValueError):
        mapping = None
    if mapping is None or mapping.problems() or not _well_formed(mapping):
        log.warning("ignoring an unreadable CSV mapping for %s", fingerprint)
        return None
    return mapping


def remember_mapping(paths: AppPaths, fingerprint: str, mapping: CsvMapping) -> None:
    """Keep `mapping` for files with this header (replacing an earlier one)."""
    stored = _stored(paths)
    stored[fingerprint] = mapping.to_dict()
    private_folder(paths.home)
    target = mappings_file(paths)
    temporary = target.with_suffix(".json.tmp")
    write_private(temporary, json.dumps(stored, indent=2, sort_keys=True).encode("utf-8"))
    temporary.replace(target)


def mapping_from_roles(
    base: CsvMapping,
    roles: Mapping[int, str],
    *,
    date_order: str | None = None,
    decimal_mark: str | None = None,
    negate: bool | None = None,
) -> CsvMapping:
    """`base` with its columns replaced by the roles a person gave them (column index ->
    a role: one of `ROLES`, another column role of `CsvMapping` such as "value_date", or
    "ignore"). Description columns are joined in column order; when two columns get one
    single role the later column has it. Format choices given replace `base`'s."""
    changes: dict[str, Any] = {name: None for name in column_roles()}
    changes |= {
        role: index
        for index, role in sorted(roles.items())
        if role in changes and role != "description"
    }
    changes["description"] = tuple(sorted(i for i, role in roles.items() if role == "description"))
    for name, value in (("date_order", date_order), ("decimal_mark", decimal_mark)):
        if value is not None:
            changes[name] = value
    if negate is not None:
        changes["negate"] = negate
    return replace(base, **changes)


def column_roles() -> tuple[str, ...]:
    """The names of `CsvMapping`'s one-column roles ("date", "amount", "value_date"...)."""
    return tuple(item.name for item in fields(CsvMapping) if item.default is None)


def _well_formed(mapping: CsvMapping) -> bool:
    """Every column is a column index (a hand-edited file may hold anything)."""
    columns = [getattr(mapping, role) for role in column_roles()] + list(mapping.description)
    return all(
        value is None or (type(value) is int and value >= 0)  # noqa: E721 - bool is no index
        for value in columns
    )


def _stored(paths: AppPaths) -> dict[str, object]:
    """Every remembered mapping by fingerprint ({} when none or the file is damaged)."""
    path = mappings_file(paths)
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("ignoring the damaged %s: %s", path, error)
        return {}
    return stored if isinstance(stored, dict) else {}
