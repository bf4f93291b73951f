from app.stores import session

from sprag import Component, Module, env, ui


class ProfileCard(Component):
    def render(self, props=None):
        return ui.div(
            ui.span(self.state["who"], class_="who"),
            ui.span(self.state["site"], class_="site"),
            class_="profile",
        )


class ProfileModule(Module):
    def on_start(self):
        self.set_state({"who": session.get("user.name"), "site": env("SPRAG_PUBLIC_SITE_NAME", "none")})
