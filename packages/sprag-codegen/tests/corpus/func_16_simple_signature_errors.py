# Signatures without *args, keyword-only or **kwargs parameters: binding and its TypeErrors.
def f(a, b=2, /, c=3):
    return [a, b, c]


def g(a, b):
    return a + b


calls = [
    lambda: f(1),
    lambda: f(1, 5, c=9),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, c=1, d=2),
    lambda: g(1),
    lambda: g(1, a=2),
    lambda: g(b=1, a=2),
    lambda: g(),
    lambda: g(1, 2, 3),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
