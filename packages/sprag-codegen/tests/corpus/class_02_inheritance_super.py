# Inheritance, method overriding and super().
class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} says {self.speak()}"


class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return "Woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

    def describe(self):
        return "Puppy: " + super().describe()


for a in [Animal("generic"), Dog("rex", "lab"), Puppy("bit", "pug")]:
    print(a.describe())
p = Puppy("bit", "pug")
print(p.breed, p.name)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(Dog("a", "b"), Puppy))
