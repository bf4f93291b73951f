"""A test app with sign-in (users in a dict, passwords hashed with Werkzeug) and uploads."""

import os

from sprag import App, LoginThrottle, SessionPolicy, UploadLimits

from .users import AppAuth

KB = 1024

app = App(
    auth_service=AppAuth(),
    session_policy=SessionPolicy(idle_ttl_seconds=3600, absolute_ttl_seconds=86400,
                                 remember_me_ttl_seconds=2592000, login_url="/login"),
    login_throttle=LoginThrottle(max_failures=5, window_seconds=900),
    upload_limits=UploadLimits(
        chunk_threshold_bytes=int(os.environ.get("UPLOAD_THRESHOLD", 1024 * KB)),
        chunk_bytes=256 * KB,
        directory=os.environ.get("UPLOAD_TMP") or None,
    ),
)
