# Objects referencing each other: a linked list with methods.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
        return self

    def to_list(self):
        out = []
        node = self.head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out

    def reverse(self):
        prev = None
        node = self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev


ll = LinkedList().push(1).push(2).push(3)
print(ll.to_list(), ll.size)
ll.reverse()
print(ll.to_list())
print(LinkedList().to_list())
