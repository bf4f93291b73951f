# Order of try / except / else / finally blocks.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("bad")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log


print(run(False))
print(run(True))


def early_return():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")


print(early_return())


def finally_overrides():
    try:
        return 1
    finally:
        print("cleanup")


print(finally_overrides())
