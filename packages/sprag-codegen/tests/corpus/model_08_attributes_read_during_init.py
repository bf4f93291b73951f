class Widget:
    def __init__(self, title):
        self.render()
        self.title = title
        self.size = len(title)
    def render(self):
        try:
            print("render", self.title)
        except AttributeError as e:
            print("AttributeError:", e)
class Panel(Widget):
    def __init__(self):
        super().__init__("panel")
        self.extra = self.size * 2
    def render(self):
        try:
            print("panel render", self.extra)
        except AttributeError as e:
            print("AttributeError:", e)
w = Widget("w")
w.render()
p = Panel()
p.render()
