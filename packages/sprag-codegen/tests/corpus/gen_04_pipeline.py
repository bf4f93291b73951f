# Chained generators form a lazy pipeline; execution interleaves.
def source(items):
    for item in items:
        print("produce", item)
        yield item


def double(items):
    for item in items:
        yield item * 2


def only_big(items, limit):
    for item in items:
        if item > limit:
            yield item


for value in only_big(double(source([1, 5, 2, 8])), 4):
    print("consume", value)
