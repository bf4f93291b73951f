# Fixed-point precision, including rounding of halves in formatting.
pi = 3.14159265
print(f"{pi:.2f}")
print(f"{pi:.0f}")
print(f"{2.5:.0f}")
print(f"{0.125:.2f}")
print(f"{-1.5:.1f}")
print(f"{10:.3f}")
print(f"{1e16:.1f}")
print(f"{pi:10.3f}|")
print(f"{pi:<10.3f}|")
print(f"{-0.001:.2f}")
print(f"{pi:.3}")
print(f"{1234.5:.2}")
