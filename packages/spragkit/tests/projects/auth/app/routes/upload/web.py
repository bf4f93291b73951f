from sprag import Screen, hydrate

from .components import UploadForm
from .modules import UploadModule


class UploadScreen(Screen):
    modules = [UploadModule]

    def render(self, data):
        return hydrate(UploadForm, module=self.module(UploadModule))
