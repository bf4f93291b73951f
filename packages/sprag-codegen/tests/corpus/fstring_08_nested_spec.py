# Format specs that are themselves computed.
width = 8
prec = 3
value = 2.718281828
print(f"[{value:{width}.{prec}f}]")
print(f"[{'x':>{width}}]")
for w in [3, 5]:
    print(f"[{w:0{w}d}]")
align = "^"
print(f"[{'mid':{align}{width}}]")
fill = "-"
print(f"[{'ab':{fill}<6}]")
