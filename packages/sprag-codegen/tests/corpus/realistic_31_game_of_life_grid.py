def step(alive, width, height):
    counts = {}
    for (x, y) in alive:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    cell = ((x + dx) % width, (y + dy) % height)
                    counts[cell] = counts.get(cell, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in alive)}


def show(alive, width, height):
    return "\n".join("".join("#" if (x, y) in alive else "." for x in range(width)) for y in range(height))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
world = set(glider)
for gen in range(4):
    world = step(world, 6, 6)
print(show(world, 6, 6))
print(sorted(world), len(world))
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker, 5, 5)), step(step(blinker, 5, 5), 5, 5) == blinker)
cells = {x + 10 * y for (x, y) in world}
print(cells, sorted(cells)[0], max(cells))
