# list.sort and sorted with key= and reverse=; numbers sort numerically.
nums = [10, 9, 1, 100, 25, -3]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
print(sorted([3.5, 1, 2.25, -0.5]))
print(sorted("hello"))
print(sorted([[2, 1], [1, 9], [1, 2]]))
