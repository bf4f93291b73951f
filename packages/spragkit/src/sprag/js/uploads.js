/**
 * upload_form: send a form's files and fields to an action through the upload endpoint.
 * Shipped only with pages whose browser code calls self.upload_form (the sprag dialect
 * lowers that call to uploadForm from this file).
 *
 * 1. plan: the declared sizes and the non-file fields are checked first (413 / 400 before
 *    any file byte is sent); files over the server's threshold get a resumable upload id;
 * 2. each resumable file goes in chunks (PUT with X-Upload-Offset); when a chunk fails on the
 *    network, the browser asks the server for its offset (GET) and continues from there;
 * 3. the multipart request with the fields, the smaller files and the resumable ids runs the
 *    action. Progress is reported as {loaded, total, percent} (never going back).
 * @module sprag/uploads
 */
import { ActionError } from "./actions.js";
import { parseTyped, payload, stringify } from "./payload.js";

const BASE = "/__sprag__/uploads";
const RETRIES = 8;

function send(xhrs, method, url, body, headers, onUp) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhrs.add(xhr);
    xhr.open(method, url);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    if (onUp) xhr.upload.onprogress = (e) => onUp(e.loaded, e.total);
    const done = (fn) => () => {
      xhrs.delete(xhr);
      fn();
    };
    xhr.onload = done(() => {
      let parsed = null;
      try {
        parsed = parseTyped(xhr.responseText);
      } catch (_) {
        parsed = null;
      }
      resolve({ status: xhr.status, body: parsed });
    });
    xhr.onerror = done(() => reject(Object.assign(new ActionError(0, { error: "network error" }), { network: true })));
    xhr.onabort = done(() => reject(Object.assign(new ActionError(0, { error: "Upload cancelled" }), { cancelled: true })));
    xhr.send(body);
  });
}

function formOf(event) {
  if (event instanceof HTMLFormElement) return event;
  const target = event && (event.currentTarget instanceof HTMLFormElement ? event.currentTarget : event.target);
  const form = target && (target instanceof HTMLFormElement ? target : target.closest && target.closest("form"));
  if (!form) throw new Error("upload_form needs the submit event of a <form> (or the form)");
  return form;
}

/**
 * Upload the form of `event` to action `name`; resolves to {ok, value, redirect}.
 * @param {string} name
 * @param {Event|HTMLFormElement} event
 * @param {Function} [onProgress] called with {loaded, total, percent}
 * @returns {Promise<object> & {cancel: Function}}
 */
export function uploadForm(name, event, onProgress) {
  const p = payload();
  const xhrs = new Set();
  const ids = [];
  let cancelled = false;
  const q = (path) =>
    `${BASE}${path}?route=${encodeURIComponent(p.route)}&action=${encodeURIComponent(String(name))}&path=${encodeURIComponent(p.path)}`;
  const headers = (extra) => ({ "X-Sprag-CSRF": p.csrf, ...extra });
  const check = (r) => {
    if (r.status < 200 || r.status >= 300 || !r.body || r.body.ok !== true) throw new ActionError(r.status, r.body);
    return r.body;
  };

  const fields = {};
  const files = [];
  for (const [key, value] of new FormData(formOf(event)).entries()) {
    if (typeof value === "string") {
      if (key in fields) fields[key] = [].concat(fields[key], value);
      else fields[key] = value;
    } else if (value.name || value.size) files.push({ field: key, file: value });
  }
  const total = files.reduce((n, f) => n + f.file.size, 0);
  let shown = -1;
  const report = (loaded) => {
    const value = Math.min(total, Math.max(0, loaded));
    if (!onProgress || value <= shown) return;
    shown = value;
    onProgress({ loaded: value, total, percent: total ? Math.floor((value * 100) / total) : 100 });
  };

  async function resumable(entry, plan, before) {
    const url = `${BASE}/resumable/${plan.id}`;
    const size = entry.file.size;
    let offset = 0;
    let failures = 0;
    while (offset < size) {
      if (cancelled) throw new ActionError(0, { error: "Upload cancelled" });
      try {
        const end = Math.min(size, offset + plan.chunk);
        const start = offset;
        const r = await send(xhrs, "PUT", url, entry.file.slice(start, end),
          headers({ "X-Upload-Offset": String(start), "Content-Type": "application/octet-stream" }),
          (loaded) => report(before + start + loaded));
        if (r.status === 409 && r.body && r.body.errors) offset = Number(r.body.errors.offset) || 0;
        else offset = check(r).value.offset;
        failures = 0;
      } catch (err) {
        if (!err.network || cancelled || ++failures > RETRIES) throw err;
        await new Promise((ok) => setTimeout(ok, Math.min(4000, 100 * 2 ** failures)));
        try {
          offset = check(await send(xhrs, "GET", url, null, headers({}))).value.offset;
        } catch (again) {
          if (!again.network) throw again;
        }
      }
    }
    report(before + size);
  }

  async function run() {
    const described = files.map(({ field, file }) => ({ field, name: file.name, size: file.size, type: file.type }));
    const plan = check(await send(xhrs, "POST", q("/plan"), stringify({ payload: fields, files: described }),
      headers({ "Content-Type": "application/json" }))).value;
    const refs = {};
    const form = new FormData();
    form.append("__sprag_payload", stringify(fields));
    let before = 0;
    const small = [];
    for (let i = 0; i < files.length; i++) {
      const chunked = plan.resumable[i];
      if (chunked) {
        ids.push(chunked.id);
        await resumable(files[i], chunked, before);
        (refs[files[i].field] = refs[files[i].field] || []).push(chunked.id);
        before += files[i].file.size;
      } else small.push(files[i]);
    }
    form.append("__sprag_resumable", JSON.stringify(refs));
    for (const { field, file } of small) form.append(field, file, file.name);
    const rest = total - before;
    const body = check(await send(xhrs, "POST", q(""), form, headers({}),
      (loaded, all) => report(before + (all ? Math.floor((loaded / all) * rest) : 0))));
    ids.length = 0;
    report(total);
    if (body.csrf) p.csrf = body.csrf;
    const redirect = body.redirect;
    if (redirect && redirect.location) {
      if (redirect.replace) location.replace(redirect.location);
      else location.assign(redirect.location);
    }
    return body;
  }

  const promise = run().catch((err) => {
    if (cancelled) err.cancelled = true;
    throw err;
  });
  promise.cancel = () => {
    if (cancelled) return;
    cancelled = true;
    for (const xhr of [...xhrs]) xhr.abort();
    for (const id of ids) {
      fetch(`${BASE}/resumable/${id}`, { method: "DELETE", credentials: "same-origin", keepalive: true,
        headers: headers({}) }).catch(() => {});
    }
  };
  return promise;
}
