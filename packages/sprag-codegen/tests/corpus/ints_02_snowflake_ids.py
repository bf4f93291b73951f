# Snowflake-style IDs: 41-bit ms timestamp, 10-bit worker, 12-bit sequence in one 63-bit int.
EPOCH_MS = 1288834974657


def make_id(ts_ms, worker, seq):
    return ((ts_ms - EPOCH_MS) << 22) | (worker << 12) | seq


def parse_id(snowflake):
    ts = (snowflake >> 22) + EPOCH_MS
    worker = (snowflake >> 12) & 0x3FF
    seq = snowflake & 0xFFF
    return ts, worker, seq


ids = []
for i, (ts, worker) in enumerate([(1700000000000, 1), (1700000000000, 2), (1699999999999, 7), (1700000000123, 1023)]):
    ids.append(make_id(ts, worker, i * 1000 % 4096))
for sid in ids:
    print(sid, hex(sid), parse_id(sid), len(bin(sid)) - 2)
print("sorted:", sorted(ids))
print("newest:", max(ids), "oldest:", min(ids))
print("as strings:", sorted(str(s) for s in ids))
print("round trip:", all(make_id(*parse_id(s)) == s for s in ids))
print("json-ish:", {str(s): parse_id(s)[1] for s in ids})
