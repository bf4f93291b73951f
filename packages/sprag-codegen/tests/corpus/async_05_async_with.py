# async with: __aenter__/__aexit__ awaited, exceptions suppressed or kept, several managers, return inside, the protocol errors.
import asyncio

log = []


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, kind, value, tb):
        await asyncio.sleep(0)
        log.append("exit " + self.name + " " + (kind.__name__ if kind else "None") + " " + str(value))
        return self.suppress


class NoExit:
    async def __aenter__(self):
        return 1


async def main():
    async with Resource("a") as got:
        log.append("body " + got)
    async with Resource("b", suppress=True):
        raise ValueError("swallowed")
    log.append("after b")
    try:
        async with Resource("c"):
            raise KeyError("kept")
    except KeyError as exc:
        log.append("caught " + repr(exc))
    async with Resource("d") as x, Resource("e") as y:
        log.append("both " + x + y)

    def early():
        return "unused"

    async def returns():
        async with Resource("f"):
            return "returned"

    log.append(await returns())
    for bad in (42, NoExit()):
        try:
            async with bad:
                pass
        except TypeError as exc:
            log.append("TypeError " + str(exc))


asyncio.run(main())
print("\n".join(log))
