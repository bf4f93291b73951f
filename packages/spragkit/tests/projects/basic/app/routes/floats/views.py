from sprag import Component, Module, ui


class FloatCard(Component):
    def render(self, props=None):
        s = self.state
        return ui.div(
            ui.span(str(s["price"]), class_="price"),
            ui.span(str(s["big"]), class_="big"),
            ui.span(str(s["nested"]), class_="nested"),
            ui.span(str(s["tag"]), class_="tag"),
            ui.span(str(s.get("result", "")), class_="result"),
            ui.button("half", type="button", data_role="half"),
        )


class FloatModule(Module):
    def on_start(self):
        self.delegate(self.element, "click", "[data-role='half']", self.on_click)

    def on_click(self, event):
        self.call_action("half", {"value": 4}).then(self.on_result)

    def on_result(self, result):
        self.element.query_selector(".result").text_content = str(result.value)
