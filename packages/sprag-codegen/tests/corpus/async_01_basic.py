# async def / await run by asyncio.run.
import asyncio


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def main():
    a = await double(2)
    b = await double(a)
    print("results", a, b)
    total = 0
    for i in range(3):
        total += await double(i)
    print("total", total)
    return total


result = asyncio.run(main())
print("main returned", result)
