"""A transcript goes through the same assistant as typed text, repaired first with the
person's own payees; typed text is never 'repaired'."""

from decimal import Decimal

from lingassist.assistant.context import ConversationContext
from lingassist.assistant.types import Intent
from lingassist.core.transactions import TransactionSource
from lingassist.engines.speech import Transcript
from lingassist.services.assistant import handle_utterance, spoken_command_words
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


def _heard(text: str, *alternatives: str) -> Transcript:
    return Transcript(text, "en", 3.0, 0.5, alternatives=alternatives)


def test_a_price_a_runner_up_wrote_with_cents_is_read_as_a_price(context: AppContext) -> None:
    save_payee(context, "John Carter", "DE89 3704 0044 0532 0130 00")
    heard = _heard("Pay John Carter $4,675 for the fuel.", "Pay John Carter $46.75 for the fuel.")
    words = spoken_command_words(context, heard)
    assert words == "Pay John Carter $46.75 for the fuel."
    reply, _after = handle_utterance(context, words, ConversationContext(), TransactionSource.VOICE)
    assert reply.command is not None and reply.command.amount == Decimal("46.75")


def test_thousands_no_reading_wrote_as_a_price_stay(context: AppContext) -> None:
    save_payee(context, "John Carter", "DE89 3704 0044 0532 0130 00")
    heard = _heard("Pay John Carter $4,675 for the fuel.", "Pay John Carter, $4,675 for fuel.")
    assert spoken_command_words(context, heard) == "Pay John Carter $4,675 for the fuel."
