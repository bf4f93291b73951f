# startswith/endswith with strings and tuples of strings.
name = "report.csv"
print(name.endswith(".csv"), name.endswith(".txt"))
print(name.endswith((".txt", ".csv")))
print(name.startswith(("rep", "abs")), name.startswith(("x", "y")))
print(name.startswith("port", 2))
print("".startswith(""), "a".endswith(""))
for url in ["http://a", "https://b", "ftp://c"]:
    print(url, url.startswith(("http://", "https://")))
