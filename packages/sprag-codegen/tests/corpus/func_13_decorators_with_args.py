# Decorator factories: decorators that take arguments.
def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate


@repeat(3)
def hello(name):
    return "hi " + name


print(hello("ann"))

registry = {}


def register(name, priority=0):
    def decorate(fn):
        registry[name] = (priority, fn)
        return fn
    return decorate


@register("low")
def low():
    return "low ran"


@register("high", priority=9)
def high():
    return "high ran"


for name, (prio, fn) in sorted(registry.items(), key=lambda kv: -kv[1][0]):
    print(name, prio, fn())
print(low())
