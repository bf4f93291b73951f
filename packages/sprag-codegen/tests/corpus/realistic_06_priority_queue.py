# A priority queue kept sorted by insertion (binary search), FIFO among equal priorities.
class PriorityQueue:
    def __init__(self):
        self._items = []
        self._counter = 0

    def push(self, priority, item):
        entry = (priority, self._counter, item)
        self._counter += 1
        lo, hi = 0, len(self._items)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._items[mid][:2] < entry[:2]:
                lo = mid + 1
            else:
                hi = mid
        self._items.insert(lo, entry)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty queue")
        return self._items.pop(0)[2]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0


pq = PriorityQueue()
for prio, task in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent-2"), (3, "low-2")]:
    pq.push(prio, task)
print(len(pq))
order = []
while pq:
    order.append(pq.pop())
print(order)
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
