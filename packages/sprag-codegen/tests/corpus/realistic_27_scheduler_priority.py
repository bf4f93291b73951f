from dataclasses import dataclass, field

now = 0


def tick(minutes):
    global now
    now += minutes
    return now


@dataclass(order=True)
class Job:
    due: int
    priority: int
    name: str = field(compare=False)
    runs: list = field(default_factory=list, compare=False, repr=False)


class Scheduler:
    def __init__(self):
        self.queue = []

    def add(self, job):
        self.queue.append(job)
        self.queue.sort()

    def run_due(self):
        done = []
        while self.queue and self.queue[0].due <= now:
            job = self.queue.pop(0)
            job.runs.append(now)
            done.append(job.name)
        return done


s = Scheduler()
for due, prio, name in [(30, 2, "backup"), (5, 1, "email"), (5, 0, "alert"), (60, 5, "report"), (30, 1, "sync")]:
    s.add(Job(due, prio, name))
print([j.name for j in s.queue])
for step in (5, 20, 10, 40):
    tick(step)
    print(f"t={now:>3}", s.run_due())
print(s.queue, now)
