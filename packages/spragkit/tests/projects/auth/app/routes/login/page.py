from sprag import page

from .server import LoginController
from .web import LoginScreen

login = page(path="/login", controller=LoginController, screen=LoginScreen, mode="hybrid")
