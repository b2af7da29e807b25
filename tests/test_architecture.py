"""Dependencies flow one way (ARCHITECTURE.md): no import cycle between the project's modules,
and the shared helpers of config/lib import no app."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("config", "sessions", "agendas", "documents", "publishing")
APPS = ("sessions", "agendas", "documents", "publishing")


def module_name(path):
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def project_modules():
    """{module name: path} for the project's code (migrations left out)."""
    return {
        module_name(path): path
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }


def imported_names(name, path):
    """Every module name an import statement of the module may refer to."""
    is_package = path.name == "__init__.py"
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = name.split(".")
            if node.level:
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            names.add(target)
            names.update(f"{target}.{alias.name}" for alias in node.names)
    return names


def import_graph():
    modules = project_modules()
    return {
        name: {target for target in imported_names(name, path) if target in modules} - {name}
        for name, path in modules.items()
    }


def cycles(graph):
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_the_project_has_no_import_cycle():
    assert cycles(import_graph()) == []


def test_it_finds_a_cycle_where_there_is_one():
    graph = {"a.models": {"a.services"}, "a.services": {"b.keys"}, "b.keys": {"a.models"}}
    assert cycles(graph) == [["a.models", "a.services", "b.keys"]]


def test_the_shared_helpers_import_no_app():
    graph = import_graph()
    helpers = {name: targets for name, targets in graph.items() if name.startswith("config.lib")}
    assert helpers
    for name, targets in helpers.items():
        assert not {target for target in targets if target.startswith(APPS)}, name
