class C:
    def m(self, a, b=1): pass
    @classmethod
    def c(cls, a): pass
    @staticmethod
    def s(a): pass
for f in (lambda: C().m(1,2,3), lambda: C.c(1,2), lambda: C.s(1,2), lambda: C(1)):
    try: f()
    except TypeError as e: print(e)
