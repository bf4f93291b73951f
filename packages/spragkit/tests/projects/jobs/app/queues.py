"""The seed's BuildQueue, verbatim, and test variants that keep its handle_item."""

import os

import gevent

from sprag import QueueService


# -- the seed (sprag-readme.txt, "Background Jobs"), verbatim ---------------------------------
class BuildQueue(QueueService):
    def handle_item(self, item):
        total = 3
        for step in range(total):
            self.check_cancelled()
            self.report_progress(
                current=step + 1,
                total=total,
                message=f"Building {item['label']} ({step + 1}/{total})...",
            )
        return {"label": item["label"]}
# ---------------------------------------------------------------------------------------------


class PacedBuildQueue(BuildQueue):
    """The seed's queue with a pause before each step (JOBS_STEP_DELAY seconds), so a browser
    can watch progress and cancel mid-way; the label "explode" fails with a secret message."""

    step_delay = float(os.environ.get("JOBS_STEP_DELAY", "0"))

    def check_cancelled(self):
        if self.step_delay:
            gevent.sleep(self.step_delay)
        super().check_cancelled()

    def handle_item(self, item):
        if item["label"] == "explode":
            self.report_progress(current=1, total=3, message="about to fail")
            raise RuntimeError("secret-db-password in a stack frame")
        return super().handle_item(item)


class TinyQueue(BuildQueue):
    """One worker and room for one waiting job: the third concurrent enqueue is refused."""

    def check_cancelled(self):
        gevent.sleep(float(os.environ.get("JOBS_TINY_DELAY", "0.2")))
        super().check_cancelled()
