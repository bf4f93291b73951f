# Nested dicts and lists: mutation through references.
config = {"db": {"host": "localhost", "port": 5432}, "tags": []}
config["db"]["port"] += 1
config["tags"].append("new")
config["db"]["opts"] = {"ssl": False}
config["db"]["opts"]["ssl"] = True
print(config)
ref = config["db"]
ref["host"] = "example"
print(config["db"]["host"])
print(len(config), len(config["db"]))
