"""pain.001.001.03 files, validated against the committed ISO 20022 schema."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import xmlschema

from lingassist.core.errors import UserFacingError
from lingassist.payments.draft import PaymentDraft
from lingassist.payments.sepa import Debtor, pain001_xml

XSD = Path(__file__).parent / "data" / "pain.001.001.03.xsd"
NS = {"p": "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"}
ME = Debtor("Jane Doe", "FR14 2004 1010 0505 0001 3M02 606")
ALICE = PaymentDraft(
    "Alice Martin",
    "DE89 3704 0044 0532 0130 00",
    Decimal("40.50"),
    "EUR",
    date(2026, 11, 27),
    reference="Dinner on Friday",
)
BOB = PaymentDraft(
    "Bob Ötzi-Müller",
    "NL91ABNA0417164300",
    Decimal("12"),
    "EUR",
    date(2026, 11, 28),
    bic="abnanl2a",
)


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


def test_one_payment_validates(schema: xmlschema.XMLSchema) -> None:
    document = pain001_xml([ALICE], ME)
    schema.validate(document.decode("utf-8"))
    root = ET.fromstring(document)
    assert root.findtext(".//p:GrpHdr/p:NbOfTxs", namespaces=NS) == "1"
    assert root.findtext(".//p:GrpHdr/p:CtrlSum", namespaces=NS) == "40.50"
    assert root.findtext(".//p:DbtrAcct//p:IBAN", namespaces=NS) == "FR1420041010050500013M02606"
    assert root.findtext(".//p:CdtrAcct//p:IBAN", namespaces=NS) == "DE89370400440532013000"
    assert root.findtext(".//p:Ustrd", namespaces=NS) == "Dinner on Friday"
    assert root.findtext(".//p:ReqdExctnDt", namespaces=NS) == "2026-11-27"
    amount = root.find(".//p:InstdAmt", namespaces=NS)
    assert amount is not None and amount.get("Ccy") == "EUR" and amount.text == "40.50"


def test_several_payments_group_by_date_and_validate(schema: xmlschema.XMLSchema) -> None:
    third = replace(ALICE, amount=Decimal("0.01"), reference="")
    document = pain001_xml(
        [ALICE, BOB, third],
        replace(ME, bic="PSSTFRPPXXX"),
        end_to_end_ids=["LINGASSIST-1", "LINGASSIST-2", "LINGASSIST-3"],
    )
    schema.validate(document.decode("utf-8"))
    root = ET.fromstring(document)
    assert root.findtext(".//p:GrpHdr/p:NbOfTxs", namespaces=NS) == "3"
    assert root.findtext(".//p:GrpHdr/p:CtrlSum", namespaces=NS) == "52.51"
    blocks = root.findall(".//p:PmtInf", namespaces=NS)
    assert [b.findtext("p:ReqdExctnDt", namespaces=NS) for b in blocks] == [
        "2026-11-27",
        "2026-11-28",
    ]
    ids = [e.text for e in root.findall(".//p:EndToEndId", namespaces=NS)]
    assert sorted(ids) == ["LINGASSIST-1", "LINGASSIST-2", "LINGASSIST-3"]
    names = [e.text for e in root.findall(".//p:Cdtr/p:Nm", namespaces=NS)]
    assert "Bob Otzi-Muller" in names  # SEPA's Latin character set
    assert root.findtext(".//p:CdtrAgt//p:BIC", namespaces=NS) == "ABNANL2A"
    assert "Payment to Alice Martin" in [e.text for e in root.findall(".//p:Ustrd", namespaces=NS)]


@pytest.mark.parametrize(
    ("payments", "debtor", "words"),
    [
        ([], ME, "at least one payment"),
        ([replace(ALICE, currency="USD")], ME, "in euros"),
        ([replace(ALICE, iban="DE88370400440532013000")], ME, "check digits"),
        ([ALICE], replace(ME, iban="FR14"), "Your account"),
        ([ALICE], replace(ME, name=" "), "holder's name"),
    ],
)
def test_what_cannot_be_written_is_refused(
    payments: list[PaymentDraft], debtor: Debtor, words: str
) -> None:
    with pytest.raises(UserFacingError, match=words):
        pain001_xml(payments, debtor)
