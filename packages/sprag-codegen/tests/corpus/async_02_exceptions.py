# Exceptions propagate through await and are caught by name.
import asyncio


async def may_fail(n):
    await asyncio.sleep(0)
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


async def main():
    print(await may_fail(1))
    try:
        await may_fail(-5)
    except ValueError as e:
        print("ValueError:", e)
    finally:
        print("finally after await")


asyncio.run(main())
