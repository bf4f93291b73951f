from sprag import page

from .server import BuildController
from .web import JobsScreen

jobs = page(path="/jobs", controller=BuildController, screen=JobsScreen, mode="hybrid")
