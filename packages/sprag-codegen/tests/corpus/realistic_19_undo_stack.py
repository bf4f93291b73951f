class Command:
    def do(self, doc):
        raise NotImplementedError

    def undo(self, doc):
        raise NotImplementedError


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def do(self, doc):
        doc.text = doc.text[:self.pos] + self.text + doc.text[self.pos:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.text):]

    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"


class Delete(Command):
    def __init__(self, pos, count):
        self.pos, self.count = pos, count
        self.removed = None

    def do(self, doc):
        self.removed = doc.text[self.pos:self.pos + self.count]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.count:]

    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self.removed + doc.text[self.pos:]

    def __repr__(self):
        return f"Delete({self.pos}, {self.count})"


class Document:
    def __init__(self):
        self.text = ""
        self.done, self.undone = [], []

    def run(self, cmd):
        cmd.do(self)
        self.done.append(cmd)
        self.undone.clear()

    def undo(self):
        if not self.done:
            return False
        cmd = self.done.pop()
        cmd.undo(self)
        self.undone.append(cmd)
        return True

    def redo(self):
        if not self.undone:
            return False
        cmd = self.undone.pop()
        cmd.do(self)
        self.done.append(cmd)
        return True


doc = Document()
for cmd in [Insert(0, "hello"), Insert(5, " world"), Delete(0, 1), Insert(0, "J")]:
    doc.run(cmd)
    print(f"{cmd!r:<22} -> {doc.text!r}")
while doc.undo():
    print("undo ->", repr(doc.text))
doc.redo(); doc.redo()
print("redo x2 ->", repr(doc.text), doc.done, doc.undone)
doc.run(Delete(0, 3))
print(doc.text, doc.redo(), len(doc.undone))
try:
    Command().do(doc)
except NotImplementedError:
    print("abstract")
