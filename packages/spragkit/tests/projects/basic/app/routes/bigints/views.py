from sprag import Component, Module, ui


class BigCard(Component):
    def render(self, props=None):
        s = self.state
        return ui.div(
            ui.span(str(s["id"]), class_="id"),
            ui.span(str(s["id"] % 1000), class_="low"),
            ui.span(str(s["small"]), class_="small"),
            ui.span(str(s["ids"]), class_="ids"),
            ui.span(str(s["tag"]), class_="tag"),
            ui.span(s["echo"], class_="echo"),
            ui.button("bump", type="button", data_role="bump"),
            ui.button("send", type="button", data_role="send"),
        )


class BigModule(Module):
    def on_start(self):
        self.delegate(self.element, "click", "[data-role='bump']", self.on_bump)
        self.delegate(self.element, "click", "[data-role='send']", self.on_send)

    def on_bump(self, event):
        self.set_state({"id": self.state["id"] + 1})

    def on_send(self, event):
        self.call_action("echo", {"id": self.state["id"], "ids": self.state["ids"]}).then(self.on_result)

    def on_result(self, result):
        value = result.value
        self.set_state({"echo": value["type"] + " " + value["repr"] + " " + str(value["next"])
                        + " " + str(value["ids"])})
