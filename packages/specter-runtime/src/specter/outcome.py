"""Structured results: :class:`Outcome`, and :class:`Operation` (validate + perform)."""

from __future__ import annotations

from typing import Any, Dict, Mapping, Optional

from .http import HTTPError

__all__ = ["Outcome", "Operation", "OperationError"]


class OperationError(HTTPError):
    """A failure an :class:`Operation` reports on purpose; ``run()`` turns it into a failure."""


class Outcome:
    """The result of an operation: ``ok``, ``value``, ``error``, ``status`` and ``meta``."""

    __slots__ = ("ok", "value", "error", "status", "meta")

    def __init__(
        self,
        ok: bool,
        value: Any = None,
        error: Optional[str] = None,
        status: Optional[int] = None,
        meta: Optional[Mapping[str, Any]] = None,
    ) -> None:
        self.ok = bool(ok)
        self.value = value
        self.error = error
        self.status = status if status is not None else (200 if ok else 400)
        self.meta: Dict[str, Any] = dict(meta or {})

    @classmethod
    def success(cls, value: Any = None, status: int = 200, **meta: Any) -> Outcome:
        """A successful outcome carrying ``value``."""
        return cls(True, value=value, status=status, meta=meta)

    @classmethod
    def failure(cls, error: str, status: int = 400, **meta: Any) -> Outcome:
        """A failed outcome; ``meta`` (e.g. ``errors={field: msg}``) goes into the envelope."""
        return cls(False, error=str(error), status=status, meta=meta)

    def unwrap(self) -> Any:
        """Return the value, or raise :class:`OperationError` (an HTTPError) for a failure."""
        if self.ok:
            return self.value
        raise OperationError(self.error or "Operation failed", self.status, self.meta)

    def to_dict(self) -> Dict[str, Any]:
        """JSON shape: ``{"ok": true, "value": v}`` or ``{"ok": false, "error": e, **meta}``."""
        if self.ok:
            body = dict(self.meta)
            body.update(ok=True, value=self.value)
            return body
        body = dict(self.meta)
        body.update(ok=False, error=self.error)
        return body

    def __bool__(self) -> bool:
        return self.ok

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Outcome):
            return NotImplemented
        return (self.ok, self.value, self.error, self.status, self.meta) == (
            other.ok,
            other.value,
            other.error,
            other.status,
            other.meta,
        )

    def __repr__(self) -> str:
        if self.ok:
            return f"Outcome.success({self.value!r}, status={self.status})"
        return f"Outcome.failure({self.error!r}, status={self.status})"


class Operation:
    """A reusable action: ``validate(payload)`` then ``perform(clean)``; ``run()`` -> Outcome.

    Set ``schema`` (a :class:`~specter.Schema`) to validate with it, or override ``validate``.
    Raise :class:`OperationError` (or any HTTPError) from either step to fail with a message;
    other exceptions propagate, so bugs are never reported as ordinary failures.
    """

    schema: Any = None

    def validate(self, payload: Any) -> Any:
        """Return the clean payload or raise OperationError/HTTPError."""
        if self.schema is not None:
            return self.schema.require(payload)
        return payload

    def perform(self, payload: Any) -> Any:
        """Do the work; the return value becomes ``Outcome.value`` (or is returned if an Outcome)."""
        raise NotImplementedError(f"{type(self).__name__} must implement perform(payload)")

    def run(self, *args: Any, **kwargs: Any) -> Outcome:
        """Validate and perform; an OperationError/HTTPError becomes ``Outcome.failure``.

        ``run(payload)``: ``perform(validate(payload))``. Any other call form (the
        specter-runtime 0.1.x ``run(*args, **kwargs)``) calls ``validate(*args, **kwargs)``
        then ``perform(*args, **kwargs)``. In both forms a ``validate`` that returns None (it
        only raises) leaves the arguments as they were, and one that returns a failed
        :class:`Outcome` stops there.
        """
        single = len(args) <= 1 and (not kwargs or (not args and set(kwargs) == {"payload"}))
        try:
            if single:
                payload = args[0] if args else kwargs.get("payload")
                clean = self.validate(payload)
                if isinstance(clean, Outcome) and not clean.ok:
                    return clean
                result = self.perform(payload if clean is None else clean)
            else:
                overridden = type(self).validate is not Operation.validate
                if not overridden and self.schema is not None:
                    raise TypeError(
                        f"{type(self).__name__}.run(): an Operation with a schema takes one "
                        "payload dict, e.g. run({'a': 6, 'b': 3})"
                    )
                checked = self.validate(*args, **kwargs) if overridden else None
                if isinstance(checked, Outcome) and not checked.ok:
                    return checked
                result = self.perform(*args, **kwargs)
        except HTTPError as exc:
            return Outcome.failure(exc.message, exc.status, **exc.payload)
        if isinstance(result, Outcome):
            return result
        return Outcome.success(result)

    def __call__(self, *args: Any, **kwargs: Any) -> Outcome:
        return self.run(*args, **kwargs)
