# break and continue inside try/finally still run the finally block.
log = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body {i}")
    finally:
        log.append(f"finally {i}")
print(log)


def find(items, target):
    try:
        for i, x in enumerate(items):
            if x == target:
                return i
        return -1
    finally:
        print("searched", len(items), "items")


print(find([4, 5, 6], 5))
print(find([], 1))
