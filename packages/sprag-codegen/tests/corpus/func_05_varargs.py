# *args collects extra positional arguments into a tuple.
def total(*nums):
    print(isinstance(nums, tuple), nums)
    return sum(nums)


print(total())
print(total(1))
print(total(1, 2, 3))


def first_and_rest(first, *rest):
    return first, rest


print(first_and_rest(1, 2, 3))
print(first_and_rest("only"))
values = [4, 5, 6]
print(total(*values))
print(total(0, *values, 10))
