# raise ... from ... sets __cause__; messages survive.
class ConfigError(Exception):
    pass


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad number: " + text) from e


try:
    parse("abc")
except ConfigError as e:
    print("ConfigError:", e)
    print("cause:", isinstance(e.__cause__, ValueError), e.__cause__)
print(parse("12"))
