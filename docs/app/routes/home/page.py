from sprag import page

from .screen import DocsController, DocsScreen

home = page(path="/", controller=DocsController, screen=DocsScreen)
