# Custom exception classes with inheritance are caught by base class.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what


class Forbidden(AppError):
    pass


def fetch(key):
    if key == "missing":
        raise NotFound(key)
    if key == "secret":
        raise Forbidden("no access to " + key)
    return key.upper()


for key in ["ok", "missing", "secret"]:
    try:
        print(fetch(key))
    except NotFound as e:
        print("NotFound:", e, e.what)
    except AppError as e:
        print("AppError:", isinstance(e, Forbidden), e)
print(isinstance(NotFound("x"), AppError), isinstance(NotFound("x"), Exception))
print(isinstance(Forbidden("f"), NotFound))
