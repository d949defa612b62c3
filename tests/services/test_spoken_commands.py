"""A transcript goes through the same assistant as typed text, repaired first with the
person's own payees; typed text is never 'repaired'."""

from decimal import Decimal

from lingassist.assistant.context import ConversationContext
from lingassist.assistant.types import Intent
from lingassist.core.transactions import TransactionSource
from lingassist.services.assistant import handle_utterance
from lingassist.services.context import AppContext
from lingassist.services.payments import save_payee

HEARD = "And John Carter, 5975 for the fuel."


def test_a_transcript_naming_a_payee_becomes_a_payment_draft(context: AppContext) -> None:
    save_payee(context, "John Carter", "DE89 3704 0044 0532 0130 00")
    reply, _after = handle_utterance(context, HEARD, ConversationContext(), TransactionSource.VOICE)
    assert reply.command is not None and reply.command.intent is Intent.DRAFT_PAYMENT
    assert reply.command.payee == "John Carter" and reply.command.amount == Decimal("59.75")
    assert reply.proposal is not None and reply.proposal.source is TransactionSource.VOICE


def test_typed_text_is_read_as_written(context: AppContext) -> None:
    save_payee(context, "John Carter", "DE89 3704 0044 0532 0130 00")
    reply, _after = handle_utterance(context, HEARD, ConversationContext())
    assert reply.command is None or reply.command.intent is not Intent.DRAFT_PAYMENT
