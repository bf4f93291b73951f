"""The uploads feature: the endpoints behind ``self.upload_form`` in the browser.

Every request passes the one request guard (same origin, CSRF token, and the target action's
``@requires_auth`` requirement: 401/403) before a byte of the body is read.

1. ``POST /__sprag__/uploads/plan?route=&action=`` with ``{"path", "payload", "files":
   [{"field", "name", "size", "type"}]}``: the declared sizes against the limits (413 naming
   the limit), the non-file fields against the action's Schema (400 with field errors), and
   a resumable upload for each file over ``chunk_threshold_bytes``. Nothing is uploaded
   until this passes.
2. ``PUT /__sprag__/uploads/resumable/<id>`` with ``X-Upload-Offset``: one chunk; ``GET``
   answers the offset the server holds (after a dropped connection); ``DELETE`` cancels.
3. ``POST /__sprag__/uploads?route=&action=&path=``: multipart with ``__sprag_payload`` (the
   non-file fields as JSON), ``__sprag_resumable`` (``{field: [ids]}``) and the smaller files,
   streamed to disk under the limits. The action runs with ``self.request.files``; every
   temporary file is removed when it returns unless ``save()`` moved it.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Union

from ..http.actions import ActionEndpoint, ActionTarget, envelope
from ..http.actions import fail as _fail
from ..http.auth import auth_requirement
from ..http.guard import Admitted, GuardRule, Rejection
from ..http.limits import UploadLimits
from ..wire import WireError, from_json
from .files import UploadedFile
from .multipart import UploadRejected, drain, read_multipart
from .resumable import OFFSET_HEADER, Resumables, Sweeper, plan_sizes

if TYPE_CHECKING:  # Flask loads when a request is answered, not in `sprag build`
    from flask import Response

__all__ = ["Uploads", "UPLOAD_PATH"]

log = logging.getLogger("sprag.uploads")

UPLOAD_PATH = "/__sprag__/uploads"
_PLAN_BODY = 1024 * 1024 + 64 * 1024
_PAYLOAD_FIELD = "__sprag_payload"
_RESUMABLE_FIELD = "__sprag_resumable"


def _rejected(exc: UploadRejected) -> Response:
    errors = {"limit": exc.limit} if exc.limit else {}
    return envelope(exc.status, False, error=exc.error, errors=errors)


class Uploads:
    """The ``uploads`` feature (installed by every App)."""

    name = "uploads"

    def __init__(self, actions: ActionEndpoint) -> None:
        self.actions = actions

    def install(self, host: Any) -> None:
        self.guard = host.guard
        self.sessions = host.sessions
        self.limits: UploadLimits = host.config.upload_limits
        self.resumables = Resumables(host.backends.uploads, self.limits.directory, self.limits.resumable_ttl_seconds)
        host.add_service(Sweeper(self.resumables))
        host.add_route(UPLOAD_PATH, self.upload, methods=("POST",), endpoint="sprag_uploads")
        host.add_route(UPLOAD_PATH + "/plan", self.plan, methods=("POST",), endpoint="sprag_uploads_plan")
        host.add_route(UPLOAD_PATH + "/resumable/<upload_id>", self.chunk, methods=("PUT", "GET", "DELETE"),
                       endpoint="sprag_uploads_chunk")

    # -- shared ------------------------------------------------------------------------------

    def _admit(self, route: str, action: str, path: Optional[str], body_limit: Optional[int] = None
               ) -> Union[Tuple[ActionTarget, Admitted, UploadLimits], Response]:
        """Resolve the target action and pass the guard with its auth requirement."""
        from flask import Response

        if not route or not action:
            return _fail(400, "Upload requests name their route and action (?route=...&action=...)")
        target = self.actions.resolve(route, action, path)
        if isinstance(target, Response):
            return target
        need = auth_requirement(target.method)
        rule = GuardRule(body_limit=body_limit, same_origin=True, session="optional", csrf=True,
                         signed_in=need is not None, roles=need[0] if need else (),
                         permissions=need[1] if need else (), label="upload")
        admitted = self.guard.check(rule)
        if isinstance(admitted, Rejection):
            return admitted.response()
        return target, admitted, self.limits.override(target.spec.upload)

    def _owner(self, admitted: Admitted, create: bool) -> Optional[str]:
        session = admitted.session
        if session is None and create:
            session = self.sessions.ensure()
        return None if session is None else session.id

    # -- 1. plan -----------------------------------------------------------------------------

    def plan(self) -> Response:
        from flask import Response, request

        admitted = self._admit(request.args.get("route", ""), request.args.get("action", ""),
                               request.args.get("path"), body_limit=_PLAN_BODY)
        if isinstance(admitted, Response):
            return admitted
        target, passed, limits = admitted
        try:
            body = from_json(passed.body or b"{}")
        except WireError as exc:
            return _fail(400, f"The upload plan has a malformed tag: {exc}")
        except (ValueError, UnicodeDecodeError, RecursionError):
            return _fail(400, "An upload plan is JSON {\"payload\", \"files\"}")
        files = body.get("files") if isinstance(body, dict) else None
        payload = body.get("payload") if isinstance(body, dict) else None
        if not isinstance(files, list) or not isinstance(payload, dict) or not all(
            isinstance(f, dict) and isinstance(f.get("field"), str) and isinstance(f.get("size"), int)
            and f["size"] >= 0 for f in files
        ):
            return _fail(400, "An upload plan is {\"payload\": {...}, \"files\": [{\"field\", \"name\", \"size\", \"type\"}]}")
        too_big = plan_sizes(limits, [(str(f.get("name", "")), f["size"]) for f in files])
        if too_big is not None:
            return _rejected(too_big)
        values = self.actions.validate(target, payload)
        if isinstance(values, Response):
            return values
        plans: List[Any] = []
        owner: Optional[str] = None
        for f in files:
            if f["size"] <= limits.chunk_threshold_bytes:
                plans.append(None)
                continue
            owner = owner or self._owner(passed, create=True)
            record = self.resumables.create(owner, target.surface.path, target.spec.name, f["field"],
                                            str(f.get("name", "")), str(f.get("type", "")), f["size"])
            plans.append({"id": record.id, "chunk": limits.chunk_bytes})
        response = envelope(200, True, value={"resumable": plans})
        self.sessions.write_cookie(response)
        return response

    # -- 2. chunks ---------------------------------------------------------------------------

    def chunk(self, upload_id: str) -> Response:
        from flask import Response, request

        found = self.resumables.offsets.get(upload_id)
        missing = _fail(404, "No such upload (it expired or was cancelled); start it again")
        if found is None:
            return missing
        admitted = self._admit(found.route, found.action, None)
        if isinstance(admitted, Response):
            return admitted
        owner = self._owner(admitted[1], create=False)
        record = self.resumables.get(upload_id, owner) if owner else None
        if record is None:
            return missing
        if request.method == "GET":
            return envelope(200, True, value={"offset": record.offset, "size": record.size})
        if request.method == "DELETE":
            self.resumables.remove(record)
            return envelope(200, True, value={"cancelled": True})
        try:
            offset = int(request.headers.get(OFFSET_HEADER, ""))
        except ValueError:
            return _fail(400, f"A chunk states where it starts in the {OFFSET_HEADER} header")
        try:
            new_offset = self.resumables.append(record, offset, request.stream, request.content_length)
        except UploadRejected as exc:
            response = _rejected(exc)
            if exc.status == 409:
                current = self.resumables.offsets.get(upload_id)
                response = envelope(409, False, error=exc.error, errors={"offset": str(current.offset if current else 0)})
                response.headers[OFFSET_HEADER] = str(current.offset if current else 0)
            return response
        return envelope(200, True, value={"offset": new_offset, "size": record.size})

    # -- 3. the upload -----------------------------------------------------------------------

    def upload(self) -> Response:
        from flask import Response, request

        admitted = self._admit(request.args.get("route", ""), request.args.get("action", ""),
                               request.args.get("path"))
        if isinstance(admitted, Response):
            return admitted
        target, passed, limits = admitted
        try:
            parsed = read_multipart(request.stream, request.content_type or "", request.content_length, limits)
        except UploadRejected as exc:
            if exc.status == 413:
                drain(request.stream, limits.max_request_bytes)
            return _rejected(exc)
        files = parsed.files
        taken: List[UploadedFile] = []
        try:
            payload = self._payload(parsed.fields)
            if isinstance(payload, Response):
                return payload
            problem = self._take_resumables(parsed.fields, passed, target, files, taken)
            if problem is not None:
                return problem
            values = self.actions.validate(target, payload)
            if isinstance(values, Response):
                return values
            response = self.actions.invoke(target, values, passed.session, files=files)
            self.sessions.write_cookie(response)
            return response
        finally:
            parsed.discard()
            for f in taken:
                f.discard()

    def _payload(self, fields: Dict[str, List[str]]) -> Union[Dict[str, Any], Response]:
        raw = fields.pop(_PAYLOAD_FIELD, None)
        if raw:
            try:
                payload = from_json(raw[0])
            except WireError as exc:
                return _fail(400, f"The {_PAYLOAD_FIELD} field has a malformed tag: {exc}")
            except (ValueError, RecursionError):
                return _fail(400, f"The {_PAYLOAD_FIELD} field is not JSON")
            if not isinstance(payload, dict):
                return _fail(400, f"The {_PAYLOAD_FIELD} field must be a JSON object")
            return payload
        plain = {k: v for k, v in fields.items() if k != _RESUMABLE_FIELD}
        return {k: v[0] if len(v) == 1 else v for k, v in plain.items()}

    def _take_resumables(self, fields: Dict[str, List[str]], passed: Admitted, target: ActionTarget,
                         files: Dict[str, List[UploadedFile]], taken: List[UploadedFile]) -> Optional[Response]:
        raw = fields.pop(_RESUMABLE_FIELD, None)
        if not raw:
            return None
        try:
            refs = json.loads(raw[0])
        except ValueError:
            refs = None
        if not isinstance(refs, dict) or not all(isinstance(v, list) for v in refs.values()):
            return _fail(400, f"The {_RESUMABLE_FIELD} field is JSON {{field: [upload ids]}}")
        owner = self._owner(passed, create=False)
        for field, ids in refs.items():
            for upload_id in ids:
                got = self.resumables.take(str(upload_id), owner, target.surface.path, target.spec.name) if owner else None
                if got is None:
                    return _fail(400, f"Upload {upload_id!r} of field {field!r} is not complete, expired or not yours",
                                 {field: "upload incomplete; send the file again"})
                taken.append(got)
                files.setdefault(field, []).append(got)
        return None
