def collatz(n):
    steps, peak = 0, n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        steps += 1
    return steps, peak


for start in [27, 97, 871, 77031, 837799, 2**53 - 1, 2**64 + 1, 10**25 + 7]:
    steps, peak = collatz(start)
    print(f"{start:>27} steps={steps:<5} peak={peak} ratio={peak / start:.3e}")
