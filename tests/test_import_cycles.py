"""Modules of workbench import each other in one direction only.

The import graph is read from the source with `ast` (imports inside functions count too, since
they still tie the modules together; imports under `if TYPE_CHECKING:` don't, since they never
run), and every strongly connected component with more than one module is a cycle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = "workbench"

# Cycles that are known and still to be broken; this list may only shrink. Each entry is the
# sorted tuple of the modules in one cycle.
KNOWN_CYCLES: set[tuple[str, ...]] = set()


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted((SRC / PACKAGE).rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child.test):
            # The else branch runs at runtime, so it still counts.
            for other in child.orelse:
                if isinstance(other, ast.Import | ast.ImportFrom):
                    yield other
                yield from _imports(other)
            continue
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child
        yield from _imports(child)


def _resolve(name: str, modules: dict[str, Path]) -> str | None:
    """The workbench module `name` refers to: itself, or the package holding it."""
    while name:
        if name in modules:
            return name
        name = name.rpartition(".")[0]
    return None


def imported_modules(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in _imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        else:
            if node.level:
                base = name.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - (node.level - 1)]
                prefix = ".".join([*base, *([node.module] if node.module else [])])
            else:
                prefix = node.module or ""
            # `from pkg import mod` imports the submodule when there is one.
            targets = [f"{prefix}.{alias.name}" for alias in node.names] + [prefix]
            targets = [t for t in targets[:-1] if t in modules] or [prefix]
        for target in targets:
            if not target.startswith(PACKAGE):
                continue
            resolved = _resolve(target, modules)
            if resolved is not None and resolved != name:
                found.add(resolved)
    return found


def import_graph() -> dict[str, set[str]]:
    modules = all_modules()
    return {name: imported_modules(name, path, modules) for name, path in modules.items()}


def cycles(graph: dict[str, set[str]]) -> set[tuple[str, ...]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[tuple[str, ...]] = set()
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, Iterator[str]]] = []
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        work.append((root, iter(sorted(graph[root]))))
        while work:
            node, successors = work[-1]
            advanced = False
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = counter
                    counter += 1
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph.get(succ, ())))))
                    advanced = True
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.add(tuple(sorted(component)))
    return found


def describe(graph: dict[str, set[str]], component: tuple[str, ...]) -> str:
    members = set(component)
    edges = [
        f"    {source} -> {target}"
        for source in component
        for target in sorted(graph[source] & members)
    ]
    return "\n".join([", ".join(component), *edges])


def test_the_graph_sees_the_imports_it_should() -> None:
    graph = import_graph()
    assert "workbench.store.db" in graph["workbench.services.accounts"]
    assert "workbench.services.offer_pdf" in graph["workbench.commands.offers"]  # in a function
    assert "workbench.ui.board.area" not in graph["workbench.ui.board.commands"]  # TYPE_CHECKING


def test_no_new_import_cycles() -> None:
    graph = import_graph()
    found = cycles(graph)
    new = found - KNOWN_CYCLES
    assert not new, "import cycles:\n" + "\n".join(describe(graph, c) for c in sorted(new))


def test_known_cycles_are_still_there() -> None:
    # A broken cycle leaves the list: remove it so that it cannot come back unnoticed.
    gone = KNOWN_CYCLES - cycles(import_graph())
    assert not gone, f"these cycles are gone, remove them from KNOWN_CYCLES: {sorted(gone)}"
