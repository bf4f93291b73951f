"""The seed's intended browser pattern: call the action, listen for
sprag:queue.job.changed, then refetch status(...) for the job. The job id is kept in
sessionStorage so a reload re-attaches to it."""

from sprag import Component, Module, browser, ui

KEPT = "sprag-jobs:job"


class JobPanel(Component):
    def render(self, props=None):
        job = self.state["job"]
        state = job["state"] if job else "idle"
        percent = 0
        message = ""
        error = ""
        if job:
            percent = job["progress"]["percent"] or 0
            message = job["progress"]["message"] or ""
            error = job["error"] or ""
        return ui.div(
            ui.input(type="text", value="docs", data_role="label"),
            ui.button("Start", type="button", data_role="start"),
            ui.button("Cancel", type="button", data_role="cancel"),
            ui.div(ui.div(class_="bar", style={"width": f"{percent}%"}), class_="track"),
            ui.p(str(percent), data_role="percent"),
            ui.p(state, data_role="state"),
            ui.p(message, data_role="message"),
            ui.p(error, data_role="error"),
            ui.p(self.state["notice"], data_role="notice"),
            ui.p(str(self.state["signals"]), data_role="signals"),
            class_="jobs",
        )


class JobsModule(Module):
    def __init__(self, screen=None, state=None):
        super().__init__(screen=screen, state=state or {"job": None, "notice": "", "signals": 0})

    def on_start(self):
        self.delegate(self.element, "click", "[data-role='start']", self.on_start_click)
        self.delegate(self.element, "click", "[data-role='cancel']", self.on_cancel_click)
        self.on_socket("sprag:queue.job.changed", self.on_changed)
        kept = browser.sessionStorage.getItem(KEPT)
        if kept:
            self.refresh(kept)

    def job_id(self):
        job = self.state["job"]
        return job["id"] if job else browser.sessionStorage.getItem(KEPT)

    def on_start_click(self, event):
        event.prevent_default()
        label = self.element.query_selector("[data-role='label']").value
        self.call_action("start", {"label": label}).then(self.on_started)

    def on_started(self, result):
        answer = result.value
        if not answer["accepted"]:
            self.set_state({"notice": answer["message"]})
            return
        browser.sessionStorage.setItem(KEPT, answer["job"]["id"])
        self.set_state({"job": answer["job"], "notice": answer["message"]})
        # signals sent before this answer arrived were not recognised yet: catch up once
        self.refresh(answer["job"]["id"])

    def on_cancel_click(self, event):
        event.prevent_default()
        job_id = self.job_id()
        if job_id:
            self.call_action("cancel", {"job_id": job_id}).then(self.on_status, self.on_missing)

    def on_changed(self, signal):
        if signal["job_id"] == self.job_id():
            self.set_state({"signals": self.state["signals"] + 1})
            self.refresh(signal["job_id"])

    def refresh(self, job_id):
        self.call_action("status", {"job_id": job_id}).then(self.on_status, self.on_missing)

    def on_status(self, result):
        self.set_state({"job": result.value})

    def on_missing(self, error):
        self.set_state({"notice": error.error})

