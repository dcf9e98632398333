#: title: jvm-style-chain - one del frees a whole chain, a cycle frees nothing
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: The toy JVM of the second seed text frees objects by pure reference counting: when a count reaches zero, the object's fields are released one by one, which may bring other counts to zero, recursively. CPython does the same. A linked list of five nodes hangs off one name; `del head` frees node 4, whose release of .next frees node 3, and so on: five __del__ lines in chain order from one statement, no collector involved. The second half is the toy JVM's leak: A.other = B; B.other = A; A = None; B = None. Both counts stay at 1 forever under pure reference counting; CPython's cycle collector is what frees them (gc.collect() returns 2).
import gc
import sys

class Node:
    def __init__(self, name, rest):
        self.name = name
        self.next = rest  #> a reference "field" (slot): it holds one count of the next node
    def __del__(self):
        print('free', self.name)

gc.collect()  #> start from a clean heap
head = None
for i in range(5):
    head = Node('node %d' % i, head)  #> the new node points at the previous head; the old head's count stays 1 (now held by .next)
print('head is', head.name, '- refcount', sys.getrefcount(head) - 1)  #> 1: only the name head
del head  #> node 4 reaches 0 and is freed; releasing its .next frees node 3, and so on down the chain
print('chain gone; collected:', gc.collect())  #> 0: reference counting did everything
A = Node('A', None)  #> new: count 1
B = Node('B', None)
A.next = B  #> B: count 2
B.next = A  #> A: count 2
A = None  #> "aconst_null; astore": A's object drops to 1 (held by B.next)
B = None  #> B's object drops to 1 (held by A.next): both unreachable, neither reaches 0 -- the toy JVM leaks here
print('cycle: collected', gc.collect())  #> the cycle collector finds both unreachable, runs __del__, frees them: 2
