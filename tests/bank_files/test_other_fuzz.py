"""Hypothesis against the OFX, QIF and CAMT readers: shuffled pieces of real files are read
or refused with a message, never a crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lingassist.bank_files import read_bank_file
from lingassist.core.errors import UserFacingError

FUZZ = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
OFX_PIECES = st.sampled_from(
    [
        "<STMTTRN>",
        "</STMTTRN>",
        "<TRNAMT>",
        "<DTPOSTED>",
        "<FITID>",
        "<NAME>",
        "<MEMO>",
        "<CURDEF>",
        "<STMTRS>",
        "<CCSTMTRS>",
        "<ORIGCURRENCY>",
        "<CURRATE>",
        "<CURSYM>",
        "</ORIGCURRENCY>",
        "<CURRENCY>",
        "</CURRENCY>",
        "<DTAVAIL>",
        "20251231",
        "-12.50",
        "1,5",
        "abc",
        "&amp;",
        "&#99999999;",
        "EUR",
        "XXX",
        "0",
        "\n",
    ]
)
QIF_PIECES = st.sampled_from(
    [
        "D12/31'25\n",
        "T-1.00\n",
        "U5\n",
        "PX\n",
        "^\n",
        "!Type:Bank\n",
        "!Type:Invst\n",
        "!Account\n",
        "NCheck\n",
        "D31/12/2025\n",
        "D2025-13-01\n",
        "T1,2,3\n",
        "L[Transfer]\n",
        "S\n",
        "$1\n",
        "A\n",
        "\n",
        "M\x00\n",
    ]
)
CAMT_ENTRY = st.fixed_dictionaries(
    {
        "amount": st.sampled_from(["12.50", "-1", "1e400", "abc", "0.001", ""]),
        "currency": st.sampled_from(["EUR", "USD", "XYZ", ""]),
        "indicator": st.sampled_from(["DBIT", "CRDT", "", "X"]),
        "status": st.sampled_from(["BOOK", "PDNG", "", "INFO"]),
        "booked": st.sampled_from(["2025-12-01", "2025-02-30", "", "soon"]),
        "details": st.integers(0, 3),
    }
)


def refused_or_read(data: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            statement = read_bank_file(path, currency_hint="EUR")
        except UserFacingError as refusal:
            assert str(refusal)
            return
    for line in statement.rejected:
        assert line.reason


@FUZZ
@given(st.lists(OFX_PIECES, max_size=60))
def test_ofx_pieces(pieces: list[str]) -> None:
    refused_or_read(("OFXHEADER:100\n<OFX>" + "".join(pieces)).encode("utf-8"), "a.ofx")


@FUZZ
@given(st.lists(QIF_PIECES, max_size=40))
def test_qif_pieces(pieces: list[str]) -> None:
    refused_or_read(("!Type:Bank\n" + "".join(pieces)).encode("utf-8"), "a.qif")


def camt_entry(entry: dict[str, object]) -> str:
    detail = (
        '<TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">6.25</Amt></TxAmt></AmtDtls>'
        "<RltdPties><Cdtr><Nm>Shop</Nm></Cdtr></RltdPties></TxDtls>"
    )
    return (
        f'<Ntry><Amt Ccy="{entry["currency"]}">{entry["amount"]}</Amt>'
        f"<CdtDbtInd>{entry['indicator']}</CdtDbtInd><Sts>{entry['status']}</Sts>"
        f"<BookgDt><Dt>{entry['booked']}</Dt></BookgDt>"
        f"<NtryDtls>{detail * int(entry['details'])}</NtryDtls></Ntry>"  # type: ignore[call-overload]
    )


@FUZZ
@given(st.lists(CAMT_ENTRY, max_size=8))
def test_camt_entries(entries: list[dict[str, object]]) -> None:
    body = "".join(camt_entry(entry) for entry in entries)
    refused_or_read(
        b'<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">'
        b"<BkToCstmrStmt><Stmt>" + body.encode() + b"</Stmt></BkToCstmrStmt></Document>",
        "a.xml",
    )
