"""Run every nox session, several at a time, and report each one's result and time.

    python tools/run_matrix.py            # all sessions, --jobs defaults to 3
    python tools/run_matrix.py --jobs 2 -k spragkit

The sessions are independent (each builds its own virtualenv), and most of their time is spent
waiting on servers, browsers and subprocesses rather than computing, so running a few at once
keeps the whole matrix well inside CI's budget on a two-core machine. Each session's output
goes to .nox/logs/<session>.log; a failed session's tail is printed. Exits 1 if any failed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOGS = ROOT / ".nox" / "logs"
# Longest first, so the slow sessions do not start last.
_WEIGHT = {"e2e": 0, "spragkit": 1, "docs": 2, "sprag-codegen": 3}


def _sessions(keyword: str | None) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "nox", "-l", "--json"], cwd=ROOT, check=True,
        capture_output=True, text=True,
    ).stdout
    names = [s["session"] for s in json.loads(out)]
    if keyword:
        names = [n for n in names if keyword in n]
    return sorted(names, key=lambda n: (_WEIGHT.get(n.rsplit("-", 1)[0], _WEIGHT.get(n, 9)), n))


def _run(name: str) -> tuple[str, int, float]:
    log = LOGS / f"{name}.log"
    start = time.monotonic()
    with log.open("w", encoding="utf-8") as handle:
        code = subprocess.run(
            [sys.executable, "-m", "nox", "-s", name], cwd=ROOT, stdout=handle,
            stderr=subprocess.STDOUT,
        ).returncode
    return name, code, time.monotonic() - start


def _tail(name: str, lines: int = 40) -> str:
    text = (LOGS / f"{name}.log").read_text(encoding="utf-8", errors="replace")
    return "\n".join(text.splitlines()[-lines:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=3, help="sessions at once (default 3)")
    parser.add_argument("-k", dest="keyword", help="only sessions whose name contains this")
    args = parser.parse_args(argv)
    LOGS.mkdir(parents=True, exist_ok=True)
    names = _sessions(args.keyword)
    if not names:
        print(f"run_matrix: no nox session matches {args.keyword!r}", file=sys.stderr)
        return 2
    print(f"run_matrix: {len(names)} sessions, {args.jobs} at a time; logs in {LOGS}", flush=True)
    start = time.monotonic()
    failed: list[str] = []
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(_run, name) for name in names]
        for future in as_completed(futures):
            name, code, seconds = future.result()
            # nox answers 0 for a session it skipped (interpreter not installed); that is fine.
            verdict = "ok" if code == 0 else f"FAILED (exit {code})"
            print(f"  {name:<28} {verdict:<18} {seconds:6.0f} s", flush=True)
            if code != 0:
                failed.append(name)
    total = time.monotonic() - start
    for name in failed:
        print(f"\n--- {name} (last lines of {LOGS / (name + '.log')}) ---\n{_tail(name)}")
    print(f"\nrun_matrix: {len(names) - len(failed)} passed, {len(failed)} failed "
          f"in {total / 60:.1f} min")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
