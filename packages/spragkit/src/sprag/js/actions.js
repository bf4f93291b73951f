/**
 * call_action: POST {route, action, payload, path} to the action endpoint with the session's
 * CSRF header; resolves to {ok, value, redirect} or rejects with an ActionError.
 * @module sprag/actions
 */
import { toPlain } from "ragot/plain.js";
import { parseTyped, payload, stringify } from "./payload.js";

/** A rejected action: `status`, `error` (message) and `errors` ({field: message}). */
export class ActionError extends Error {
  constructor(status, body) {
    super((body && body.error) || `action failed with HTTP ${status}`);
    this.status = status;
    this.error = this.message;
    this.errors = (body && body.errors) || {};
    this.ok = false;
  }
}

/**
 * Call action `name` of the current route.
 * @param {string} name
 * @param {object} [data]
 * @returns {Promise<{ok: boolean, value: any, redirect: object | null}>}
 */
export async function callAction(name, data) {
  const p = payload();
  //#if @static
  if (p.static) {
    // `sprag build static`: there is no server to run the action (and no session token).
    const message = "actions need the server; this is a static export";
    console.error(`${message} (action ${String(name)} of ${p.route})`);
    throw new ActionError(0, { error: message });
  }
  //#endif
  const response = await fetch(p.actions, {
    method: "POST",
    credentials: "same-origin",
    headers: {
      "Content-Type": "application/json",
      "X-Sprag-CSRF": p.csrf,
      //#if clientId
      ...(p.client && { "X-Sprag-Client": p.client }), // this tab's socket: self.request.client_id
      //#endif
    },
    body: stringify({ route: p.route, action: String(name), payload: toPlain(data) || {}, path: p.path }),
  });
  let body = null;
  try {
    body = parseTyped(await response.text());
  } catch (_) {
    body = null;
  }
  if (!response.ok || !body || body.ok !== true) throw new ActionError(response.status, body);
  if (body.csrf) p.csrf = body.csrf; // a new token after login/logout
  const redirect = body.redirect;
  if (redirect && redirect.location) {
    if (redirect.replace) location.replace(redirect.location);
    else location.assign(redirect.location);
  }
  return body;
}
