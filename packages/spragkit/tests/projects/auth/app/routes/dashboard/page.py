from sprag import page

from .server import DashboardController
from .web import DashboardScreen

dashboard = page(path="/dashboard", controller=DashboardController, screen=DashboardScreen, mode="hybrid")
