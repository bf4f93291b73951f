"""A plain Flask-SocketIO server (websocket only, gevent) for the browser socket client's
tests: serves the client's real files and a stand-in page payload. Run by test_socket_client."""

from gevent import monkey

monkey.patch_all()

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from flask import Flask, Response, request  # noqa: E402
from flask_socketio import SocketIO, emit, join_room, leave_room  # noqa: E402
from gevent.pywsgi import WSGIServer  # noqa: E402

import sprag  # noqa: E402

JS = Path(sprag.__file__).parent / "js"
app = Flask(__name__)
socketio = SocketIO(app, async_mode="gevent", transports=["websocket"], ping_interval=1, ping_timeout=2)
stats = {"connects": 0, "auth": None}

PAGE = """<!doctype html><meta charset="utf-8"><title>socket</title>
<script type="module">
import { socket, clientId } from "/js/sprag/socket.js";
window.clientId = clientId;
window.S = socket();
window.got = [];
S.on("heard", (d) => got.push(d));
document.documentElement.dataset.ready = "1";
</script>"""

# The page payload stand-in: what a SPRAG page would embed.
PAYLOAD = """export const payload = () => (globalThis.__P__ ||= {csrf: new URLSearchParams(location.search).get("csrf") || "good", path: location.pathname});
export const parseTyped = JSON.parse;
export const stringify = JSON.stringify;"""


@app.get("/page")
def page():
    return PAGE


@app.get("/js/sprag/<name>")
def js(name):
    if name == "payload.js":
        return Response(PAYLOAD, mimetype="text/javascript")
    return Response((JS / name).read_text(), mimetype="text/javascript")


@app.get("/stats")
def get_stats():
    return stats


@app.get("/shout")
def shout():
    socketio.emit("heard", {"n": int(request.args["n"])}, to=request.args["topic"])
    return "ok"


@socketio.on("connect")
def connect(auth):
    stats["connects"] += 1
    stats["auth"] = auth
    if not auth or auth.get("csrf") != "good":
        return False
    return None


@socketio.on("echo")
def echo(data):
    return data


@socketio.on("sprag:join")
def join(data):
    join_room(data["topic"])
    return {"ok": True, "topic": data["topic"]}


@socketio.on("sprag:leave")
def leave(data):
    leave_room(data["topic"])
    return {"ok": True}


@socketio.on("me")
def me(data):
    emit("heard", {"you": True})
    return None


server = WSGIServer(("127.0.0.1", int(sys.argv[1])), app, log=None)
server.serve_forever()
