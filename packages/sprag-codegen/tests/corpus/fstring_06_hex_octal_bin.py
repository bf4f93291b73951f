# Integer presentation types x X o b and the # flag.
n = 255
print(f"{n:x} {n:X} {n:o} {n:b}")
print(f"{n:#x} {n:#o} {n:#b}")
print(f"{n:08b}")
print(f"{-n:x}")
print(f"{10:04x}")
print(f"{n:d}")
print(f"{65:c}")
