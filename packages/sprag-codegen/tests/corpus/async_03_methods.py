# async methods on classes and awaiting inside loops and comprehension-free code.
import asyncio


class Store:
    def __init__(self):
        self.data = {}

    async def save(self, key, value):
        await asyncio.sleep(0)
        self.data[key] = value
        return len(self.data)

    async def load(self, key):
        await asyncio.sleep(0)
        return self.data.get(key, "missing")


async def main():
    store = Store()
    for key, value in [("a", 1), ("b", 2)]:
        count = await store.save(key, value)
        print("saved", key, count)
    print(await store.load("a"), await store.load("z"))


asyncio.run(main())
