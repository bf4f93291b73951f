"""Declarative payload validation and coercion: :class:`Schema` and :class:`Field`.

Coercion table (anything not listed is an error for that field, never a silent guess):

========  =====================================================================
type      accepted input
========  =====================================================================
str       str; int/float (not bool) become their ``str()``
int       int (not bool); integral float (``3.0``); str of an integer (``"42"``)
float     int/float (not bool); str of a finite number (``"2.5"``)
bool      bool; 0/1; str ``true/1/yes/on`` -> True, ``false/0/no/off/""`` -> False
list      list or tuple (becomes a list)
dict      dict
Schema    dict, validated by that nested schema
other     an instance of that type
========  =====================================================================

Missing or None values: a required field reports "required"; an optional one takes its
default (a callable default is called). An empty string on a required non-bool field counts
as missing; on an optional non-str field it takes the default.
"""

from __future__ import annotations

import builtins
import copy
import math
import re
from typing import Any, Callable, Dict, Iterable, Mapping, Optional

from .http import HTTPError
from .outcome import Outcome

__all__ = ["Field", "Schema", "SchemaError"]

_MISSING = object()
_INT_RE = re.compile(r"^[+-]?\d+$")
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off", ""})


class SchemaError(HTTPError):
    """Raised by :meth:`Schema.require`: HTTP 400, payload ``{"errors": {field: message}}``."""

    def __init__(self, message: str, errors: Mapping[str, str], status: int = 400) -> None:
        super().__init__(message, status, {"errors": dict(errors)})
        self.errors: Dict[str, str] = dict(errors)


class _Invalid(Exception):
    pass


def _type_name(kind: Any) -> str:
    if isinstance(kind, Schema):
        return f"object ({kind.name})"
    return {str: "string", int: "integer", float: "number", bool: "boolean", list: "list",
            dict: "object"}.get(kind, getattr(kind, "__name__", str(kind)))


def _coerce(kind: Any, value: Any) -> Any:
    if isinstance(kind, Schema):
        if not isinstance(value, Mapping):
            raise _Invalid("must be an object")
        outcome = kind.validate(value)
        if not outcome.ok:
            errors = outcome.meta.get("errors", {})
            raise _Invalid("; ".join(f"{k}: {v}" for k, v in errors.items()) or outcome.error)
        return outcome.value
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str):
            text = value.strip().lower()
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
        raise _Invalid("must be a boolean (true/false, yes/no, on/off, 1/0)")
    if kind is int:
        if isinstance(value, bool):
            raise _Invalid("must be an integer, not a boolean")
        if isinstance(value, int):
            return value
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INT_RE.match(value.strip()):
            return int(value.strip())
        raise _Invalid("must be an integer")
    if kind is float:
        if isinstance(value, bool):
            raise _Invalid("must be a number, not a boolean")
        if isinstance(value, (int, float)):
            result = float(value)
        elif isinstance(value, str):
            try:
                result = float(value.strip())
            except ValueError:
                raise _Invalid("must be a number") from None
        else:
            raise _Invalid("must be a number")
        if not math.isfinite(result):
            raise _Invalid("must be a finite number")
        return result
    if kind is str:
        if isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        raise _Invalid("must be a string")
    if kind is list:
        if isinstance(value, (list, tuple)):
            return list(value)
        raise _Invalid("must be a list")
    if kind is dict:
        if isinstance(value, dict):
            return value
        raise _Invalid("must be an object")
    if isinstance(kind, type):
        if isinstance(value, kind):
            return value
        raise _Invalid(f"must be a {_type_name(kind)}")
    raise TypeError(f"Field type must be a type or a Schema, got {kind!r}")


class Field:
    """One field of a :class:`Schema`: type, requiredness, default, choices, bounds, validator.

    ``min``/``max`` bound numbers by value and strings/lists by length. ``validator(value)``
    may return None/True (valid), False ("is invalid"), a str (the error message), or raise
    ValueError(message).
    """

    def __init__(
        self,
        type: Any = str,  # noqa: A002 - the public keyword is `type`
        *,
        required: bool = False,
        default: Any = None,
        choices: Optional[Iterable[Any]] = None,
        validator: Optional[Callable[[Any], Any]] = None,
        label: Optional[str] = None,
        min: Optional[float] = None,  # noqa: A002
        max: Optional[float] = None,  # noqa: A002
    ) -> None:
        if not (isinstance(type, builtins.type) or isinstance(type, Schema)):
            raise TypeError(f"Field type must be a type or a Schema, got {type!r}")
        self.type = type
        self.required = bool(required)
        self.default = default
        self.choices = list(choices) if choices is not None else None
        self.validator = validator
        self.label = label
        self.min = min
        self.max = max

    def _default(self) -> Any:
        if callable(self.default):
            return self.default()
        return copy.deepcopy(self.default)

    def _bounds(self, value: Any) -> None:
        if self.min is None and self.max is None:
            return
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            measure, unit = value, None
        elif isinstance(value, (str, list, tuple, dict)):
            measure, unit = len(value), ("characters" if isinstance(value, str) else "items")
        else:
            return
        if self.min is not None and measure < self.min:
            raise _Invalid(f"must have at least {self.min} {unit}" if unit
                           else f"must be at least {self.min}")
        if self.max is not None and measure > self.max:
            raise _Invalid(f"must have at most {self.max} {unit}" if unit
                           else f"must be at most {self.max}")

    def clean(self, value: Any) -> Any:
        """Coerce and check one value; returns the clean value or raises an internal error."""
        missing = value is _MISSING or value is None or (value == "" and self.type is not bool
                                                         and (self.required or self.type is not str))
        if missing:
            if self.required:
                raise _Invalid("required")
            return self._default()
        value = _coerce(self.type, value)
        if self.choices is not None and value not in self.choices:
            raise _Invalid("must be one of: " + ", ".join(str(c) for c in self.choices))
        self._bounds(value)
        if self.validator is not None:
            try:
                verdict = self.validator(value)
            except (ValueError, TypeError) as exc:
                raise _Invalid(str(exc) or "is invalid") from None
            if verdict is False:
                raise _Invalid("is invalid")
            if isinstance(verdict, str):
                raise _Invalid(verdict)
        return value

    def describe(self) -> Dict[str, Any]:
        """A JSON-friendly description (used by tooling such as ``sprag routes``)."""
        info: Dict[str, Any] = {"type": _type_name(self.type), "required": self.required}
        for key in ("label", "min", "max", "choices"):
            if getattr(self, key) is not None:
                info[key] = getattr(self, key)
        if self.default is not None and not callable(self.default):
            info["default"] = self.default
        if isinstance(self.type, Schema):
            info["fields"] = self.type.describe()["fields"]
        return info

    def __repr__(self) -> str:
        return f"Field({_type_name(self.type)}, required={self.required})"


class Schema:
    """A named set of fields. ``validate(data) -> Outcome``; ``require(data) -> clean dict``.

    Unknown keys are dropped, or reported as errors when ``strict=True``.
    """

    def __init__(self, name: str, fields: Mapping[str, Field], *, strict: bool = False) -> None:
        if not isinstance(name, str) or not name:
            raise ValueError("Schema needs a non-empty name, e.g. Schema('create', {...})")
        bad = [k for k, f in fields.items() if not isinstance(f, Field)]
        if bad:
            raise TypeError(f"Schema {name!r}: fields {bad} must be Field(...) instances")
        self.name = name
        self.fields: Dict[str, Field] = dict(fields)
        self.strict = bool(strict)

    def _errors_message(self, errors: Mapping[str, str]) -> str:
        detail = "; ".join(f"{k}: {v}" for k, v in errors.items())
        return f"Invalid {self.name}: {detail}"

    def validate(self, data: Any) -> Outcome:
        """Coerce ``data``; success value is the clean dict, failure meta has ``errors``."""
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            errors = {"_": f"expected an object, got {type(data).__name__}"}
            return Outcome.failure(self._errors_message(errors), 400, errors=errors)
        clean: Dict[str, Any] = {}
        errors: Dict[str, str] = {}
        for key, field in self.fields.items():
            try:
                clean[key] = field.clean(data.get(key, _MISSING))
            except _Invalid as exc:
                errors[key] = str(exc)
        if self.strict:
            for key in data:
                if key not in self.fields:
                    errors[str(key)] = "unknown field"
        if errors:
            return Outcome.failure(self._errors_message(errors), 400, errors=errors)
        return Outcome.success(clean)

    def require(self, data: Any) -> Dict[str, Any]:
        """Return the clean dict, or raise :class:`SchemaError` (HTTPError 400) with ``errors``."""
        outcome = self.validate(data)
        if not outcome.ok:
            raise SchemaError(outcome.error or "Invalid input", outcome.meta["errors"])
        return outcome.value

    def describe(self) -> Dict[str, Any]:
        """A JSON-friendly description of the schema and its fields."""
        return {
            "name": self.name,
            "strict": self.strict,
            "fields": {k: f.describe() for k, f in self.fields.items()},
        }

    def __repr__(self) -> str:
        return f"Schema({self.name!r}, fields={list(self.fields)})"
