from dataclasses import dataclass


@dataclass(order=True)
class Score:
    points: int
    time_ms: int
    player: str


scores = [
    Score(120, 5400, "ada"), Score(150, 6100, "bob"), Score(120, 5100, "cy"),
    Score(90, 3000, "dee"), Score(150, 6100, "al"), Score(150, 5900, "eve"),
]
ranked = sorted(scores, key=lambda s: (-s.points, s.time_ms, s.player))
rank = 0
prev = None
for i, s in enumerate(ranked, start=1):
    if (s.points, s.time_ms) != prev:
        rank = i
        prev = (s.points, s.time_ms)
    print(f"#{rank:<2} {s.player:<4} {s.points:>4} pts {s.time_ms / 1000:>5.1f}s")
print(min(scores), max(scores).player)
print(sorted(scores)[:2])
by_points = {}
for s in scores:
    by_points.setdefault(s.points, []).append(s.player)
print({k: sorted(v) for k, v in sorted(by_points.items(), reverse=True)})
print([s.player for s in sorted(scores, key=lambda s: s.player.casefold())])
print(Score(1, 2, "x") == Score(1, 2, "x"), Score(1, 2, "x") < Score(1, 3, "a"))
