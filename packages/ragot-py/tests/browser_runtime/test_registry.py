"""registry: provide/resolve/require, waitFor resolves on provide and rejects on timeout."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_wait_for_resolves_when_the_key_is_provided_later(ragot):
    result = ragot(
        """
  const waiting = R.registry.waitFor("api");
  setTimeout(() => R.registry.provide("api", { url: "/x" }), 20);
  return (await waiting).url;
"""
    )
    assert result == "/x"


def test_wait_for_rejects_after_its_timeout(ragot):
    result = ragot(
        """
  try { await R.registry.waitFor("never", { timeout: 30 }); return "resolved"; }
  catch (e) { return e.message; }
"""
    )
    assert "never" in result and "30 ms" in result


def test_provided_values_go_away_with_their_owner(ragot):
    result = ragot(
        """
  const m = new R.Module().start(document.body);
  R.registry.provide("svc", 1, { owner: m });
  const before = R.registry.resolve("svc");
  m.stop();
  let error = null;
  try { R.registry.require("svc"); } catch (e) { error = e.message; }
  return { before, after: R.registry.has("svc"), error };
"""
    )
    assert result["before"] == 1 and result["after"] is False
    assert 'require("svc")' in result["error"]
