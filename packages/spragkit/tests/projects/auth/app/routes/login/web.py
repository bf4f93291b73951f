from sprag import Screen, hydrate

from .components import LoginForm
from .modules import LoginModule


class LoginScreen(Screen):
    modules = [LoginModule]

    def render(self, data):
        module = self.module(LoginModule, state={"next": data["next"], "error": ""})
        return hydrate(LoginForm, module=module)
