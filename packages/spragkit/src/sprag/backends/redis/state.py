"""Redis implementations of the small shared stores: sessions, failed sign-ins (login
throttling) and resumable upload offsets.

While Redis is unreachable they degrade instead of failing the request: a session reads as
absent (the visitor is anonymous for that request), a failure is not counted, an upload
offset cannot move (the browser retries). :class:`~.client.RedisLink` logs the outage once.
"""

from __future__ import annotations

import json
import math
import secrets
import time
from dataclasses import asdict
from typing import Any, Dict, List, Optional, Tuple

from ..sessions import Session, SessionPolicy, SessionStore, new_session
from ..uploads import UploadRecord
from .client import RedisLink

__all__ = ["RedisSessionStore", "RedisAttemptStore", "RedisUploadOffsets"]


#: A session's ``touched`` time is written back at most this often (seconds).
_TOUCH_EVERY = 60


def _ttl(seconds: float) -> int:
    return max(1, int(math.ceil(seconds)))


class RedisSessionStore(SessionStore):
    """Sessions as JSON strings under ``<prefix>:session:<id>``, expiring with the policy.

    A loaded session remembers the JSON it was read as; :meth:`flush` (called when the
    request ends) writes it back only when its data changed, and refreshes its expiry.
    """

    def __init__(self, link: RedisLink, policy: Optional[SessionPolicy] = None,
                 max_ttl_seconds: int = 2592000) -> None:
        self.link = link
        #: Sets the keys' expiry (the App passes its policy; ``load`` remembers the last one).
        self.policy = policy
        self.max_ttl_seconds = max_ttl_seconds

    def _key(self, sid: str) -> str:
        return self.link.key("session", sid)

    @property
    def available(self) -> bool:
        """False while Redis is unreachable (new sessions cannot be stored then)."""
        return not self.link.down

    @staticmethod
    def _dump(session: Session) -> str:
        return json.dumps({"data": session.data, "created": session.created, "touched": session.touched},
                          separators=(",", ":"), default=str)

    def load(self, sid: str, policy: SessionPolicy) -> Optional[Session]:
        if not isinstance(sid, str) or len(sid) > 200:
            return None
        raw = self.link.call(lambda r: r.get(self._key(sid)), None)
        if raw is None:
            return None
        try:
            stored = json.loads(raw)
            session = Session(sid, dict(stored["data"]), float(stored["created"]), float(stored["touched"]))
        except (ValueError, KeyError, TypeError):
            return None
        now = time.time()
        if policy.expired(session, now):
            self.delete(sid)
            return None
        self.policy = policy
        session.stored = json.dumps(session.data, sort_keys=True, default=str)
        if now - session.touched > _TOUCH_EVERY:
            session.touched = now  # the idle lifetime slides; written at most once a minute
            self.save(session)
        else:
            session.touched = now
        return session

    def create(self) -> Session:
        session = new_session()
        self.save(session)
        return session

    def _ttl_of(self, session: Session) -> int:
        policy = self.policy
        if policy is None:
            return self.max_ttl_seconds
        if session.data.get("_remember"):
            return _ttl(policy.remember_me_ttl_seconds)
        return _ttl(min(policy.idle_ttl_seconds, policy.absolute_ttl_seconds))

    def save(self, session: Session) -> None:
        ttl = self._ttl_of(session) + _TOUCH_EVERY
        self.link.call(lambda r: r.set(self._key(session.id), self._dump(session), ex=ttl), None)
        session.stored = json.dumps(session.data, sort_keys=True, default=str)

    def flush(self, session: Session) -> None:
        """Write ``session`` back if its data changed since it was loaded or saved."""
        now = json.dumps(session.data, sort_keys=True, default=str)
        if session.stored != now:
            self.save(session)

    def delete(self, sid: str) -> None:
        self.link.call(lambda r: r.delete(self._key(sid)), None)

    def __len__(self) -> int:
        pattern = self.link.key("session", "*")
        return self.link.call(lambda r: sum(1 for _ in r.scan_iter(match=pattern, count=500)), 0)


class RedisAttemptStore:
    """Failed sign-ins as one sorted set per key (scores: failure times), expiring with the window."""

    def __init__(self, link: RedisLink) -> None:
        self.link = link

    def _key(self, key: str) -> str:
        return self.link.key("attempts", key)

    def failures(self, key: str, window: float) -> Tuple[int, float]:
        now = time.time()
        rkey = self._key(key)

        def read(r: Any) -> Tuple[int, float]:
            pipe = r.pipeline()
            pipe.zremrangebyscore(rkey, "-inf", now - window)
            pipe.zrange(rkey, 0, 0, withscores=True)
            pipe.zcard(rkey)
            _, oldest, count = pipe.execute()
            if not count:
                return 0, 0.0
            return int(count), max(0.0, window - (now - float(oldest[0][1])))

        return self.link.call(read, (0, 0.0))

    def record(self, key: str, window: float) -> None:
        now = time.time()
        rkey = self._key(key)

        def write(r: Any) -> None:
            pipe = r.pipeline()
            pipe.zadd(rkey, {f"{now:.6f}:{secrets.token_hex(4)}": now})
            pipe.zremrangebyscore(rkey, "-inf", now - window)
            pipe.expire(rkey, _ttl(window))
            pipe.execute()

        self.link.call(write, None)

    def clear(self, key: str) -> None:
        self.link.call(lambda r: r.delete(self._key(key)), None)


# compare-and-set of an upload's offset: KEYS[1] record hash, KEYS[2] touched index;
# ARGV expected, new offset, now, upload id
_ADVANCE = """
local current = redis.call('HGET', KEYS[1], 'offset')
if current == false or tonumber(current) ~= tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'offset', ARGV[2], 'touched', ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[4])
return 1
"""

_INT_FIELDS = ("size", "offset")
_FLOAT_FIELDS = ("created", "touched")


class RedisUploadOffsets:
    """Resumable upload records as hashes, with a sorted set of ids by last touch."""

    def __init__(self, link: RedisLink) -> None:
        self.link = link
        self._advance: Any = None

    def _key(self, upload_id: str) -> str:
        return self.link.key("upload", upload_id)

    @property
    def _index(self) -> str:
        return self.link.key("uploads", "touched")

    def create(self, record: UploadRecord) -> None:
        fields = {k: str(v) for k, v in asdict(record).items()}

        def write(r: Any) -> None:
            pipe = r.pipeline()
            pipe.hset(self._key(record.id), mapping=fields)
            pipe.zadd(self._index, {record.id: record.touched})
            pipe.execute()

        self.link.call(write)

    @staticmethod
    def _record(raw: Dict[str, str]) -> Optional[UploadRecord]:
        if not raw:
            return None
        values: Dict[str, Any] = dict(raw)
        try:
            for name in _INT_FIELDS:
                values[name] = int(values[name])
            for name in _FLOAT_FIELDS:
                values[name] = float(values[name])
            return UploadRecord(**values)
        except (KeyError, TypeError, ValueError):
            return None

    def get(self, upload_id: str) -> Optional[UploadRecord]:
        return self._record(self.link.call(lambda r: r.hgetall(self._key(upload_id)), {}))

    def advance(self, upload_id: str, expected: int, offset: int) -> bool:
        def run(r: Any) -> bool:
            if self._advance is None:
                self._advance = r.register_script(_ADVANCE)
            return bool(self._advance(keys=[self._key(upload_id), self._index],
                                      args=[expected, offset, repr(time.time()), upload_id], client=r))

        return self.link.call(run, False)

    def delete(self, upload_id: str) -> Optional[UploadRecord]:
        def run(r: Any) -> Dict[str, str]:
            pipe = r.pipeline()
            pipe.hgetall(self._key(upload_id))
            pipe.delete(self._key(upload_id))
            pipe.zrem(self._index, upload_id)
            return pipe.execute()[0]

        return self._record(self.link.call(run, {}))

    def expired(self, untouched_since: float) -> List[UploadRecord]:
        ids = self.link.call(lambda r: r.zrangebyscore(self._index, "-inf", f"({untouched_since}"), [])
        found = []
        for upload_id in ids:
            record = self.get(upload_id)
            if record is None:
                self.link.call(lambda r, i=upload_id: r.zrem(self._index, i), None)
            else:
                found.append(record)
        return found
