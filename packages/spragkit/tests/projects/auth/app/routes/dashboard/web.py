from sprag import Screen, hydrate

from .components import DashboardCard
from .modules import DashboardModule


class DashboardScreen(Screen):
    modules = [DashboardModule]

    def render(self, data):
        return hydrate(DashboardCard, module=self.module(DashboardModule))
