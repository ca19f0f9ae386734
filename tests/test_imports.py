"""archivist's modules import each other without cycles, read from the source (nothing is imported or run)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "archivist"


def module_name(path: Path, root: Path) -> str:
    """Return the dotted name of a module file under root's parent (a package's __init__ is the package)."""
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(tree: ast.Module, name: str, is_package: bool, known: set[str]) -> set[str]:
    """Return the modules of known that a module's source imports anywhere (in functions too)."""
    package = name if is_package else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            module = (f"{base}.{node.module}" if node.module else base) if node.level else node.module or ""
            # `from . import fresh` names a module; `from .x import y` names x (or x.y when y is one).
            targets = [f"{module}.{alias.name}" for alias in node.names if f"{module}.{alias.name}" in known] or [module]
        else:
            continue
        found.update(target for target in targets if target in known)
    return found - {name}


def import_graph(root: Path) -> dict[str, set[str]]:
    """Return each module of the package under root and the package's modules it imports."""
    files = {module_name(path, root): path for path in sorted(root.rglob("*.py"))}
    known = set(files)
    return {name: imported(ast.parse(path.read_text(encoding="utf-8")), name, path.name == "__init__.py", known)
            for name, path in files.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """Return one import cycle as a list of modules (the first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(name: str) -> list[str] | None:
        """Return a cycle through the modules reached from name, or None."""
        state[name] = 1
        path.append(name)
        for target in sorted(graph.get(name, ())):
            if state.get(target) == 1:
                return path[path.index(target):] + [target]
            if target not in state and (cycle := visit(target)):
                return cycle
        path.pop()
        state[name] = 2
        return None

    for name in sorted(graph):
        if name not in state and (cycle := visit(name)):
            return cycle
    return None


def test_archivist_has_no_import_cycle():
    cycle = find_cycle(import_graph(PACKAGE))
    assert cycle is None, "import cycle: " + " → ".join(cycle)


def test_a_cycle_is_found_and_named(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "cli.py").write_text("from .sub import serve\n")
    (package / "sub" / "serve.py").write_text("def loop():\n    from ..cli import main\n")
    (package / "leaf.py").write_text("import os\nfrom . import cli\n")
    assert find_cycle(import_graph(package)) == ["pkg.cli", "pkg.sub.serve", "pkg.cli"]
    (package / "sub" / "serve.py").write_text("def loop():\n    pass\n")
    assert find_cycle(import_graph(package)) is None
