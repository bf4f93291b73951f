# An inventory: dict of lists, restocking, reports sorted by several keys.
inventory = {}


def add(category, name, qty, price):
    inventory.setdefault(category, []).append({"name": name, "qty": qty, "price": price})


def restock(category, name, amount):
    for item in inventory.get(category, []):
        if item["name"] == name:
            item["qty"] += amount
            return item["qty"]
    raise KeyError(f"{category}/{name}")


add("fruit", "apple", 10, 0.5)
add("fruit", "pear", 0, 0.75)
add("tools", "hammer", 2, 12.0)
add("tools", "saw", 1, 20.0)
add("fruit", "fig", 25, 1.25)
print(restock("fruit", "pear", 5))
try:
    restock("tools", "drill", 1)
except KeyError as e:
    print("KeyError:", e)
for category in sorted(inventory):
    items = inventory[category]
    value = sum(i["qty"] * i["price"] for i in items)
    print(f"{category}: {len(items)} items, value {value:.2f}")
    for item in sorted(items, key=lambda i: (-i["qty"], i["name"])):
        print(f"  {item['name']:<8}{item['qty']:>4} @ {item['price']:>6.2f}")
low = [i["name"] for items in inventory.values() for i in items if i["qty"] < 3]
print("low stock:", low)
