# A mutable default is evaluated once and shared between calls.
def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

counter_calls = []


def make_default():
    counter_calls.append("called")
    return 10


def uses_default(x=make_default()):
    return x


print(uses_default(), uses_default(), uses_default(1))
print(counter_calls)


def safe(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(safe(1), safe(2))
