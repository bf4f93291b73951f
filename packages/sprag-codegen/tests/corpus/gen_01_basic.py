# Generator functions yield values lazily.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("done")


for v in countdown(3):
    print("got", v)
print(list(countdown(2)))


def evens(limit):
    for i in range(limit):
        if i % 2 == 0:
            yield i


print(list(evens(10)), sum(evens(10)))
