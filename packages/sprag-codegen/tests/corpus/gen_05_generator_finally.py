# try/finally inside a generator runs when it is exhausted.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("generator cleanup")


for v in guarded():
    print("value", v)
print(list(guarded()))
print([x * 10 for x in guarded()])
