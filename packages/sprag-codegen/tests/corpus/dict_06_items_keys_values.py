# Iterating items/keys/values and membership in views.
prices = {"apple": 1.5, "pear": 2.0, "fig": 3.25}
for name, price in prices.items():
    print(f"{name}: {price}")
print(list(prices.keys()))
print(list(prices.values()))
print(list(prices.items()))
print("pear" in prices, "kiwi" in prices, "kiwi" not in prices)
print("pear" in prices.keys(), 2.0 in prices.values())
print(sum(prices.values()))
print(sorted(prices, key=lambda k: prices[k], reverse=True))
print(len(prices.items()))
