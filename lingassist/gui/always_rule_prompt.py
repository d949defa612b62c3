"""AlwaysRulePrompt: after a correction, offer "always file <merchant> under <category>",
listing the past transactions that would move with it. "Just this once" is the default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from lingassist.categorize.rules import Rule, merchant_rule
from lingassist.core.transactions import TransactionRow
from lingassist.services import rules
from lingassist.services.context import AppContext
from lingassist.services.entries import category_choices
from lingassist.services.formatting import date_text, money_text

SHOWN_ROWS = 6
translate = QCoreApplication.translate


class AlwaysRulePrompt(QMessageBox):
    """The question, with up to six of the transactions it would change."""

    def __init__(
        self,
        merchant: str,
        category_name: str,
        rows: list[TransactionRow],
        locale: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Always file it there?"))
        self.setIcon(QMessageBox.Icon.Question)
        self.setText(
            self.tr("Always file {merchant} under {category}?").format(
                merchant=merchant, category=category_name
            )
        )
        self.setInformativeText(_details(rows, locale))
        self.always_button = self.addButton(self.tr("Always"), QMessageBox.ButtonRole.AcceptRole)
        self.once_button = self.addButton(
            self.tr("Just this once"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.once_button)
        self.setEscapeButton(self.once_button)

    @property
    def chose_always(self) -> bool:
        """True when the person clicked "Always"."""
        return self.clickedButton() is self.always_button

    @classmethod
    def ask(
        cls, context: AppContext, merchant: str, code: str, parent: QWidget | None = None
    ) -> Rule | None:
        """Ask; on "Always", add the rule and move the past transactions (one undoable
        change) and return the rule; None when the person said "Just this once"."""
        rows = rules.preview_rule(context, merchant_rule(merchant, code))
        name = dict(category_choices(context)).get(code, code)
        prompt = cls(merchant, name, rows, context.settings.locale, parent)
        prompt.exec()
        if not prompt.chose_always:
            return None
        return rules.always_for_merchant(context, merchant, code)


def _details(rows: list[TransactionRow], locale: str) -> str:
    """ "This changes 3 past transactions:" and the first few of them."""
    if not rows:
        return translate(
            "AlwaysRulePrompt", "No past transaction changes; new ones will be filed there."
        )
    lines = [translate("AlwaysRulePrompt", "This changes %n past transaction(s):", "", len(rows))]
    for row in rows[:SHOWN_ROWS]:
        when = date_text(row.date, locale)
        amount = money_text(row.amount, row.currency, locale)
        now = translate("AlwaysRulePrompt", "now {category}").format(category=row.category_name)
        lines.append(f"• {when}  {row.description}  {amount}  ({now})")
    if len(rows) > SHOWN_ROWS:
        lines.append(translate("AlwaysRulePrompt", "…and %n more.", "", len(rows) - SHOWN_ROWS))
    return "\n".join(lines)
