from sprag import Screen, hydrate

from .views import ChatModule, ChatView, JobModule, UploadModule


class ChatScreen(Screen):
    modules = [ChatModule, UploadModule, JobModule]

    def render(self, data):
        chat = self.module(ChatModule)
        self.module(UploadModule)
        self.module(JobModule)
        return hydrate(ChatView, module=chat)
