from sprag import Component, ui


class Tally(Component):
    def __init__(self, props=None, state=None):
        super().__init__(props=props, state=state or {"count": 0, "rows": list(props["rows"])})

    def render(self, props=None):
        return ui.div(
            ui.button(str(self.state["count"]), class_="add", on_click=self.add),
            ui.button("rotate", class_="rotate", on_click=self.rotate),
            ui.ul(ui.For(self.state["rows"], key=lambda row: row, render=lambda row: ui.li(row))),
        )

    def add(self, event):
        self.set_state({"count": self.state["count"] + 1})

    def rotate(self, event):
        rows = list(self.state["rows"])
        self.set_state({"rows": rows[1:] + rows[:1]})
