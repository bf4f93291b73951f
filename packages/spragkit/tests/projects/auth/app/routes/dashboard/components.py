from sprag import Component, ui


class DashboardCard(Component):
    def render(self, props=None):
        return ui.div(
            ui.h1("Hello " + self.state["name"], class_="hello"),
            ui.button("Sign out", type="button", data_role="logout"),
            class_="dashboard",
        )
