# except with a tuple of classes, and first matching clause wins.
def risky(n):
    if n == 0:
        return {}["x"]
    if n == 1:
        return [][1]
    if n == 2:
        return int("z")
    return n


for n in range(4):
    try:
        print("result", risky(n))
    except (KeyError, IndexError) as e:
        print("lookup error:", "KeyError" if isinstance(e, KeyError) else "IndexError")
    except Exception as e:
        print("other:", isinstance(e, ValueError), e)
try:
    [][0]
except LookupError as e:
    print("LookupError base caught", isinstance(e, IndexError))
try:
    {}["q"]
except LookupError:
    print("KeyError is a LookupError")
