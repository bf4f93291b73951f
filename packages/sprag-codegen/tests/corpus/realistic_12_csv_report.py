RAW = """region,product,units,price
north,widget,12,2.50
south,widget,7,2.50
north,gadget,3,19.99
east,widget,,2.50
west,gizmo,4,7.25
south,gadget,1,19.99
north,widget,5,2.40
bad line without commas
"""


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows, errors = [], []
    for number, line in enumerate(lines[1:], start=2):
        parts = line.split(",")
        if len(parts) != len(header):
            errors.append(f"line {number}: expected {len(header)} fields, got {len(parts)}")
            continue
        row = dict(zip(header, parts))
        try:
            row["units"] = int(row["units"])
            row["price"] = float(row["price"])
        except ValueError as exc:
            errors.append(f"line {number}: {exc}")
            continue
        rows.append(row)
    return rows, errors


rows, errors = parse(RAW)
by_region = {}
for row in rows:
    entry = by_region.setdefault(row["region"], {"units": 0, "revenue": 0.0, "products": set()})
    entry["units"] += row["units"]
    entry["revenue"] += row["units"] * row["price"]
    entry["products"].add(row["product"])

print(f"{'region':<8}|{'units':>6}|{'revenue':>10}| products")
print("-" * 40)
for region, e in sorted(by_region.items(), key=lambda kv: -kv[1]["revenue"]):
    print(f"{region:<8}|{e['units']:>6}|{e['revenue']:>10.2f}| {', '.join(sorted(e['products']))}")
total = sum(e["revenue"] for e in by_region.values())
print(f"{'total':<8}|{sum(e['units'] for e in by_region.values()):>6}|{total:>10.2f}|")
print("share:", {r: f"{e['revenue'] / total:.1%}" for r, e in by_region.items()})
for err in errors:
    print("skipped", err)
