# isdigit, isalpha, isalnum, isspace, isupper, islower, isnumeric, isdecimal.
samples = ["123", "abc", "abc123", "   ", "", "ABC", "Abc", "12.5", "-1", "\t\n"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower())
print("Hello World".istitle(), "hello".istitle())
print("123".isnumeric(), "123".isdecimal())
