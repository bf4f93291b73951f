"""specter-runtime throughput against plain-gevent baselines measured in the same run.

    uv run python bench/specter_throughput.py            # or .venv/bin/python bench/...
    uv run python bench/specter_throughput.py --quick    # fewer items, for a smoke run

Measures (each as the median of several rounds, interleaved with its baseline):
- bus emit: specter EventBus.emit with 3 listeners vs a dict of listener lists + gevent RLock
- Store set: Store.set with one key-selector subscriber vs dict + gevent RLock + compare/call
- QueueService items/s with 1 and 4 workers vs gevent.queue.JoinableQueue + spawned workers
Ratio = specter throughput / baseline throughput (1.00 = as fast as the hand-written code).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from typing import Callable, Dict, List

import gevent
from gevent.lock import RLock
from gevent.queue import JoinableQueue

from specter import EventBus, QueueService, create_store


def rate(fn: Callable[[int], None], n: int) -> float:
    start = time.perf_counter()
    fn(n)
    return n / (time.perf_counter() - start)


# bus -------------------------------------------------------------------------------------------
def specter_bus(n: int) -> None:
    bus = EventBus()
    sink: List[object] = []
    for _ in range(3):
        bus.on("evt", sink.append)
    for i in range(n):
        bus.emit("evt", i)


def baseline_bus(n: int) -> None:
    lock = RLock()
    listeners: Dict[str, List[Callable[[object], object]]] = {}
    sink: List[object] = []
    for _ in range(3):
        listeners.setdefault("evt", []).append(sink.append)

    def emit(event: str, data: object) -> None:
        with lock:
            subs = list(listeners.get(event, ()))
        for fn in subs:
            try:
                fn(data)
            except Exception:
                pass

    for i in range(n):
        emit("evt", i)


# store -----------------------------------------------------------------------------------------
def specter_store(n: int) -> None:
    store = create_store("bench", {"count": 0, "other": 0})
    seen: List[object] = []
    store.subscribe(seen.append, selector="count")
    for i in range(n):
        store.set("count", i)


def baseline_store(n: int) -> None:
    lock = RLock()
    data = {"count": 0, "other": 0}
    seen: List[object] = []
    last = [data["count"]]

    def set_value(key: str, value: object) -> None:
        with lock:
            data[key] = value
            current = data["count"]
            if current != last[0]:
                last[0] = current
                seen.append(current)

    for i in range(n):
        set_value("count", i)


# queue -----------------------------------------------------------------------------------------
class _Sink(QueueService):
    def handle_item(self, item: object) -> None:
        self.last = item


def specter_queue(workers: int) -> Callable[[int], None]:
    def run(n: int) -> None:
        q = _Sink("bench", worker_count=workers).start()
        for i in range(n):
            q.enqueue(i)
        left = q.stop(drain=True, timeout=60)
        assert not left

    return run


def baseline_queue(workers: int) -> Callable[[int], None]:
    def run(n: int) -> None:
        queue: JoinableQueue = JoinableQueue()
        box = {}

        def work() -> None:
            while True:
                item = queue.get()
                try:
                    box["last"] = item
                finally:
                    queue.task_done()

        glets = [gevent.spawn(work) for _ in range(workers)]
        for i in range(n):
            queue.put_nowait(i)
        queue.join()
        gevent.killall(glets)

    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    n_fast = 20_000 if args.quick else 200_000
    n_queue = 10_000 if args.quick else 100_000
    rounds = 3 if args.quick else args.rounds

    cases = [
        ("bus emit (3 listeners)", specter_bus, baseline_bus, n_fast),
        ("Store.set (1 selector subscriber)", specter_store, baseline_store, n_fast),
        ("QueueService, 1 worker", specter_queue(1), baseline_queue(1), n_queue),
        ("QueueService, 4 workers", specter_queue(4), baseline_queue(4), n_queue),
    ]
    print(f"python {platform.python_version()} gevent {gevent.__version__} "
          f"{platform.machine()} rounds={rounds}")
    print()
    print("| case | items | specter ops/s (median) | baseline ops/s (median) | ratio |")
    print("|---|---:|---:|---:|---:|")
    for label, ours, theirs, n in cases:
        mine: List[float] = []
        base: List[float] = []
        for _ in range(rounds):  # interleave so drift hits both sides alike
            mine.append(rate(ours, n))
            base.append(rate(theirs, n))
        m, b = statistics.median(mine), statistics.median(base)
        print(f"| {label} | {n} | {m:,.0f} | {b:,.0f} | {m / b:.2f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
