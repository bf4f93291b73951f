# for/else with break and continue.
def first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            print("negative at", i)
            break
    else:
        print("no negatives")


first_negative([1, 2, -3, 4])
first_negative([1, 2])
first_negative([])
for n in range(5):
    if n % 2:
        continue
    print("even", n)
else:
    print("loop finished")
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            break
    else:
        print("inner never broke for", outer)
