"""`categorize/` imports only the standard library, core, and its numeric libraries."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "lingassist" / "categorize"
ALLOWED = {"numpy", "scipy", "sklearn", "rapidfuzz", "__future__"}


def test_categorize_imports_only_core_and_numeric_libraries() -> None:
    offenders = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                top = name.split(".")[0]
                inside = name.startswith(("lingassist.core", "lingassist.categorize"))
                if not inside and top not in ALLOWED and top not in sys.stdlib_module_names:
                    offenders.add(f"{path.name}: {name}")
    assert offenders == set()
