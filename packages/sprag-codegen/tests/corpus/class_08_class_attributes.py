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
