from sprag import store

session = store("session", initial={"user": {"name": "Ada"}, "prefs": {"theme": "dark"}})
