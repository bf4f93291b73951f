"""Actions for the hostile-request tests: state only changes on a valid, same-site call."""

from sprag import Controller, Field, HTTPError, Schema, Screen, action, page, redirect, ui


class LabController(Controller):
    def __init__(self):
        super().__init__()
        self.total = 0

    def load(self):
        return {"total": self.total}

    @action(schema=Schema("add", {"amount": Field(int, required=True, min=1, max=100)}))
    def add(self, amount):
        self.total += amount
        return {"total": self.total}

    @action
    def boom(self):
        raise RuntimeError("secret internal detail")

    @action
    def refuse(self):
        raise HTTPError("Not today", 409)

    @action(name="leave")
    def go_away(self):
        return redirect("/", replace=True)

    @action
    def typed(self, clicks: int, ratio: float = 1.0, flag: bool = False, label: str = "x"):
        return {"clicks": clicks, "ratio": ratio, "flag": flag, "label": label}

    @action
    def whoami(self):
        return {"session_id": self.request.session_id, "path": self.request.path,
                "note": self.request.session.get("note")}

    @action
    def anything(self, **kw):
        return sorted(kw)

    @action
    def remember(self, note: str):
        self.request.session["note"] = note  # the first write creates the session
        return {"stored": True}


class LabScreen(Screen):
    def render(self, data):
        return ui.p(str(data["total"]), class_="total")


lab = page(controller=LabController, screen=LabScreen, mode="hybrid")
