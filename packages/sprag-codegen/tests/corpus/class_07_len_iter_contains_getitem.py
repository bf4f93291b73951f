# Container protocol: __len__, __iter__, __contains__, __getitem__.
class Deck:
    def __init__(self, cards):
        self._cards = list(cards)

    def __len__(self):
        return len(self._cards)

    def __iter__(self):
        for card in self._cards:
            yield card

    def __contains__(self, card):
        return card in self._cards

    def __getitem__(self, index):
        return self._cards[index]


deck = Deck(["A", "K", "Q", "J"])
print(len(deck))
for card in deck:
    print(card, end=" ")
print()
print("K" in deck, "2" in deck, "2" not in deck)
print(deck[0], deck[-1], deck[1:3])
print(list(deck), sorted(deck))
print([c.lower() for c in deck])
