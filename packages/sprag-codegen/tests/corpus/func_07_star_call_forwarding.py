# Forwarding *args and **kwargs through a wrapper.
def target(a, b, c=0, *, scale=1):
    return (a + b + c) * scale


def forward(*args, **kwargs):
    return target(*args, **kwargs)


print(forward(1, 2))
print(forward(1, 2, 3))
print(forward(1, b=2, scale=10))
print(forward(*(1, 2), **{"c": 3, "scale": 2}))
args = [1]
kwargs = {"b": 4}
print(target(*args, **kwargs))
print(max(*[3, 9, 2]))
print(list(zip(*[[1, 2], [3, 4]])))
