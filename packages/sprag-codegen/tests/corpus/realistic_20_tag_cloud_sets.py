posts = {
    1: {"python", "web", "async"},
    2: {"python", "data"},
    3: {"web", "css", "design"},
    4: {"python", "web", "testing"},
    5: {"data", "ml", "python"},
}
all_tags = set()
for tags in posts.values():
    all_tags |= tags
print(sorted(all_tags))
common = set.intersection(*posts.values())
print("in every post:", common)
python_posts = {pid for pid, tags in posts.items() if "python" in tags}
web_posts = {pid for pid, tags in posts.items() if "web" in tags}
print(python_posts, web_posts, python_posts & web_posts, python_posts - web_posts, python_posts ^ web_posts)
ids = set(posts)
ids.difference_update(python_posts)
print("not python:", ids)
counts = {}
for tags in posts.values():
    for t in tags:
        counts[t] = counts.get(t, 0) + 1
popular = {t for t, n in counts.items() if n >= 2}
print(sorted(popular), popular <= all_tags, frozenset(popular) < frozenset(all_tags))
related = {}
for a in posts:
    for b in posts:
        if a < b:
            overlap = len(posts[a] & posts[b])
            if overlap:
                related[frozenset({a, b})] = overlap
best = max(related.items(), key=lambda kv: (kv[1], -min(kv[0])))
print(sorted(best[0]), best[1], len(related))
numbers = {n * 7 % 50 for n in range(30)}
numbers -= {0, 7, 14}
print(numbers)
print(numbers.isdisjoint({1, 2, 3}), posts.keys() - {1, 2}, posts.keys() & {2, 9})
