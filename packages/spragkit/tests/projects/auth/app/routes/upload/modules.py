from sprag import Module


class UploadModule(Module):
    def on_start(self):
        self.log = []
        self.pending = None
        self.delegate(self.element, "submit", "form", self.on_submit)

    def on_submit(self, event):
        event.prevent_default()
        self.log = []
        action = self.element.get_attribute("data-action") or "upload_asset"
        self.pending = self.upload_form(action, event, self.on_progress)
        self.pending.then(self.on_uploaded, self.on_failed)

    def on_progress(self, progress):
        self.log.append(str(progress["percent"]))
        self.element.query_selector(".progress-log").text_content = ",".join(self.log)
        cancel_at = self.element.get_attribute("data-cancel-at")
        if cancel_at and progress["percent"] >= int(cancel_at) and self.pending is not None:
            self.pending.cancel()

    def on_uploaded(self, result):
        v = result.value
        self.element.query_selector(".result").text_content = (
            "ok " + v["title"] + " " + str(v["filename"]) + " " + str(v["size"]) + " " + str(v["sha256"])
            + " " + str(v["extra_count"])
        )

    def on_failed(self, error):
        text = "error " + str(error.status) + " " + error.error
        if error.errors:
            text = text + " " + ",".join(sorted(error.errors.keys()))
        self.element.query_selector(".result").text_content = text
