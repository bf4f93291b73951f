# `as` captures and `|` alternatives.
def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["quit" | "exit"]:
            return "bye"
        case ["take", item] | ["get", item]:
            return f"taking {item}"
        case [("look" | "l")]:
            return "looking around"
        case [verb, *args] as whole:
            return f"unknown verb {verb!r} ({len(whole)} words, args={args})"
        case []:
            return "nothing"


for c in ["go north", "go up", "quit", "exit", "take lamp", "get key", "l", "dance wildly now", ""]:
    print(repr(c), "->", command(c))
