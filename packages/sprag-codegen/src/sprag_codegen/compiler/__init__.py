"""The compiler passes: parse -> scopes -> types -> check -> emit -> link (private API)."""
