class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"no transition from {state!r} on {event!r}")
        self.state = state
        self.event = event


class Machine:
    TRANSITIONS = {
        ("red", "timer"): "green",
        ("green", "timer"): "yellow",
        ("yellow", "timer"): "red",
        ("red", "fault"): "blinking",
        ("green", "fault"): "blinking",
        ("yellow", "fault"): "blinking",
        ("blinking", "repair"): "red",
    }

    def __init__(self):
        self.state = "red"
        self.history = [self.state]
        self.listeners = []

    def on_change(self, fn):
        self.listeners.append(fn)
        return fn

    def fire(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise InvalidTransition(self.state, event)
        old, self.state = self.state, self.TRANSITIONS[key]
        self.history.append(self.state)
        for fn in self.listeners:
            fn(old, self.state)


m = Machine()
log = []


@m.on_change
def record(old, new):
    log.append(f"{old}->{new}")


for ev in ["timer", "timer", "fault", "timer", "repair", "timer"]:
    try:
        m.fire(ev)
    except InvalidTransition as e:
        print("ignored:", e, "|", e.state, e.event)
print(log)
print(" > ".join(m.history))
counts = {}
for s in m.history:
    counts[s] = counts.get(s, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(len(Machine.TRANSITIONS), sorted({dst for dst in Machine.TRANSITIONS.values()}))
