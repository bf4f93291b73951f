# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True)
print(3 > 2 > 1 > 0, 3 > 2 > 2)
calls = []


def val(n):
    calls.append(n)
    return n


print(val(1) < val(2) < val(3))
print(calls)
calls.clear()
print(val(3) < val(2) < val(99))
print(calls)
print("a" < "b" < "c", [1] < [2] <= [2])
a = b = 2
print(a == b == 2)
