class CM:
    def __init__(self, name, log, fail_enter=False, suppress=False, fail_exit=False):
        self.name, self.log = name, log
        self.fail_enter, self.suppress, self.fail_exit = fail_enter, suppress, fail_exit
    def __enter__(self):
        self.log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed")
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None} {tb is None}")
        if self.fail_exit:
            raise KeyError("exit failed")
        return self.suppress

def run(**kw):
    log = []
    try:
        with CM("a", log) as a, CM("b", log, **kw) as b:
            log.append(f"body {a} {b}")
            if kw.get("raise_in_body"):
                raise ValueError("body")
    except Exception as e:
        log.append(f"caught {type(e).__name__}: {e} ctx={type(e.__context__).__name__ if e.__context__ else None}")
    return log

print(run())
print(run(fail_enter=True))
print(run(suppress=True, raise_in_body=True))
print(run(fail_exit=True))
print(run(fail_exit=True, raise_in_body=True))

def gen():
    log = []
    with CM("g", log):
        yield 1
        yield 2
    yield log
print(list(gen()))

def early(items):
    log = []
    for it in items:
        with CM(str(it), log) as name:
            if it == 2:
                break
            if it == 1:
                continue
    return log
print(early([0, 1, 2, 3]))

def nested_finally():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("finally runs")
    except ValueError as e:
        return f"got {e}"
print(nested_finally())
