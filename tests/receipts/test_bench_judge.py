"""The receipt bench's judge (`bench/receipts.py`: `same`) on names written by hand."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "receipts.py"


@pytest.fixture(scope="module")
def judge():
    spec = importlib.util.spec_from_file_location("bench_receipts_judge", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("read", "truth"),
    [
        ("NHA HANG BIEN DONG", "NHÀ HÀNG BIỂN ĐÔNG"),
        ("Pho Duc", "Phở Đức"),
        ("DAC KIM", "Đắc Kim"),
        ("Strassenbahn Cafe", "Straßenbahn Café"),
    ],
)
def test_a_name_read_without_its_marks_is_the_name(judge, read: str, truth: str) -> None:
    assert judge.same("merchant", read, truth)


def test_a_different_name_is_still_wrong(judge) -> None:
    assert not judge.same("merchant", "NHA HANG BIEN XANH", "NHÀ HÀNG BIỂN ĐÔNG")
    assert not judge.same("merchant", "ONG", "ĐÔNG VY")
