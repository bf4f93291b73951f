from sprag import Screen, ui


class JobsScreen(Screen):
    def render(self, data):
        return ui.div(ui.p("jobs"), class_="jobs")
