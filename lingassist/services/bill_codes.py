"""A bill's payment code, dropped on the window: the EPC QR or VietQR code in an image
becomes a payment card that the person confirms, exactly as ``lingassist draft from-bill
IMAGE`` makes a draft (the same decoding, the same checks). Nothing is paid or recorded
here; images without a payment code go on to be read as receipts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from lingassist.assistant.types import Intent, ParsedCommand
from lingassist.core.errors import Cancelled, UserFacingError
from lingassist.core.phrases import Phrase
from lingassist.core.transactions import TransactionSource
from lingassist.engines.images import load_image
from lingassist.services.actions import Proposal, payment_proposal
from lingassist.services.context import AppContext
from lingassist.services.payment_exports import draft_from_bill_image


@dataclass(frozen=True)
class BillReading:
    """What one dropped image held.

    Attributes:
        path: the image.
        proposal: the payment card its code makes, or None (no payment code: a receipt).
        problem: why its payment code cannot be used (a damaged VietQR code), or "".
        said_problem: `problem` as a phrase, for a window in another language.
    """

    path: Path
    proposal: Proposal | None = None
    problem: str = ""
    said_problem: Phrase | None = None


def read_bill(context: AppContext, path: Path) -> BillReading:
    """The payment card of the EPC QR or VietQR code in the image at `path`, if it holds
    one; an unreadable file or an image without a payment code is left to the receipts."""
    try:
        image = load_image(path)
    except UserFacingError:
        return BillReading(path)  # the receipt reader says what is wrong with it
    try:
        checked = draft_from_bill_image(context, image)
    except UserFacingError as error:  # a damaged VietQR code: never guessed at
        return BillReading(path, problem=str(error), said_problem=error.said)
    if checked is None:
        return BillReading(path)
    draft = checked.draft
    command = ParsedCommand(
        text="",
        intent=Intent.DRAFT_PAYMENT,
        amount=draft.amount,
        currency=draft.currency,
        payee=draft.payee or None,
        memo=draft.reference or None,
        account=draft.account,
        date=draft.execution_date,
    )
    return BillReading(
        path,
        payment_proposal(context, checked, command, TransactionSource.MANUAL, read_from=path.name),
    )


def read_bills(
    context: AppContext,
    paths: Sequence[Path],
    progress: Callable[[float, str], None],
    cancelled: Callable[[], bool],
) -> list[BillReading]:
    """`read_bill` for each dropped image, in order (a worker's job)."""
    readings = []
    for index, path in enumerate(paths):
        if cancelled():
            raise Cancelled("reading payment codes")
        progress(index / max(len(paths), 1), path.name)
        readings.append(read_bill(context, path))
    return readings
