from sprag import Controller, Field, Schema, action


# -- the seed (sprag-readme.txt, "Background Jobs"), verbatim ---------------------------------
class BuildController(Controller):
    route = "/jobs"

    @action(name="start", schema=Schema("start", {"label": Field(str, required=True)}))
    def queue_start(self, label):
        return self.enqueue("build_queue", {"label": label}, label=label)

    @action(schema=Schema("status", {"job_id": Field(str, required=True)}))
    def status(self, job_id):
        return self.job_status("build_queue", job_id)

    @action(schema=Schema("cancel", {"job_id": Field(str, required=True)}))
    def cancel(self, job_id):
        return self.request_job_cancel("build_queue", job_id)
# ---------------------------------------------------------------------------------------------
