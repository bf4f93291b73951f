from sprag import Component, ui


class LoginForm(Component):
    def render(self, props=None):
        return ui.form(
            ui.input(name="username", type="text"),
            ui.input(name="password", type="password"),
            ui.input(name="next", type="hidden", value=self.state["next"]),
            ui.button("Sign in", type="submit"),
            ui.div(self.state.get("error", ""), class_="error"),
            class_="login-form",
        )
