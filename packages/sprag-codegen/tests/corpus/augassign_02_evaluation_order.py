# The target of an augmented assignment is evaluated once.
calls = []


def idx(i):
    calls.append(i)
    return i


data = [10, 20, 30]
data[idx(1)] += 5
print(data, calls)
nested = {"k": [1, 2]}
nested["k"][idx(0)] += 100
print(nested, calls)
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
