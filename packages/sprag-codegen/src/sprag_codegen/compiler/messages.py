"""The catalogue of diagnostics: code -> (message template, hint template)."""

from __future__ import annotations

from typing import Dict, Tuple

__all__ = ["MESSAGES", "render"]

MESSAGES: Dict[str, Tuple[str, str]] = {
    "SC001": ("invalid Python syntax: {detail}", "fix the syntax error; the file must parse with CPython"),
    "SC101": ("'{construct}' statements are not supported in browser code", "{hint}"),
    "SC104": ("'del' of a name is not supported in browser code",
              "assign None instead, or delete an item (del d[key]) or attribute"),
    "SC105": ("'{name}()' is not available in browser code", "{hint}"),
    "SC106": ("'from {module} import *' is not supported",
              "import the names you use explicitly: from {module} import a, b"),
    "SC107": ("metaclasses are not supported in browser code",
              "use a plain class, a class decorator, or a factory function"),
    "SC108": ("class '{name}' cannot inherit from several bases",
              "use a single base class and composition for the rest"),
    "SC109": ("the special method '{name}' has no JavaScript equivalent",
              "use an explicit method instead; supported specials: {supported}"),
    "SC111": ("'is' compares identity, which differs between Python and JavaScript for this value",
              "use '==' to compare values; 'is' is only supported with None, True and False"),
    "SC112": ("name '{name}' is not defined", "define it, import it, or check the spelling"),
    "SC113": ("import of '{module}' is not allowed in browser code", "{hint}"),
    "SC114": ("module '{module}' is not available in browser code",
              "browser code may import: {allowed}; move this logic to the server"),
    "SC115": ("'{module}' has no name '{name}' in browser code", "available names: {allowed}"),
    "SC116": ("'{construct}' is not supported in browser code", "{hint}"),
    "SC117": ("'{name}.{attr}' is not available in browser code", "available: {allowed}"),
    "SC118": ("a class deriving from a runtime base must call super().__init__(...) before using self",
              "make super().__init__(...) the first statement of __init__"),
    "SC119": ("complex numbers are not supported in browser code", "use two floats"),
    "SC120": ("bytes are not supported in browser code", "use str"),
    "SC121": ("{message}", "{hint}"),
    "SC122": ("the builtin '{name}' is not supported in browser code", "{hint}"),
    "SC123": ("decorator '{name}' is not supported here",
              "use a plain function decorator defined in this module, @property, @staticmethod or @classmethod"),
    "SC999": ("internal compiler error while compiling this statement: {detail}",
              "please report this with the statement; rewriting it differently may avoid it"),
    "SC124": ("walrus target must be a simple name", "assign to a name: (name := value)"),
}


def render(code: str, **fields: object) -> Tuple[str, str]:
    """The message and hint for a diagnostic code, with its fields filled in."""
    message, hint = MESSAGES[code]
    return message.format(**fields), hint.format(**fields)
