from sprag import Screen, hydrate

from .browser import JobPanel, JobsModule


class JobsScreen(Screen):
    modules = [JobsModule]

    def render(self, data):
        jobs = self.module(JobsModule, {"job": None, "notice": "", "signals": 0})
        return hydrate(JobPanel, module=jobs)
