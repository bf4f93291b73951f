# Reading a local before it is assigned raises UnboundLocalError (a NameError).
total = 100


def report():
    try:
        print(total)
    except UnboundLocalError:
        print("UnboundLocalError")
    total = 5
    return total


print(report())


def maybe(flag):
    if flag:
        value = "set"
    try:
        return value
    except NameError:
        return "NameError caught"


print(maybe(True), maybe(False))
