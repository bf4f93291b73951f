# FizzBuzz three ways: if-chain, rule table, and string concatenation.
def fizzbuzz_if(n):
    if n % 15 == 0:
        return "FizzBuzz"
    if n % 3 == 0:
        return "Fizz"
    if n % 5 == 0:
        return "Buzz"
    return str(n)


RULES = [(3, "Fizz"), (5, "Buzz"), (7, "Bazz")]


def fizzbuzz_rules(n, rules=RULES):
    out = "".join(word for d, word in rules if n % d == 0)
    return out or str(n)


def fizzbuzz_concat(n):
    return ("Fizz" * (n % 3 == 0) + "Buzz" * (n % 5 == 0)) or n


print(" ".join(fizzbuzz_if(n) for n in range(1, 16)))
print(" ".join(fizzbuzz_rules(n) for n in range(1, 22)))
print([fizzbuzz_concat(n) for n in range(1, 16)])
print(sum(1 for n in range(1, 101) if fizzbuzz_if(n) == "Fizz"))
