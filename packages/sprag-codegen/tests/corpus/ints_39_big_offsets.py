# User-supplied offsets can be huge: slicing clamps, indexing raises CPython's errors.
rows = ["r%d" % i for i in range(6)]


def page(items, offset, limit):
    return items[offset:offset + limit]


for offset in [0, 4, 10**20, -10**20, -2]:
    print(offset, page(rows, offset, 3), page(tuple(rows), offset, 2), page("abcdef", offset, 4))
for seq in ["abc", [1, 2], (1,)]:
    for k in [10**20, -10**20]:
        try:
            print(seq[k])
        except IndexError as e:
            print("IndexError", e)
print("abc"[10**20:], [1, 2, 3][-10**20:2], (1, 2)[:10**30], rows[::10**20], rows[::-10**20])
