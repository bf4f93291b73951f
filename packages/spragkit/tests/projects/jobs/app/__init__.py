from sprag import App

from .queues import PacedBuildQueue, TinyQueue

app = App(providers={
    "build_queue": PacedBuildQueue("build_queue", worker_count=2),
    "tiny_queue": TinyQueue("tiny_queue", worker_count=1, maxsize=1),
})
