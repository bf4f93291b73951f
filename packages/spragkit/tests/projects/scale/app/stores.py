from sprag import store

tally = store("tally", initial={"count": 0}, live=True)
