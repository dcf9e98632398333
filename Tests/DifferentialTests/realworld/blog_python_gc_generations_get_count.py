# Source: "Python Garbage Collection: What It Is and How It Works" (stackify.com blog), gc.get_count and gc.collect walkthrough
# What: counts rise with new containers and drop to zero after a full collection.
import gc

gc.collect()
print(gc.get_count())
lists = []
for i in range(10):
    lists.append([i])
print(gc.get_count())
gc.collect()
print(gc.get_count())
