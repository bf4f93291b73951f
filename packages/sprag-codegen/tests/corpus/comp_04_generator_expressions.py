# Generator expressions consumed by sum/any/all/max/join/list/tuple.
nums = [3, 8, 1, 9, 4]
print(sum(n * 2 for n in nums))
print(any(n > 8 for n in nums), all(n > 0 for n in nums))
print(max(n % 5 for n in nums))
print(",".join(str(n) for n in nums if n > 2))
print(list(n for n in nums if n % 2))
print(tuple(x * x for x in range(3)))
gen = (c for c in "hey")
print(list(gen), list(gen))
print(sorted(n for n in nums))
print(min((n for n in nums), default=None))
