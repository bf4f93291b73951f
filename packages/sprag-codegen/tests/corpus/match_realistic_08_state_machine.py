# A traffic-light / door state machine driven by match on (state, event).
def step(state, event):
    match (state, event):
        case ("closed", "open"):
            return "opened"
        case ("opened", "close"):
            return "closed"
        case ("closed", "lock"):
            return "locked"
        case ("locked", {"unlock": code}) if code == 1234:
            return "closed"
        case ("locked", {"unlock": _}):
            print("  wrong code")
            return "locked"
        case (s, "inspect"):
            print("  inspecting", s)
            return s
        case (s, e):
            print(f"  ignored {e!r} in {s}")
            return s


state = "closed"
for event in ["open", "lock", "close", "lock", {"unlock": 1}, {"unlock": 1234}, "inspect", "open"]:
    state = step(state, event)
    print(event, "->", state)
