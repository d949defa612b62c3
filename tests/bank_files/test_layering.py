"""bank_files is a lower layer: it reads files into core shapes and knows nothing of the
ledger, the services, the command line or the window."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "lingassist" / "bank_files"
ALLOWED_THIRD_PARTY = {"defusedxml"}


def test_bank_files_imports_only_core_the_standard_library_and_defusedxml() -> None:
    offenders = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                inside = name.startswith(("lingassist.core", "lingassist.bank_files"))
                if not inside and top not in sys.stdlib_module_names | ALLOWED_THIRD_PARTY | {
                    "__future__"
                }:
                    offenders.add(f"{path.name}: {name}")
    assert offenders == set()
