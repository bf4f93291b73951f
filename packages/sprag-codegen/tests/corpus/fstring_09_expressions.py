# Arbitrary expressions, calls and method calls inside f-strings.
items = [3, 1, 2]
print(f"{len(items)} items, max {max(items)}, sorted {sorted(items)}")
print(f"{'-'.join(str(i) for i in items)}")
print(f"{items[0] + items[1] * 2}")
print(f"{'yes' if items else 'no'}")
name = "World"
print(f"Hello, {name.upper()}!")
print(f"{1 / 4} {7 // 2} {-7 % 3}")
print(f"{[i * i for i in range(4)]}")
print(f"{3.0} {1e16} {None}")
print(f"a" f"b{1}" "c")
