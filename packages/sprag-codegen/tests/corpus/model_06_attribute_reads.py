# attribute reads on various receivers
class A:
    x = 1
    def __init__(self):
        self.y = 2
    def m(self):
        return self.z if hasattr(self, "z") else "no z"
a = A()
print(a.x, a.y, a.m())
a.z = 3
print(a.m(), A.x)
objs = [a, "s", 5, None, [1], {"k": 1}]
for o in objs:
    try:
        print(o.y)
    except AttributeError as e:
        print("AE:", e)
class B(A):
    def __init__(self):
        super().__init__()
        self.w = self.y * 10
b = B()
print(b.w, b.x, getattr(b, "q", "dflt"))
try:
    print(b.q)
except AttributeError as e:
    print("AE:", e)
def f():
    pass
f.tag = "t"
print(f.tag)
try:
    print(f.other)
except AttributeError as e:
    print("AE:", e)
class C:
    def __init__(self, flag):
        if flag:
            self.maybe = 1
    def read(self):
        return self.maybe
print(C(True).read())
try:
    C(False).read()
except AttributeError as e:
    print("AE:", e)
class P:
    @property
    def val(self):
        return self._v
    @val.setter
    def val(self, v):
        self._v = v
p = P()
try:
    p.val
except AttributeError as e:
    print("AE:", e)
p.val = 4
print(p.val)
class Session:
    def __init__(self):
        self.token = "abc"
    def logout(self):
        del self.token
    def show(self):
        try:
            return self.token
        except AttributeError as e:
            return f"AE: {e}"
s = Session()
print(s.show())
s.logout()
print(s.show())
