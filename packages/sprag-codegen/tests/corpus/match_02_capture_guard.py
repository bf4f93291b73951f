# Capture patterns and guards.
def classify(n):
    match n:
        case 0:
            return "zero"
        case x if x < 0:
            return f"negative {x}"
        case x if x % 2 == 0:
            return f"even {x}"
        case other:
            return f"odd {other}"


for n in [0, -3, 4, 7]:
    print(classify(n))
