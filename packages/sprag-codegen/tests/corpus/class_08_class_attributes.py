# Class attributes are shared; instance assignment shadows them.
class Config:
    debug = False
    plugins = []
    version = 1

    def enable(self):
        self.debug = True


a = Config()
b = Config()
a.enable()
print(a.debug, b.debug, Config.debug)
a.plugins.append("x")
print(b.plugins, Config.plugins)
Config.version = 2
print(a.version, b.version)
b.version = 3
print(a.version, b.version, Config.version)


class Sub(Config):
    version = 10


print(Sub.version, Sub().debug, Sub.plugins)
class Config:
    name = "default"
    length = 3
    proto = "p"
    def describe(self):
        return f"{self.name}/{self.length}/{self.proto}"
c = Config()
print(Config.name, Config.length, c.describe(), Config.__name__)
c.name = "mine"
print(c.name, Config.name, c.describe())
