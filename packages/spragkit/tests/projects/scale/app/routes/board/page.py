from sprag import Controller, Field, Schema, Screen, action, page, ui


class BoardController(Controller):
    route = "/board"

    def load(self):
        return {}

    @action(schema=Schema("put", {"label": Field(str, required=True), "steps": Field(int)}))
    def put(self, label, steps=3):
        return self.enqueue("work", {"label": label, "steps": steps}, label=label)

    @action(schema=Schema("peek", {"job_id": Field(str, required=True)}))
    def peek(self, job_id):
        return self.job_status("work", job_id)

    @action(schema=Schema("cancel", {"job_id": Field(str, required=True)}))
    def cancel(self, job_id):
        return self.request_job_cancel("work", job_id)


class BoardScreen(Screen):
    def render(self, data):
        return ui.p("board", id="board")


board = page(path="/board", controller=BoardController, screen=BoardScreen, mode="hybrid")
