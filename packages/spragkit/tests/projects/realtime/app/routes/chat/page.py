from sprag import page

from ...chatkit.server import ChatController
from ...chatkit.web import ChatScreen

chat = page(path="/chat", controller=ChatController, screen=ChatScreen, mode="hybrid")
