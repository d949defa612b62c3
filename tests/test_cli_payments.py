"""Payments from the command line, in process: payee -> say -> draft -> confirm -> export
(EPC QR decoded back, pain.001 validated against the committed XSD) -> paid / cancel."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
import xmlschema
from PIL import Image

from lingassist.cli import main
from lingassist.payments.epc_qr import decode_payment_qr
from tests.conftest import make_home

XSD = Path(__file__).parent / "payments" / "data" / "pain.001.001.03.xsd"
IBAN = "DE89370400440532013000"


@pytest.fixture
def home(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A EUR home whose Checking account holds 500.00, with Alice Martin saved."""
    folder = tmp_path / "home"
    make_home(folder)
    run(folder, capsys, "add", "500", "--income", "--merchant", "ACME", "--category", "Salary")
    status, out, err = run(
        folder, capsys, "payee", "add", "Alice Martin", "--iban", "de89 3704 0044 0532 0130 00"
    )
    assert status == 0 and "DE89 3704 0044 0532 0130 00" in out, err
    return folder


def run(home: Path, capsys: pytest.CaptureFixture[str], *words: str) -> tuple[int, str, str]:
    status = main(["--home", str(home), *words])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def drafts(home: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    status, out, err = run(home, capsys, "drafts", "--json")
    assert status == 0, err
    return [json.loads(line) for line in out.splitlines()]


def test_payees_are_validated_and_listed(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(home, capsys, "payee", "add", "Bob", "--iban", "DE88370400440532013000")
    assert status == 2 and "check digits" in err
    run(home, capsys, "payee", "add", "Bob", "--iban", "NL91ABNA0417164300", "--bic", "ABNANL2A")
    status, out, _ = run(home, capsys, "payee", "list", "--json")
    listed = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [(p["name"], p["iban"], p["bic"]) for p in listed] == [
        ("Alice Martin", IBAN, ""),
        ("Bob", "NL91ABNA0417164300", "ABNANL2A"),
    ]


def test_say_keeps_a_draft_and_never_confirms_it(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(home, capsys, "say", "pay Alice Martin 40 euros for dinner", "--yes")
    assert status == 0 and "Draft #1: pay 40.00 EUR to Alice Martin" in out
    assert "? This is the first payment to Alice Martin" in out
    assert "lingassist draft confirm 1" in out
    [draft] = drafts(home, capsys)
    assert {k: draft[k] for k in ("id", "payee", "iban", "amount", "currency", "memo")} == {
        "id": 1,
        "payee": "Alice Martin",
        "iban": IBAN,
        "amount": "40.00",
        "currency": "EUR",
        "memo": "dinner",
    }
    assert draft["status"] == "open" and draft["transaction"] is None
    assert [p["code"] for p in draft["problems"]] == ["first_payment"]
    _, out, _ = run(home, capsys, "list", "--json")
    assert all(json.loads(line)["status"] != "pending" for line in out.splitlines())


def test_a_blocked_draft_cannot_be_confirmed(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(home, capsys, "say", "pay Carol 10 euros")
    assert "! Carol is not a saved payee" in out and "cannot be confirmed" in out
    status, _, err = run(home, capsys, "draft", "confirm", "1")
    assert status == 2 and "cannot be confirmed" in err
    assert drafts(home, capsys)[0]["status"] == "open"
    status, out, _ = run(home, capsys, "draft", "discard", "1")
    assert status == 0 and drafts(home, capsys) == []
    run(home, capsys, "undo")
    assert [d["status"] for d in drafts(home, capsys)] == ["open"]


def test_confirm_export_and_mark_paid(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(home, capsys, "say", "pay Alice Martin 40.50 euros for dinner")
    status, out, err = run(home, capsys, "draft", "confirm", "1")
    assert status == 0 and "pending payment of 40.50 EUR to Alice Martin" in out, err
    [draft] = drafts(home, capsys)
    assert draft["status"] == "pending" and draft["transaction"] is not None
    status, _, err = run(home, capsys, "draft", "confirm", "1")
    assert status == 2 and "confirmed, not open" in err

    qr, sepa = tmp_path / "alice.png", tmp_path / "alice.xml"
    status, _, err = run(home, capsys, "draft", "export", "1", "--qr", str(qr), "--sepa", str(sepa))
    assert status == 2 and "account set 'Checking' --iban IBAN --holder" in err
    assert not qr.exists() and not sepa.exists()
    status, out, err = run(
        home, capsys, "account", "set", "Checking", "--iban", "FR1420041010050500013M02606"
    )
    assert status == 0 and "no holder name" in out
    run(home, capsys, "account", "set", "Checking", "--holder", "Jane  Doe")
    status, _, err = run(home, capsys, "draft", "export", "1", "--qr", "/no/such/dir/x.png")
    assert status == 2 and "Could not write /no/such/dir/x.png" in err
    status, _, err = run(home, capsys, "draft", "export", "1", "--qr", str(tmp_path))
    assert status == 2 and "is a folder" in err
    status, out, err = run(
        home, capsys, "draft", "export", "1", "--qr", str(qr), "--sepa", str(sepa)
    )
    assert status == 0, err

    bill = decode_payment_qr(Image.open(qr))
    assert bill is not None
    assert (bill.name, bill.iban, bill.amount, bill.reference) == (
        "Alice Martin",
        IBAN,
        Decimal("40.50"),
        "dinner",
    )
    xmlschema.XMLSchema(str(XSD)).validate(sepa.read_text(encoding="utf-8"))
    ns = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}
    root = ET.parse(sepa).getroot()
    assert root.findtext(".//p:Dbtr/p:Nm", namespaces=ns) == "Jane Doe"
    assert (
        root.findtext(".//p:DbtrAcct/p:Id/p:IBAN", namespaces=ns) == "FR1420041010050500013M02606"
    )
    assert root.findtext(".//p:CdtrAcct/p:Id/p:IBAN", namespaces=ns) == IBAN
    assert root.findtext(".//p:InstdAmt", namespaces=ns) == "40.50"

    status, out, _ = run(home, capsys, "draft", "paid", "1")
    assert status == 0 and "paid" in out
    assert [d["status"] for d in drafts(home, capsys)] == ["paid"]
    status, out, err = run(home, capsys, "draft", "from-bill", str(qr))  # a bill's EPC code
    assert status == 0 and "Draft #2: pay 40.50 EUR to Alice Martin" in out, err
    assert [d["status"] for d in drafts(home, capsys)] == ["open", "paid"]
    run(home, capsys, "draft", "discard", "2")
    status, _, err = run(home, capsys, "draft", "cancel", "1")
    assert status == 2 and "not pending" in err


def test_cancel_is_undoable_and_keeps_the_draft_link(
    home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(home, capsys, "say", "pay Alice Martin 40 euros")
    run(home, capsys, "draft", "confirm", "1")
    status, out, _ = run(home, capsys, "draft", "cancel", "1")
    assert status == 0 and out.startswith("Cancel payment 40.00 EUR to Alice Martin")
    assert drafts(home, capsys) == []
    status, _, err = run(home, capsys, "draft", "paid", "1")
    assert status == 2 and "was cancelled" in err
    run(home, capsys, "undo")
    [draft] = drafts(home, capsys)
    assert (draft["id"], draft["status"]) == (1, "pending")
    run(home, capsys, "undo")  # the confirmation: the draft is open again, no payment left
    [draft] = drafts(home, capsys)
    assert (draft["id"], draft["status"], draft["transaction"]) == (1, "open", None)
    _, out, _ = run(home, capsys, "list", "--json")
    assert all(json.loads(line)["status"] != "pending" for line in out.splitlines())


def test_unknown_and_wrong_ids(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(home, capsys, "draft", "confirm", "7")
    assert status == 2 and "no payment draft #7" in err
    status, _, err = run(home, capsys, "draft", "paid", "seven")
    assert status == 2 and "not a draft number" in err
    status, _, err = run(home, capsys, "draft", "export", "1")
    assert status == 2 and "--qr FILE.png and/or --sepa FILE.xml" in err
