# gen-2 collections empty free lists, gen-0/gen-1 collections do not: lists and function frames
import gc

def f():
    return 1

def churn(n):
    keep = []
    i = 0
    while i < n:
        keep.append([])
        i += 1

def main():
    gc.disable()
    gc.collect()
    churn(20)
    r = []
    r.append(gc.get_count())
    gc.collect(0)
    r.append(gc.get_count())
    churn(20)
    r.append(gc.get_count())
    gc.collect(1)
    r.append(gc.get_count())
    churn(20)
    r.append(gc.get_count())
    gc.collect(2)
    r.append(gc.get_count())
    churn(20)
    r.append(gc.get_count())
    f()
    r.append(gc.get_count())
    print(r)

main()
