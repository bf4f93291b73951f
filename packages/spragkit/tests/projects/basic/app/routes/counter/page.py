from sprag import page

from .server import CounterController
from .web import CounterScreen

counter = page(path="/counter", controller=CounterController, screen=CounterScreen, mode="hybrid")
