import math
flag = len("ab") > 5
if flag:
    helper = 1
try:
    print(helper)
except NameError as e:
    print("NameError:", e)
for i in range(0):
    loopvar = i
try:
    print(loopvar)
except NameError as e:
    print("NameError:", e)
def f(n):
    for k in range(n):
        pass
    return k
print(f(3))
try:
    f(0)
except UnboundLocalError as e:
    print("ULE:", e)
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
def g():
    y = 1
    del y
    return y
try:
    g()
except UnboundLocalError as e:
    print("ULE:", e)
def show():
    try:
        return f"limit={LIMIT}"
    except NameError as e:
        return f"NameError: {e}"
print(show())
LIMIT = 10
print(show())
