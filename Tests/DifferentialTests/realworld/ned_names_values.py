# Source: Ned Batchelder, "Facts and myths about Python names and values" (PyCon 2015)
# What: assignment never copies; mutating through one name shows through every alias; rebinding does not.
x = 23
y = x
x = 12
print(y)

nums = [1, 2, 3]
other = nums
nums.append(4)
print(other)

def augment_twice(a_list, val):
    a_list.append(val)
    a_list.append(val)

def append_twice_bad(a_list, val):
    a_list = a_list + [val, val]
    return

def append_twice_good(a_list, val):
    a_list = a_list + [val, val]
    return a_list

augment_twice(nums, 5)
print(nums)
append_twice_bad(nums, 6)
print(nums)
nums = append_twice_good(nums, 7)
print(nums)
print(other)
