"""RulesDialog: the person's categorization rules, in the order they are tried.

The list on the left switches rules on and off, reorders and deletes them (each one
undoable change, written at once); the form on the right edits one rule's conditions with
its problems shown inline and a live count of the past transactions it would move.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lingassist.categorize.rules import Condition, Field, Operator, Rule
from lingassist.core.errors import UserFacingError
from lingassist.core.money import parse_amount
from lingassist.gui.category_picker import CategoryPicker
from lingassist.gui.focus import chain_focus
from lingassist.gui.style import show_kind
from lingassist.gui.translation import shown_choices, shown_error, shown_phrase
from lingassist.services import rules
from lingassist.services.context import AppContext
from lingassist.services.entries import category_choices

FIELDS = (
    (Field.DESCRIPTION, QT_TRANSLATE_NOOP("RulesDialog", "Description")),
    (Field.MERCHANT, QT_TRANSLATE_NOOP("RulesDialog", "Merchant")),
    (Field.AMOUNT, QT_TRANSLATE_NOOP("RulesDialog", "Amount")),
    (Field.ACCOUNT, QT_TRANSLATE_NOOP("RulesDialog", "Account")),
)
OPERATORS = (
    (Operator.CONTAINS, QT_TRANSLATE_NOOP("RulesDialog", "contains")),
    (Operator.EQUALS, QT_TRANSLATE_NOOP("RulesDialog", "is")),
    (Operator.REGEX, QT_TRANSLATE_NOOP("RulesDialog", "matches pattern")),
    (Operator.BETWEEN, QT_TRANSLATE_NOOP("RulesDialog", "between")),
)
TEXT, LOW, HIGH = 2, 3, 4
PREVIEW_DELAY_MS = 250


class RulesDialog(QDialog):
    """Edit, reorder, switch and delete rules; every write is one undoable change."""

    changed = Signal()  # no payload: a rule (or transactions, with "apply") was written

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._editing: int | None = None
        self._choices = dict(shown_choices(category_choices(context)))
        self.setWindowTitle(self.tr("Categorization rules"))
        self.resize(980, 560)
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._update_preview)
        layout = QHBoxLayout(self)
        layout.addLayout(self._list_column(), 2)
        layout.addWidget(self._editor(), 3)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(button is self.save_button)
        self.reload()
        self.new_rule()

    def focus_chain(self) -> list[QWidget]:
        """The list and its buttons, then the form top to bottom, then Save and Close (the
        condition table's field and test boxes go with the table)."""
        cells = [
            self.conditions.cellWidget(row, column)
            for row in range(self.conditions.rowCount())
            for column in (0, 1)
        ]
        listing = [self.rule_list, self.new_button, self.up_button, self.down_button]
        form = [self.delete_button, self.name_edit, self.category_combo, self.conditions]
        return [*listing, *form, *cells] + [
            self.add_condition_button,
            self.remove_condition_button,
            self.apply_check,
            self.save_button,
            self.buttons.button(QDialogButtonBox.StandardButton.Close),
        ]

    # The list of rules -------------------------------------------------------------

    def _list_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("Rules"), objectName="summaryTitle"))
        caption = self.tr("Tried from the top: the first rule whose conditions all hold files it.")
        column.addWidget(QLabel(caption, objectName="summaryCaption", wordWrap=True))
        self.rule_list = QListWidget(
            objectName="rulesList",
            toolTip=self.tr("Space switches the selected rule on or off; pick one to edit it"),
        )
        self.rule_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rule_list.setWordWrap(True)
        self.rule_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rule_list.setSpacing(2)
        self.rule_list.currentRowChanged.connect(self._show_selected)
        self.rule_list.itemChanged.connect(self._toggled)
        column.addWidget(self.rule_list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(
            self.tr("New rule"), toolTip=self.tr("Clear the form for a new rule")
        )
        self.up_button = QPushButton(
            self.tr("↑ Up"), toolTip=self.tr("Try the selected rule earlier")
        )
        self.down_button = QPushButton(
            self.tr("↓ Down"), toolTip=self.tr("Try the selected rule later")
        )
        self.delete_button = QPushButton(
            self.tr("Delete"),
            toolTip=self.tr("Delete the selected rule (Ctrl+Z in the window brings it back)"),
        )
        self.new_button.clicked.connect(self.new_rule)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.delete_button.clicked.connect(self._delete)
        for button in (self.new_button, self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        self.status = QLabel("", objectName="feedback", wordWrap=True)
        column.addWidget(self.status)
        return column

    def reload(self, select: int | None = None) -> None:
        """Show the stored rules again, selecting rule `select` (by id) if given."""
        self.rule_list.blockSignals(True)
        self.rule_list.clear()
        for position, rule in enumerate(rules.list_rules(self._context), start=1):
            category = self._category_name(rule.code)
            item = QListWidgetItem(f"{position}. {rule.name}  →  {category}")
            item.setToolTip(shown_phrase(rules.said_rule(rule)))
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.rule_list.addItem(item)
            if rule.id == select:
                self.rule_list.setCurrentItem(item)
        self.rule_list.blockSignals(False)
        self._update_buttons()

    def selected_id(self) -> int | None:
        """The id of the selected rule, or None."""
        item = self.rule_list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def _show_selected(self, _row: int) -> None:
        rule_id = self.selected_id()
        if rule_id is not None:
            self.edit_rule(rules.get_rule(self._context, rule_id))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row, count = self.rule_list.currentRow(), self.rule_list.count()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
        self.delete_button.setEnabled(row >= 0)

    def _toggled(self, item: QListWidgetItem) -> None:
        rule_id = int(item.data(Qt.ItemDataRole.UserRole))
        enabled = item.checkState() == Qt.CheckState.Checked
        self._write(lambda: rules.set_rule_enabled(self._context, rule_id, enabled), rule_id)

    def _move(self, steps: int) -> None:
        rule_id = self.selected_id()
        if rule_id is not None:
            self._write(lambda: rules.move_rule(self._context, rule_id, steps), rule_id)

    def _delete(self) -> None:
        rule_id = self.selected_id()
        if rule_id is not None and self._write(lambda: rules.delete_rule(self._context, rule_id)):
            self._say(self.tr("Deleted. Undo (Ctrl+Z) brings it back."), "success")
            self.new_rule()

    # The editor ----------------------------------------------------------------------

    def _editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rule"))
        form = QFormLayout()
        self.name_edit = QLineEdit(placeholderText=self.tr("e.g. Uber rides"))
        self.category_combo = CategoryPicker(list(self._choices.items()))
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("File under"), self.category_combo)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr("When all of these hold (amounts are signed: −12.50 is spending)"),
                wordWrap=True,  # long in French; it must not widen the dialog
            )
        )
        self.conditions = QTableWidget(0, 5)
        self.conditions.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Test"), self.tr("Text"), self.tr("From"), self.tr("To")]
        )
        self.conditions.verticalHeader().hide()
        self.conditions.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        header = self.conditions.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 120), (1, 140), (LOW, 80), (HIGH, 80)):
            self.conditions.setColumnWidth(column, width)
        self.conditions.itemChanged.connect(self._schedule_preview)
        layout.addWidget(self.conditions, 1)
        row = QHBoxLayout()
        self.add_condition_button = QPushButton(
            self.tr("Add condition"),
            toolTip=self.tr("One more condition; all of them must hold"),
        )
        self.remove_condition_button = QPushButton(
            self.tr("Remove condition"),
            toolTip=self.tr("Remove the selected condition (or the last one)"),
        )
        self.add_condition_button.clicked.connect(lambda: self.add_condition())
        self.remove_condition_button.clicked.connect(self._remove_condition)
        row.addWidget(self.add_condition_button)
        row.addWidget(self.remove_condition_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.problems_label = QLabel("", objectName="cardProblem", wordWrap=True)
        self.preview_label = QLabel("", objectName="cardNote", wordWrap=True)
        self.apply_check = QCheckBox(
            self.tr("Also move those past transactions when saving"),
            toolTip=self.tr("Without it the rule files only new transactions"),
        )
        layout.addWidget(self.problems_label)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.apply_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(
            self.tr("Save rule"),
            objectName="primaryButton",
            toolTip=self.tr("Save the rule in the form (Enter)"),
        )
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setDefault(True)  # Enter saves the rule; Esc closes the dialog
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._schedule_preview)
        self.category_combo.currentIndexChanged.connect(self._schedule_preview)
        return box

    def new_rule(self) -> None:
        """Clear the form for a new rule (one empty description condition)."""
        self.rule_list.setCurrentRow(-1)
        self._editing = None
        self.name_edit.clear()
        self.category_combo.select_code("")  # the first category
        self.conditions.setRowCount(0)
        self.add_condition(Condition(Field.DESCRIPTION, Operator.CONTAINS, ""))
        self.apply_check.setChecked(False)
        self._update_preview()

    def edit_rule(self, rule: Rule) -> None:
        """Show a stored rule in the form."""
        self._editing = rule.id
        self.name_edit.setText(rule.name)
        self._select_category(rule.code)
        self.conditions.setRowCount(0)
        for condition in rule.conditions:
            self.add_condition(condition)
        self.apply_check.setChecked(False)
        self._update_preview()

    def add_condition(self, condition: Condition | None = None) -> None:
        """Add a condition row (a "description contains" one by default)."""
        condition = condition or Condition(Field.DESCRIPTION, Operator.CONTAINS, "")
        table = self.conditions
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        field, operator = QComboBox(), QComboBox()
        for value, label in FIELDS:
            field.addItem(self.tr(label), value)
        for value, label in OPERATORS:
            operator.addItem(self.tr(label), value)
        field.setCurrentIndex(field.findData(condition.field))
        operator.setCurrentIndex(operator.findData(condition.operator))
        field.currentIndexChanged.connect(lambda _i, f=field, o=operator: self._field_set(f, o))
        operator.currentIndexChanged.connect(self._schedule_preview)
        table.setCellWidget(row, 0, field)
        table.setCellWidget(row, 1, operator)
        bounds = (condition.low, condition.high)
        for column, text in zip((TEXT, LOW, HIGH), (condition.value, *bounds), strict=True):
            table.setItem(row, column, QTableWidgetItem("" if text is None else str(text)))
        table.setCurrentCell(row, TEXT)  # focus in the table lands on a cell one can type in
        table.blockSignals(False)
        chain_focus(self.focus_chain())  # the new row's boxes
        self._schedule_preview()

    def _field_set(self, field: QComboBox, operator: QComboBox) -> None:
        """An amount is tested with a range; text with "contains" unless chosen otherwise."""
        is_amount = field.currentData() == Field.AMOUNT
        if is_amount != (operator.currentData() == Operator.BETWEEN):
            wanted = Operator.BETWEEN if is_amount else Operator.CONTAINS
            operator.setCurrentIndex(operator.findData(wanted))
        self._schedule_preview()

    def _remove_condition(self) -> None:
        row = self.conditions.currentRow()
        self.conditions.removeRow(row if row >= 0 else self.conditions.rowCount() - 1)
        self._schedule_preview()

    def current_rule(self) -> tuple[Rule, list[str]]:
        """The rule in the form, and the amounts that could not be read."""
        conditions, unreadable = [], []
        for row in range(self.conditions.rowCount()):
            field = Field(self._combo(row, 0).currentData())
            operator = Operator(self._combo(row, 1).currentData())
            low, high = (self._amount(row, column, unreadable) for column in (LOW, HIGH))
            conditions.append(Condition(field, operator, self._cell(row, TEXT), low, high))
        code = str(self.category_combo.currentData() or "")
        rule = Rule(self.name_edit.text().strip(), tuple(conditions), code, id=self._editing)
        return rule, unreadable

    def rule_problems(self) -> list[str]:
        """Everything wrong with the rule in the form (empty when it can be saved)."""
        rule, unreadable = self.current_rule()
        said = rules.said_rule_problems(self._context, rule)
        return unreadable + [shown_phrase(problem) for problem in said]

    def save(self) -> bool:
        """Store the rule in the form (and move past transactions if asked); True if saved."""
        found = self.rule_problems()
        if found:
            self._show_problems(found)
            return False
        rule, _ = self.current_rule()
        enabled = self._stored_enabled(rule.id)
        rule = Rule(rule.name, rule.conditions, rule.code, enabled, rule.id)
        saved, moved = self._save_rule(rule, apply=self.apply_check.isChecked())
        if saved is None or saved.id is None:
            return False
        self._editing = saved.id
        self.reload(select=saved.id)
        if moved:
            text = self.tr("Saved rule '{name}'; moved %n past transaction(s).", "", moved)
        else:
            text = self.tr("Saved rule '{name}'.")
        self._say(text.format(name=saved.name), "success")
        if moved:
            self.changed.emit()
        self._update_preview()
        return True

    # Preview and problems --------------------------------------------------------------

    def _schedule_preview(self, *_args: object) -> None:
        self._preview_timer.start()

    def _update_preview(self) -> None:
        self._preview_timer.stop()
        found = self.rule_problems()
        self._show_problems(found)
        if found:
            self.preview_label.setText("")
            return
        count = rules.count_changes(self._context, self.current_rule()[0])
        self.preview_label.setText(self.tr("Would change %n past transaction(s).", "", count))

    def _show_problems(self, found: list[str]) -> None:
        self.problems_label.setText("\n".join(f"⚠ {problem}" for problem in found))
        self.problems_label.setVisible(bool(found))

    # Helpers ---------------------------------------------------------------------------

    def _save_rule(self, rule: Rule, *, apply: bool) -> tuple[Rule | None, int]:
        """Store the rule (a new one and its effect are one change, undone as one) and,
        if asked, move the past transactions it matches; (the saved rule, how many moved)."""
        if rule.id is None:
            written = self._write(
                lambda: rules.add_rule_and_apply(self._context, rule, apply=apply)
            )
            return written if isinstance(written, tuple) else (None, 0)
        saved = self._write(lambda: rules.update_rule(self._context, rule))
        if not isinstance(saved, Rule) or saved.id is None:
            return None, 0
        return saved, rules.apply_rule(self._context, saved.id) if apply else 0

    def _write(self, action, select: int | None = None):  # type: ignore[no-untyped-def]
        """Run one rule write; show a refusal in the dialog; reload; announce the change."""
        try:
            result = action()
        except UserFacingError as error:
            self._say(shown_error(error), "error")
            self.reload(select=select)
            return None
        self.reload(select=select if select is not None else getattr(result, "id", None))
        self.changed.emit()
        return result if result is not None else True

    def _say(self, text: str, kind: str) -> None:
        self.status.setText(text)
        show_kind(self.status, kind)

    def _select_category(self, code: str) -> None:
        index = self.category_combo.findData(code)
        if index < 0:
            self.category_combo.addItem(self._category_name(code), code)
            index = self.category_combo.count() - 1
        self.category_combo.setCurrentIndex(index)

    def _category_name(self, code: str) -> str:
        return self._choices.get(code, code)

    def _stored_enabled(self, rule_id: int | None) -> bool:
        if rule_id is None:
            return True
        return rules.get_rule(self._context, rule_id).enabled

    def _combo(self, row: int, column: int) -> QComboBox:
        widget = self.conditions.cellWidget(row, column)
        assert isinstance(widget, QComboBox)
        return widget

    def _cell(self, row: int, column: int) -> str:
        item = self.conditions.item(row, column)
        return item.text().strip() if item is not None else ""

    def _amount(self, row: int, column: int, unreadable: list[str]) -> Decimal | None:
        text = self._cell(row, column)
        if not text:
            return None
        try:
            return parse_amount(text)
        except UserFacingError:
            unreadable.append(self.tr("{text} is not an amount.").format(text=repr(text)))
            return None
