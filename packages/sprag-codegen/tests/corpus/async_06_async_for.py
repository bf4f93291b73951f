# async for: __aiter__ once, __anext__ awaited until StopAsyncIteration; else, break, continue, nesting, errors.
import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Pairs:
    def __aiter__(self):
        return Ticker(3)


class Boom:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("boom")


class NoNext:
    def __aiter__(self):
        return self


async def main():
    total = 0
    async for i in Ticker(4):
        total += i
    print("total", total)
    async for i in Ticker(5):
        if i == 2:
            continue
        if i == 4:
            break
        print("saw", i)
    else:
        print("not printed")
    async for i in Ticker(2):
        print("loop", i)
    else:
        print("else ran")
    seen = []
    async for a in Pairs():
        async for b in Ticker(a):
            seen.append((a, b))
    print(seen)
    try:
        async for x in Boom():
            pass
    except ValueError as exc:
        print("caught", exc)
    for bad in (1, NoNext(), None):
        try:
            async for x in bad:
                pass
        except TypeError as exc:
            print(exc)
    async for i, in [(1,)] if False else Ticker(0):
        print("never")
    print("done")


asyncio.run(main())
