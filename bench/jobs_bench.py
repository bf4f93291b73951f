"""Background jobs throughput against bare QueueService in the same run.

    .venv/bin/python bench/jobs_bench.py            # full run
    .venv/bin/python bench/jobs_bench.py --quick    # fewer items, for a smoke run

Measures (medians of several rounds, each side run back to back within a round):
- jobs/s end to end: ``JobQueues.enqueue`` (what ``Controller.enqueue`` calls: validation,
  a ``queued`` record in the in-memory store, the keyed service enqueue) until every record is
  ``completed`` (started/done item events moving the record, signals through a no-op emitter),
  with 1 and 4 workers; reference: bare ``QueueService.enqueue`` items/s, same handler.
- the cost of ``report_progress`` per call: a handler calling it 100 times per item, against
  the same handler without the calls; bare (no observer) and under the jobs layer (each call
  updates the record and goes through the signal coalescer).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import time
from typing import Callable, List

import gevent

from specter import QueueService
from sprag.backends.job_store import InMemoryJobStore
from sprag.jobs import JobQueues

PROGRESS_CALLS = 100


class Work(QueueService):
    """Returns a small result, as a real job would."""

    def handle_item(self, item):
        return {"n": item}


class Chatty(QueueService):
    """Reports progress PROGRESS_CALLS times per item (or loops as often without reporting)."""

    report = True

    def handle_item(self, item):
        if self.report:
            for step in range(PROGRESS_CALLS):
                self.report_progress(current=step + 1, total=PROGRESS_CALLS, message="step")
        else:
            for _step in range(PROGRESS_CALLS):
                pass
        return None


def bare_items(workers: int) -> Callable[[int], float]:
    def run(n: int) -> float:
        q = Work("bare", worker_count=workers).start()
        start = time.perf_counter()
        for i in range(n):
            q.enqueue(i)
        q.stop(drain=True, timeout=120)
        return n / (time.perf_counter() - start)

    return run


def jobs_end_to_end(workers: int) -> Callable[[int], float]:
    def run(n: int) -> float:
        q = Work("jobs", worker_count=workers)
        # keep every finished record so the run can check them all
        jobs = JobQueues(InMemoryJobStore(max_finished_per_queue=n), emit=lambda e, p, s: None)
        jobs.add_queue("jobs", q)
        q.start()
        start = time.perf_counter()
        ids = []
        for i in range(n):
            answer = jobs.enqueue("jobs", i, owner="session")
            ids.append(answer["job"]["id"])
        q.stop(drain=True, timeout=120)
        elapsed = time.perf_counter() - start
        assert all(jobs.get("jobs", job_id).state == "completed" for job_id in ids)
        return n / elapsed

    return run


def progress_cost(with_jobs: bool) -> Callable[[int], float]:
    """Microseconds per report_progress call (difference of the two handlers / calls)."""

    def timed(report: bool, n: int) -> float:
        q = Chatty("chatty", worker_count=1)
        q.report = report
        if with_jobs:
            jobs = JobQueues(emit=lambda event, payload, session_id: None)
            jobs.add_queue("chatty", q)
            q.start()
            enqueue = lambda i: jobs.enqueue("chatty", i, owner="session")  # noqa: E731
        else:
            q.start()
            enqueue = q.enqueue
        start = time.perf_counter()
        for i in range(n):
            enqueue(i)
        q.stop(drain=True, timeout=120)
        return time.perf_counter() - start

    def run(n: int) -> float:
        with_calls = timed(True, n)
        without = timed(False, n)
        return (with_calls - without) / (n * PROGRESS_CALLS) * 1e6

    return run


def median_of(fn: Callable[[int], float], n: int, rounds: int) -> float:
    return statistics.median(fn(n) for _ in range(rounds))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    n = 5_000 if args.quick else 50_000
    n_progress = 200 if args.quick else 2_000
    rounds = 3 if args.quick else args.rounds
    print(f"python {platform.python_version()} gevent {gevent.__version__} "
          f"{platform.machine()} rounds={rounds}")
    print()
    print("| case | items | jobs/s (median) | bare QueueService items/s (median) | ratio |")
    print("|---|---:|---:|---:|---:|")
    for workers in (1, 4):
        ours: List[float] = []
        base: List[float] = []
        for _ in range(rounds):  # interleaved so machine load hits both sides alike
            ours.append(jobs_end_to_end(workers)(n))
            base.append(bare_items(workers)(n))
        m, b = statistics.median(ours), statistics.median(base)
        print(f"| enqueue -> completed record, {workers} worker(s) | {n} | {m:,.0f} | {b:,.0f} | {m / b:.2f} |")
    print()
    print("| report_progress | calls | µs per call (median) |")
    print("|---|---:|---:|")
    for label, with_jobs in (("bare QueueService (no observer)", False), ("under the jobs layer", True)):
        cost = median_of(progress_cost(with_jobs), n_progress, rounds)
        print(f"| {label} | {n_progress * PROGRESS_CALLS} | {cost:.2f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
