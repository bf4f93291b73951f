# Recursive functions: factorial, fibonacci with memo dict, flatten, permutations.
def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


print([factorial(n) for n in range(10)])
print(factorial(18))

memo = {}


def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print(fib(50))


def flatten(items):
    out = []
    for item in items:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))


def permutations(seq):
    if len(seq) <= 1:
        return [seq]
    result = []
    for i in range(len(seq)):
        for rest in permutations(seq[:i] + seq[i + 1:]):
            result.append(seq[i:i + 1] + rest)
    return result


print(permutations("abc"))
print(len(permutations([1, 2, 3, 4])))
