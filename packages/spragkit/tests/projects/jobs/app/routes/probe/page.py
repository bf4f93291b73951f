from sprag import Controller, Field, Schema, Screen, action, page, ui


class ProbeController(Controller):
    """Enqueue on any queue by name, with an optional job id and meta (for the contract's edges)."""

    route = "/probe"

    @action(schema=Schema("put", {
        "queue": Field(str, required=True),
        "label": Field(str, required=True),
        "job_id": Field(str),
    }))
    def put(self, queue, label, job_id=None):
        return self.enqueue(queue, {"label": label}, job_id=job_id, label=label, meta={"by": "probe"})

    @action(schema=Schema("peek", {"queue": Field(str, required=True), "job_id": Field(str, required=True)}))
    def peek(self, queue, job_id):
        return self.job_status(queue, job_id)


class ProbeScreen(Screen):
    def render(self, data):
        return ui.p("probe")


probe = page(path="/probe", controller=ProbeController, screen=ProbeScreen, mode="hybrid")
