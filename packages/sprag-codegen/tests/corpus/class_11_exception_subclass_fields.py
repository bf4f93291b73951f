# Exception subclasses with extra fields and custom __str__.
class HttpError(Exception):
    def __init__(self, status, reason):
        super().__init__(status, reason)
        self.status = status
        self.reason = reason

    def __str__(self):
        return f"{self.status} {self.reason}"


class NotFoundError(HttpError):
    def __init__(self, path):
        super().__init__(404, "Not Found")
        self.path = path


try:
    raise NotFoundError("/missing")
except HttpError as e:
    print("caught:", e)
    print(e.status, e.reason, e.path)
    print(e.args)
    print(isinstance(e, NotFoundError), isinstance(e, Exception))
