from sprag import Controller, mount

from .views import DashboardModule, DashboardView


class DashboardBoot(Controller):
    def load(self):
        return {"title": "Dashboard", "items": ["alpha", "beta"]}


dashboard = mount(path="/dashboard", component=DashboardView, module=DashboardModule, boot=DashboardBoot)
