class TransientError(Exception):
    pass


class GaveUp(Exception):
    pass


class Retry:
    def __init__(self, attempts):
        self.attempts = attempts
        self.errors = []

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, TransientError):
            self.errors.append(str(ev))
            return True
        return False


def flaky(plan):
    outcome = plan.pop(0)
    if outcome == "ok":
        return "payload"
    if outcome == "transient":
        raise TransientError(f"timeout #{len(plan)}")
    raise RuntimeError("fatal: " + outcome)


def fetch(plan, attempts=3):
    retry = Retry(attempts)
    for _ in range(attempts):
        with retry:
            return flaky(plan), retry.errors
    try:
        raise TransientError("; ".join(retry.errors))
    except TransientError as last:
        raise GaveUp(f"gave up after {attempts} attempts") from last


for plan in (["ok"], ["transient", "ok"], ["transient", "transient", "transient"], ["transient", "disk full"]):
    try:
        print(fetch(list(plan)))
    except GaveUp as e:
        print("GaveUp:", e, "| cause:", e.__cause__, "| context is cause:", e.__context__ is e.__cause__)
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", repr(e.__context__))
