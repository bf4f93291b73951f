from app.stores import session

from sprag import Controller, Screen, hydrate, page

from .views import ProfileCard, ProfileModule


class ProfileController(Controller):
    def load(self):
        session.set("user.name", "Grace")
        return {"who": "?", "site": "?"}


class ProfileScreen(Screen):
    modules = [ProfileModule]

    def render(self, data):
        return hydrate(ProfileCard, module=self.module(ProfileModule))


profile = page(controller=ProfileController, screen=ProfileScreen, mode="hybrid")
