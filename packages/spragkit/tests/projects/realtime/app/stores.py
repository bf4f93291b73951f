from sprag import store

board = store("board", initial={"count": 0}, live=True)
