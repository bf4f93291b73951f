# Division by zero raises ZeroDivisionError instead of producing Infinity.
def attempt(label, fn):
    try:
        print(label, fn())
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)


attempt("1/0", lambda: 1 / 0)
attempt("1//0", lambda: 1 // 0)
attempt("1.0/0", lambda: 1.0 / 0)
attempt("5.0//0", lambda: 5.0 // 0)
attempt("divmod", lambda: divmod(1, 0))
attempt("ok", lambda: 1 / 2)
for mod_case in [lambda: 7 % 0, lambda: 7.5 % 0.0]:
    try:
        mod_case()
    except ZeroDivisionError:
        print("modulo by zero caught")
