# match with literal patterns and a wildcard.
def describe(code):
    match code:
        case 200:
            return "ok"
        case 404:
            return "not found"
        case "teapot":
            return "i'm a teapot"
        case None:
            return "no code"
        case True:
            return "true literal"
        case _:
            return "unknown " + str(code)


for c in [200, 404, "teapot", None, True, 1, 500]:
    print(c, "->", describe(c))
