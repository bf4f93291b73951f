"""Install each package alone into a fresh virtualenv and check what it brings.

Builds every package to a wheel, then for each: a new venv, `pip install` of that wheel with its
siblings available only as local wheels (`--find-links`), an import of the package, and a check
that the installed distributions are exactly the allowed ones. Needs uv on PATH.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PACKAGES = {
    # distribution: (import name, SPRAG distributions it may bring besides itself)
    "sprag-codegen": ("sprag_codegen", set()),
    "specter-runtime": ("specter", set()),
    "ragot-py": ("ragot", {"sprag-codegen"}),
    "sprag-cli": ("sprag_cli", set()),
    "spragkit": ("sprag", {"specter-runtime", "ragot-py", "sprag-codegen", "sprag-cli"}),
}
SPRAG = set(PACKAGES)


def _run(*args: str, **kw) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout


def main() -> int:
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        wheels = Path(tmp) / "wheels"
        for name in PACKAGES:
            _run("uv", "build", "--wheel", "-q", "-o", str(wheels), str(ROOT / "packages" / name))
        for name, (module, siblings) in PACKAGES.items():
            venv = Path(tmp) / f"venv-{name}"
            _run("uv", "venv", "-q", "-p", sys.executable, str(venv))
            py = str(venv / "bin" / "python")
            _run("uv", "pip", "install", "-q", "-p", py, "--find-links", str(wheels), name)
            _run(py, "-c", f"import {module}; print({module}.__version__)")
            listed = json.loads(_run("uv", "pip", "list", "-p", py, "--format", "json"))
            names = {d["name"].lower().replace("_", "-") for d in listed}
            brought = (names & SPRAG) - {name}
            if brought != siblings:
                failures.append(f"{name} brought SPRAG packages {sorted(brought)}, expected {sorted(siblings)}")
            if name == "sprag-codegen" and names - {name}:
                failures.append(f"sprag-codegen brought other distributions: {sorted(names - {name})}")
            print(f"{name}: imports as {module}; brings {len(names) - 1} other distribution(s)")
    for line in failures:
        print("FAIL:", line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
