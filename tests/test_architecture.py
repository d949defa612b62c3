"""The layering rules of ARCHITECTURE.md, checked on the import statements themselves."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lingassist"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def sources(folder: str = "") -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def test_only_gui_imports_qt() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in sources()
        if "gui" not in path.relative_to(PACKAGE).parts
        and any(
            module.split(".")[0] in ("PySide6", "shiboken6") for module in imported_modules(path)
        )
    ]
    assert offenders == []


def test_core_imports_only_the_standard_library_and_itself() -> None:
    offenders = {
        f"{path.name}: {module}"
        for path in sources("core")
        for module in imported_modules(path)
        if module.split(".")[0] not in sys.stdlib_module_names
        and not module.startswith("lingassist.core")
        and module != "__future__"
    }
    assert offenders == set()


def test_lower_layers_never_import_services_or_gui() -> None:
    lower = ("core", "ledger", "engines", "assistant")
    offenders = {
        f"{path.relative_to(PACKAGE)}: {module}"
        for layer in lower
        for path in sources(layer)
        for module in imported_modules(path)
        if module.startswith(("lingassist.services", "lingassist.gui", "lingassist.cli"))
    }
    assert offenders == set()


def test_the_rule_checker_itself_sees_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtCore import Qt\nfrom . import sibling\n")
    assert imported_modules(sample) == {"os", "PySide6.QtCore"}
