# Text statistics: word counts, longest words, averages, line summary.
TEXT = """The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
A fox, a dog, and THE end."""


def words_of(text):
    cleaned = ""
    for ch in text.lower():
        cleaned += ch if ch.isalpha() or ch.isspace() else " "
    return cleaned.split()


def stats(text):
    words = words_of(text)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    longest = max(words, key=len)
    avg = sum(len(w) for w in words) / len(words)
    return {
        "lines": len(text.splitlines()),
        "words": len(words),
        "unique": len(counts),
        "top": top,
        "longest": longest,
        "avg_len": round(avg, 3),
    }


for key, value in stats(TEXT).items():
    print(f"{key:>8}: {value}")
print(f"{'ratio':>8}: {stats(TEXT)['unique'] / stats(TEXT)['words']:.1%}")
