# list(), tuple(), set(), dict(), str(), bool(), int(), float() with no or odd args.
print(list(), tuple(), dict(), str(), bool(), int(), float())
print(list("abc"), tuple("ab"), list((1, 2)), list({"k": 1, "j": 2}))
print(list(range(3)), tuple([1]))
print(sorted(set([3, 1, 3])))
print(str(["a"]), str({"a": (1,)}))
print(bool(0.0), bool("0"), bool([None]))
print(list({"x": 1}.items()))
print(list(map(bool, [0, 1, "", "x"])))
