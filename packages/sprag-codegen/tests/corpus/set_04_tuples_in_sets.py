# Tuples in sets are compared by value.
visited = set()
visited.add((0, 0))
visited.add((0, 1))
visited.add((0, 0))
print(len(visited))
print((0, 1) in visited, (1, 0) in visited)
print(sorted(visited))
frontier = [(0, 0), (1, 1), (0, 1)]
new = [p for p in frontier if p not in visited]
print(new)
