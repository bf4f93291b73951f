from sprag import page

from ...chatkit.server import ChatController
from ...chatkit.web import ChatScreen

lobby = page(path="/lobby", controller=ChatController, screen=ChatScreen, mode="hybrid")
