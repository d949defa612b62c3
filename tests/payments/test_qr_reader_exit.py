"""The QR reader leaves nothing behind at exit: zxing-cpp (nanobind) prints "leaked
instances" on stderr when a module keeps one of its objects alive until the interpreter
ends, which every command-line run would show."""

from __future__ import annotations

import subprocess
import sys


def test_reading_a_qr_code_then_exiting_prints_nothing() -> None:
    program = (
        "from PIL import Image\n"
        "from lingassist.payments.epc_qr import decode_payment_qr\n"
        "assert decode_payment_qr(Image.new('RGB', (64, 64), 'white')) is None\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, run.stderr
    assert "leaked" not in run.stderr
