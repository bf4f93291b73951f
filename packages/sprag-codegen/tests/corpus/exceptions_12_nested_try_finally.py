# Nested try blocks: inner finally runs before outer handlers.
log = []
try:
    try:
        log.append("inner try")
        raise IndexError("deep")
    finally:
        log.append("inner finally")
except IndexError as e:
    log.append("outer except " + str(e))
finally:
    log.append("outer finally")
print(log)


def loop_with_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out


print(loop_with_finally())
