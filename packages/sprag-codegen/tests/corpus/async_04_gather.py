# asyncio.gather runs coroutines concurrently and returns a list of results in order.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        await asyncio.sleep(0)
        print(name, "step", i)
    return name * steps


async def main():
    results = await asyncio.gather(worker("a", 2), worker("b", 3))
    print(results)
    print(isinstance(results, list))


asyncio.run(main())
