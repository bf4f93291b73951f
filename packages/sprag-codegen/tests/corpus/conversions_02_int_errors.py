# int() of a bad string raises ValueError with CPython's message.
for text in ["x", "3.5", "", " ", "12a", "1 2", "--1"]:
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    int("9" * 3, 8)
except ValueError as e:
    print("ValueError:", e)
