"""The labels the services give the changes they make (the undo history: "Add expense
{amount} at {where}"), and "Redid: {change}", marked for `pyside6-lupdate` in the context
"Phrase" like the other texts services write (gui/service_phrases.py, which includes these):
the undo card's title, the Edit menu's Undo and Redo, and what was undone or redone are
shown in the window's language by `translation.shown_phrase`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

CHANGE_LABELS = (
    QT_TRANSLATE_NOOP("Phrase", "Add expense {amount}"),
    QT_TRANSLATE_NOOP("Phrase", "Add expense {amount} at {where}"),
    QT_TRANSLATE_NOOP("Phrase", "Add income {amount}"),
    QT_TRANSLATE_NOOP("Phrase", "Add income {amount} from {where}"),
    QT_TRANSLATE_NOOP("Phrase", "Add refund {amount}"),
    QT_TRANSLATE_NOOP("Phrase", "Add refund {amount} from {where}"),
    QT_TRANSLATE_NOOP("Phrase", "Add shared expense {amount}"),
    QT_TRANSLATE_NOOP("Phrase", "Add shared expense {amount} at {where}"),
    QT_TRANSLATE_NOOP("Phrase", "{entry}, in place of the {old} entry"),  # a correction
    QT_TRANSLATE_NOOP("Phrase", "Add payee {payee}"),
    QT_TRANSLATE_NOOP("Phrase", "Update payee {payee}"),
    QT_TRANSLATE_NOOP("Phrase", "Add rule '{rule}'"),
    QT_TRANSLATE_NOOP("Phrase", "Add rule '{rule}' and apply it"),
    QT_TRANSLATE_NOOP("Phrase", "Edit rule '{rule}'"),
    QT_TRANSLATE_NOOP("Phrase", "Enable rule '{rule}'"),
    QT_TRANSLATE_NOOP("Phrase", "Disable rule '{rule}'"),
    QT_TRANSLATE_NOOP("Phrase", "Delete rule '{rule}'"),
    QT_TRANSLATE_NOOP("Phrase", "Move rule '{rule}' up"),
    QT_TRANSLATE_NOOP("Phrase", "Move rule '{rule}' down"),
    QT_TRANSLATE_NOOP("Phrase", "Apply rule '{rule}'"),
    QT_TRANSLATE_NOOP("Phrase", "Always file {merchant} under {category}"),
    QT_TRANSLATE_NOOP("Phrase", "Set budget {amount} for {category}"),
    QT_TRANSLATE_NOOP("Phrase", "Move to {category}"),
    QT_TRANSLATE_NOOP("Phrase", "Move {where} to {category}"),
    QT_TRANSLATE_NOOP("Phrase", "Move {amount} from {origin} to {target}"),
    QT_TRANSLATE_NOOP("Phrase", "Edit transaction"),
    QT_TRANSLATE_NOOP("Phrase", "Split {where}"),
    QT_TRANSLATE_NOOP("Phrase", "Open account {account}"),
    QT_TRANSLATE_NOOP("Phrase", "Create starter accounts"),
    QT_TRANSLATE_NOOP("Phrase", "Generate demo data"),
    QT_TRANSLATE_NOOP("Phrase", "Set bank details of {account}"),
    QT_TRANSLATE_NOOP("Phrase", "Import {file} into {account}: {new} new, {merged} merged"),
    QT_TRANSLATE_NOOP("Phrase", "Import a bank file into {account}: {new} new, {merged} merged"),
    QT_TRANSLATE_NOOP("Phrase", "Draft payment to {payee}"),
    QT_TRANSLATE_NOOP("Phrase", "Draft payment to someone"),
    QT_TRANSLATE_NOOP("Phrase", "Discard draft #{id} to {payee}"),
    QT_TRANSLATE_NOOP("Phrase", "Discard draft #{id} to someone"),
    QT_TRANSLATE_NOOP("Phrase", "Confirm payment {amount} to {payee}"),
    QT_TRANSLATE_NOOP("Phrase", "Cancel payment {amount} to {payee}"),
    QT_TRANSLATE_NOOP("Phrase", "Mark payment to {payee} as paid"),
    QT_TRANSLATE_NOOP("Phrase", "Redid: {change}"),
)
