# Alignment, width and fill in f-strings.
x = "ab"
n = 42
print(f"[{x:>10}]")
print(f"[{x:<10}]")
print(f"[{x:^10}]")
print(f"[{x:*^9}]")
print(f"[{n:>6}]")
print(f"[{n:<6}]")
print(f"[{n:^7}]")
print(f"[{n:_>6}]")
print(f"[{n:6}]")
print(f"[{x:6}]")
print(f"[{-n:=8}]")
print(f"[{3.5:10}]")
