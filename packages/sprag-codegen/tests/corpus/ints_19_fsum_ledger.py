import math

entries = [0.1] * 10 + [1e16, 1.0, -1e16] + [0.01] * 7
print(sum(entries), math.fsum(entries))
print(math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3)
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum([10**20, 1.5]), math.fsum(x / 10 for x in range(1, 11)))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([float("inf"), 1.0]), math.fsum([-float("inf"), 5]))
for bad in ([float("inf"), -float("inf")], [1e308, 1e308]):
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
prices = [19.99, 5.01, 0.1, 0.2, 100.0, 33.33, 66.67]
print(f"{math.fsum(prices):.2f}", round(math.fsum(prices), 2), round(sum(prices), 2), math.fsum(prices))
