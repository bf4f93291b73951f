# @staticmethod and @classmethod, including alternate constructors.
class Date:
    count = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1

    @classmethod
    def from_string(cls, text):
        y, m, d = text.split("-")
        return cls(int(y), int(m), int(d))

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def iso(self):
        return f"{self.y:04d}-{self.m:02d}-{self.d:02d}"


class Birthday(Date):
    def iso(self):
        return "birthday " + super().iso()


d = Date.from_string("2024-2-9")
print(d.iso())
b = Birthday.from_string("1999-12-31")
print(b.iso(), isinstance(b, Birthday), isinstance(d, Birthday))
print(Date.is_leap(2000), Date.is_leap(1900), d.is_leap(2024))
print(Date.count)
