#: title: traceback-cycle - an exception kept in a local: the frame <-> traceback cycle
#: profiles: cpython3.11, cpython3.12, cpython3.13, cpython2.7
#: about: An exception remembers where it was raised: e.__traceback__ is a traceback object, and a traceback holds the frame it passed through -- and a frame holds its local variables. Keep the exception in a local of that same frame and the four make a loop: frame -> local -> exception -> traceback -> frame. When the function returns, its frame would normally be freed with its variables; here the traceback still holds the frame (the frame object takes the variables over), so everything the function held, a large buffer included, stays alive after the return until the cycle collector runs. Python 3 deletes the `except ... as e` name at the end of the handler precisely to avoid this; the cycle comes back as soon as the exception is stored elsewhere in the frame (here `error = e`). The second call does not keep it: nothing is collected.
import gc

class Buffer:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__ of', self.name)

def parse(keep):
    buf = Buffer('buffer of parse')  #> a local that should die when parse returns
    error = None
    try:
        raise ValueError('bad input')  #> the exception object, its args tuple, then a traceback object for this frame
    except ValueError as e:  #> e refers to the exception; e.__traceback__ -> traceback -> this frame
        if keep:
            error = e  #> a second name for the exception, in the same frame: frame -> error -> exception -> traceback -> frame
    print('handled; exception kept:', error is not None)  #> 3.x deleted the name e when the handler ended
    return None  #> the frame ends; its object keeps the locals if the traceback still holds it

gc.disable()  #> no automatic collection: we decide when it runs
gc.collect()  #> start from a clean heap
parse(False)  #> nothing kept: the exception, traceback and frame go as the handler ends; the buffer goes at the return
print('collected:', gc.collect())  #> 0: there was no cycle
parse(True)  #> the buffer outlives the call: the cycle frame -> error -> exception -> traceback -> frame holds it
print('after the call, before collecting')
print('collected:', gc.collect())  #> the frame, its exception, the args tuple, the traceback and the Buffer instance: 5; __del__ runs
gc.enable()
