class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def subscribe(self, topic, handler, *, once=False):
        self.handlers.setdefault(topic, []).append((handler, once))

    def publish(self, topic, **payload):
        delivered = 0
        keep = []
        for handler, once in self.handlers.get(topic, []):
            result = handler(**payload)
            delivered += 1
            if result is not None:
                self.log.append(f"{topic}: {result}")
            if not once:
                keep.append((handler, once))
        self.handlers[topic] = keep
        return delivered


def counter():
    total = 0
    while True:
        amount = yield total
        if amount is None:
            return total
        total += amount


bus = EventBus()
tally = counter()
next(tally)
bus.subscribe("cart.add", lambda sku, qty=1: f"added {qty} x {sku}")
bus.subscribe("cart.add", lambda sku, qty=1: tally.send(qty) and None)
bus.subscribe("cart.add", lambda sku, qty=1: "first add bonus!", once=True)
print(bus.publish("cart.add", sku="pen"), bus.publish("cart.add", sku="ink", qty=3))
print(bus.publish("cart.remove", sku="pen"))
print(bus.log)
try:
    tally.send(None)
except StopIteration as stop:
    print("final tally", stop.value)
try:
    bus.publish("cart.add", item="x")
except TypeError as e:
    print("TypeError:", e)


def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def numbered(lines, start=1):
    yield from (f"{n:>3}: {line}" for n, line in enumerate(lines, start))


print(list(chunks(list(range(7)), 3)))
print("\n".join(numbered(["alpha", "beta", "gamma"], start=9)))
