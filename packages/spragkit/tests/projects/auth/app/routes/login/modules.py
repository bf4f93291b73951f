from sprag import Module


class LoginModule(Module):
    def __init__(self, screen=None, state=None):
        super().__init__(screen=screen, state=state or {"next": "/dashboard", "error": ""})

    def on_start(self):
        self.delegate(self.element, "submit", "form", self.on_submit)

    def value(self, name):
        return self.element.query_selector("[name='" + name + "']").value

    def on_submit(self, event):
        event.prevent_default()
        data = {"username": self.value("username"), "password": self.value("password"), "next": self.value("next")}
        self.call_action("login", data).then(self.on_done, self.on_failed)

    def on_done(self, result):
        pass

    def on_failed(self, error):
        self.element.query_selector(".error").text_content = str(error.status) + " " + error.error
