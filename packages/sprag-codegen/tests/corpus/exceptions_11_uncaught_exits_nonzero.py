# An uncaught exception stops the program with a non-zero exit status.
def fail():
    raise ValueError("uncaught on purpose")


print("before")
fail()
print("never printed")
