# Missing dict keys raise KeyError; str(e) is the repr of the key.
d = {"a": 1}
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError:", e)
    print("args:", e.args)
try:
    print(d[3])
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("nope")
except KeyError as e:
    print("pop KeyError:", e)
try:
    del d["gone"]
except KeyError as e:
    print("del KeyError:", e)
print(d)
