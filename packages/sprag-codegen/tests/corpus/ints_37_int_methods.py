# int.bit_length()/bit_count() on small, big and typed ints (sizes for bitmap headers).
vals = [0, 1, -1, 255, 256, 2**49 - 1, 2**53, -2**64, True, 10**30]
print([v.bit_length() for v in vals], [v.bit_count() for v in vals])
n: int = 2**70 + 5
print(n.bit_length(), n.bit_count(), hasattr(5, "bit_length"), getattr(2**80, "bit_length")())
try:
    (1.5).bit_length()
except AttributeError as e:
    print(e)
