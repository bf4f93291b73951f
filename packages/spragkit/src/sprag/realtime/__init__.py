"""Realtime (to come, issue 13): the SSE stream and its replay log, the Socket.IO bridge,
topics, live stores and resources. Every browser-to-server entry passes ``http.guard``;
the feature installs itself on the App through the feature hook.
"""
