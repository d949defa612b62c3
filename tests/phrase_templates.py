"""The English templates LingAssist's non-window code writes as phrases (`core.phrases`),
found in the source: the literal given to ``phrase()``, ``said_problem()`` or ``Phrase()``,
or held by the name, the table or the function that call reads it from."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "lingassist"
MAKERS = {"phrase": 0, "Phrase": 0, "said_problem": 1}  # function -> its template argument


def templates() -> set[str]:
    """Every template written outside lingassist/gui (which only shows them)."""
    found: set[str] = set()
    for path in sorted(ROOT.rglob("*.py")):
        if "gui" not in path.relative_to(ROOT).parts:
            found |= _in_module(ast.parse(path.read_text(encoding="utf-8")))
    return found


def _in_module(module: ast.Module) -> set[str]:
    tables = {
        target.id: node.value
        for node in module.body
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name)
    }
    functions = {n.name: n for n in ast.walk(module) if isinstance(n, ast.FunctionDef)}
    found: set[str] = set()
    for function in functions.values():
        for call in ast.walk(function):
            argument = _template_argument(call)
            if argument is not None:
                found |= set(_strings(argument, function, tables, functions))
    return found


def _template_argument(node: ast.AST) -> ast.expr | None:
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        return None
    place = MAKERS.get(node.func.id)
    return node.args[place] if place is not None and len(node.args) > place else None


def _strings(
    node: ast.expr,
    function: ast.FunctionDef,
    tables: dict[str, ast.expr],
    functions: dict[str, ast.FunctionDef],
) -> Iterator[str]:
    """The literal strings `node` can be: a literal, either side of an if-else, what its
    name is set to in `function`, a module table's values, a local function's returns."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.IfExp):
        yield from _strings(node.body, function, tables, functions)
        yield from _strings(node.orelse, function, tables, functions)
    elif isinstance(node, ast.Name):
        for assign in ast.walk(function):
            if isinstance(assign, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == node.id for t in assign.targets
            ):
                yield from _strings(assign.value, function, tables, functions)
    elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Subscript):
        yield from _strings(node.value, function, tables, functions)
    elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        table = tables.get(node.value.id)
        if isinstance(table, ast.Tuple):
            table = ast.Dict(keys=[None] * len(table.elts), values=table.elts)
        for value in table.values if isinstance(table, ast.Dict) else []:
            yield from _strings(value, function, tables, functions)
            for item in value.elts if isinstance(value, ast.Tuple) else []:
                yield from _strings(item, function, tables, functions)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        called = functions.get(node.func.id)
        for returned in ast.walk(called) if called is not None else []:
            if isinstance(returned, ast.Return) and returned.value is not None:
                yield from _strings(returned.value, called, tables, functions)
