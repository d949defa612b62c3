"""``payee``, ``drafts``, ``draft`` and ``account set``: payments from a terminal.

``say "pay …"`` or ``draft from-bill IMAGE`` (a bill's EPC QR or VietQR code) stores a
draft and prints its number; ``draft confirm ID`` records it as a
pending payment (never ``say``, not even with --yes); ``draft export ID`` writes the EPC QR
code and the SEPA file (or, for a payment in VND to a bank in Vietnam, the VietQR code) to
hand to a bank; ``draft paid ID`` and ``draft cancel ID`` close
it. A payment confirmed in the window without a stored draft is listed with id null and
its transaction number; commands take it as ``T<transaction>``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from lingassist.core.errors import UserFacingError
from lingassist.core.money import format_amount
from lingassist.payments.draft import CheckedDraft, Payee, Problem
from lingassist.payments.iban import format_iban
from lingassist.services import payment_drafts as drafts
from lingassist.services import payment_exports as exports
from lingassist.services import payments
from lingassist.services.context import AppContext


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the payment commands to the command line."""
    payee = commands.add_parser("payee", help="saved payees (name and IBAN or bank account)")
    payee_commands = payee.add_subparsers(dest="payee_command", metavar="ACTION", required=True)
    add = payee_commands.add_parser("add", help="save a payee, or update the one with that name")
    add.add_argument("name")
    add.add_argument("--iban", default="")
    add.add_argument("--bic", default="")
    add.add_argument(
        "--bank-bin", default="", help="a bank in Vietnam by its NAPAS BIN, e.g. 970436"
    )
    add.add_argument("--account-number", default="", help="the account at that bank")
    add.add_argument("--reference", default="", help="default reference for payments to them")
    add.set_defaults(handler=_payee_add)
    listing = payee_commands.add_parser("list", help="list saved payees")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=_payee_list)

    shown = commands.add_parser("drafts", help="payment drafts, pending and paid payments")
    shown.add_argument("--json", action="store_true", help="one JSON object per line")
    shown.set_defaults(handler=_drafts)

    draft = commands.add_parser("draft", help="confirm, export, mark paid or cancel a payment")
    actions = draft.add_subparsers(dest="draft_command", metavar="ACTION", required=True)
    for name, handler, text in (
        ("confirm", _confirm, "record the draft as a pending payment (moves no money)"),
        ("paid", _paid, "the bank has paid it"),
        ("cancel", _cancel, "remove the pending payment (undoable)"),
        ("discard", _discard, "drop a draft that is not confirmed (undoable)"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument("id", help="the draft's number (T<n> for a transaction)")
        action.set_defaults(handler=handler)
    export = actions.add_parser(
        "export", help="write the EPC QR code and/or the SEPA file, or the VietQR code"
    )
    export.add_argument("id", help="the draft's number (T<n> for a transaction)")
    export.add_argument("--qr", type=Path, metavar="FILE.png")
    export.add_argument("--sepa", type=Path, metavar="FILE.xml", help="pain.001.001.03")
    export.add_argument(
        "--vietqr", type=Path, metavar="FILE.png", help="VietQR code (VND, bank in Vietnam)"
    )
    export.set_defaults(handler=_export)
    bill = actions.add_parser(
        "from-bill",
        help="a draft from the payment code of a bill or a screenshot (EPC QR or VietQR)",
    )
    bill.add_argument("image", type=Path, metavar="IMAGE")
    bill.add_argument("--account", default="", help="the account to pay from (default: yours)")
    bill.set_defaults(handler=_from_bill)

    account = commands.add_parser("account", help="an account's own bank details")
    account_commands = account.add_subparsers(
        dest="account_command", metavar="ACTION", required=True
    )
    details = account_commands.add_parser("set", help="IBAN and holder name for SEPA files")
    details.add_argument("name")
    details.add_argument("--iban", default=None)
    details.add_argument("--holder", default=None, help="the account holder's name")
    details.add_argument("--bic", default=None)
    details.set_defaults(handler=_account_set)


def keep_draft(context: AppContext, checked: CheckedDraft) -> int:
    """Store a payment draft from ``say`` and print its number and problems."""
    draft_id = drafts.save_draft(context, checked)
    draft = checked.draft
    money = f"{format_amount(draft.amount, draft.currency)} {draft.currency}"
    print(f"Draft #{draft_id}: pay {money} to {draft.payee or '?'} on {draft.execution_date}.")
    for problem in checked.problems:
        print(f"  {_problem_line(problem)}")
    if checked.blocked:
        print("It cannot be confirmed until the problems marked ! are fixed.")
    else:
        print(f"Nothing is paid yet. Confirm it with: lingassist draft confirm {draft_id}")
    return 0


def _payee_add(context: AppContext, arguments: argparse.Namespace) -> int:
    if not (arguments.iban or arguments.bank_bin or arguments.account_number):
        raise UserFacingError(
            "Give the payee's account: --iban IBAN, or --bank-bin BIN --account-number NUMBER "
            "for a bank in Vietnam (e.g. --bank-bin 970436 for Vietcombank)."
        )
    payee = payments.save_payee(
        context,
        arguments.name,
        arguments.iban,
        arguments.bic,
        arguments.reference,
        bank_bin=arguments.bank_bin,
        account_number=arguments.account_number,
    )
    print(f"Saved payee {payee.name}: {payee.account_text}{_bic(payee)}")
    return 0


def _payee_list(context: AppContext, arguments: argparse.Namespace) -> int:
    for payee in payments.list_payees(context):
        if arguments.json:
            record = {"name": payee.name, "iban": payee.iban, "bic": payee.bic}
            record |= {"bank_bin": payee.bank_bin, "account_number": payee.account_number}
            record |= {"reference": payee.reference, "category": payee.default_category}
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(f"{payee.name:<24} {payee.account_text}{_bic(payee)}")
    return 0


def _drafts(context: AppContext, arguments: argparse.Namespace) -> int:
    for stored in drafts.list_drafts(context):
        if arguments.json:
            print(json.dumps(draft_json(stored), ensure_ascii=False))
            continue
        draft = stored.draft
        money = f"{format_amount(draft.amount, draft.currency):>16} {draft.currency}"
        print(
            f"{_id_text(stored):>5}  {stored.status:<8} {draft.execution_date}  {money}  "
            f"{draft.payee}  {draft.reference}".rstrip()
        )
        for problem in stored.problems:
            print(f"{'':>7}{_problem_line(problem)}")
    return 0


def draft_json(stored: drafts.StoredDraft) -> dict[str, object]:
    """A draft or payment as ``drafts --json`` prints it."""
    draft = stored.draft
    return {
        "id": stored.id,
        "transaction": stored.transaction_id,
        "payee": draft.payee,
        "iban": draft.iban,
        "bank_bin": draft.bank_bin,
        "account_number": draft.account_number,
        "amount": str(draft.amount),
        "currency": draft.currency,
        "date": draft.execution_date.isoformat(),
        "memo": draft.reference,
        "account": draft.account,
        "status": stored.status,
        "problems": [
            {"code": p.code.value, "message": p.message, "blocking": p.blocking}
            for p in stored.problems
        ],
    }


def _from_bill(context: AppContext, arguments: argparse.Namespace) -> int:
    """Read the bill's EPC QR or VietQR code into a stored draft (nothing is paid)."""
    from lingassist.engines.images import load_image

    checked = exports.draft_from_bill_image(
        context, load_image(arguments.image), account=arguments.account
    )
    if checked is None:
        raise UserFacingError(
            f"No payment code (EPC QR or VietQR) found in {arguments.image.name}. Photograph "
            'the code square and sharp, or type the payment: lingassist say "pay …".'
        )
    return keep_draft(context, checked)


def _confirm(context: AppContext, arguments: argparse.Namespace) -> int:
    draft_id = _draft_id(arguments.id)
    stored = drafts.stored_draft(context, draft_id)
    row = drafts.confirm_draft(context, draft_id)
    for problem in stored.problems:
        print(f"  {_problem_line(problem)}")
    money = f"{format_amount(-row.amount, row.currency)} {row.currency}"
    files = (
        "--vietqr FILE.png"
        if stored.draft.is_vietnamese_account
        else "--qr FILE.png --sepa FILE.xml"
    )
    print(
        f"Draft #{draft_id} is now a pending payment of {money} to {row.merchant} "
        f"(transaction #{row.id}). Hand it to your bank: "
        f"lingassist draft export {draft_id} {files}"
    )
    return 0


def _export(context: AppContext, arguments: argparse.Namespace) -> int:
    if arguments.qr is None and arguments.sepa is None and arguments.vietqr is None:
        raise UserFacingError(
            "Say what to write: --qr FILE.png and/or --sepa FILE.xml, or --vietqr FILE.png."
        )
    transaction_id = _transaction_id(context, arguments.id)
    if arguments.sepa is not None:  # first: it fails when the account's details are missing
        exports.export_pain001_from_account(context, [transaction_id], arguments.sepa)
        print(f"Wrote the SEPA file (pain.001.001.03) {arguments.sepa}")
    if arguments.qr is not None:
        exports.export_epc_qr(context, transaction_id, arguments.qr)
        print(f"Wrote the EPC QR code {arguments.qr}: scan it with your banking app.")
    if arguments.vietqr is not None:
        exports.export_vietqr(context, transaction_id, arguments.vietqr)
        print(f"Wrote the VietQR code {arguments.vietqr}: scan it with your banking app.")
    return 0


def _paid(context: AppContext, arguments: argparse.Namespace) -> int:
    row = payments.mark_paid(context, _transaction_id(context, arguments.id))
    print(f"Marked the payment to {row.merchant} as paid.")
    return 0


def _cancel(context: AppContext, arguments: argparse.Namespace) -> int:
    print(payments.cancel_payment(context, _transaction_id(context, arguments.id)) + ".")
    return 0


def _discard(context: AppContext, arguments: argparse.Namespace) -> int:
    print(drafts.discard_draft(context, _draft_id(arguments.id)) + ".")
    return 0


def _account_set(context: AppContext, arguments: argparse.Namespace) -> int:
    details = exports.set_bank_details(
        context, arguments.name, iban=arguments.iban, holder=arguments.holder, bic=arguments.bic
    )
    iban = format_iban(details.iban) if details.iban else "no IBAN"
    print(f"{details.account}: {details.holder_name or 'no holder name'}, {iban}")
    return 0


def _draft_id(text: str) -> int:
    if not text.strip().isdigit():
        raise UserFacingError(f"{text!r} is not a draft number; `lingassist drafts` lists them.")
    return int(text)


def _transaction_id(context: AppContext, text: str) -> int:
    """A draft number's payment, or ``T<n>``: transaction n itself."""
    clean = text.strip().upper()
    if clean.startswith("T") and clean[1:].isdigit():
        return int(clean[1:])
    return drafts.payment_of(context, _draft_id(text))


def _id_text(stored: drafts.StoredDraft) -> str:
    return f"#{stored.id}" if stored.id is not None else f"T{stored.transaction_id}"


def _problem_line(problem: Problem) -> str:
    return f"{'!' if problem.blocking else '?'} {problem.message}"


def _bic(payee: Payee) -> str:
    return f" ({payee.bic})" if payee.bic else ""
