# Empty containers, "" and set() are falsy; non-empty ones are truthy (JS says [] and {} are truthy).
values = [[], [0], {}, {"a": 0}, "", " ", "0", (), (0,), set(), {0}]
for v in values:
    if v:
        print(repr(v), "is truthy")
    else:
        print(repr(v), "is falsy")
print(bool([]), bool({}), bool(""), bool(()), bool(set()))
print(not [], not [[]], not {}, not "x")
