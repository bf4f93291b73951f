# The # flag keeps the decimal point for f and g presentations.
print(f"{3.0:#.0f}", f"{2.5:#.0f}", f"{-7:#.0f}", f"{0:#.0f}")
print(f"{123456.789:#g}", f"{1.0:#g}", f"{100:#.3g}")
print(f"{255:#x}", f"{8:#o}", f"{5:#b}")
