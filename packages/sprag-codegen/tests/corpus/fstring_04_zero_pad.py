# Zero padding, with signs and precision.
x = 3.14159
print(f"{x:08.3f}")
print(f"{-x:08.3f}")
print(f"{42:05d}")
print(f"{-42:05d}")
print(f"{7:03}")
print(f"{x:+.2f}")
print(f"{42:+d}")
print(f"{42: d}")
print(f"{-42: d}")
print(f"{5:02d}:{7:02d}")
