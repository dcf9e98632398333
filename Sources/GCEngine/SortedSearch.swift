extension RandomAccessCollection where Index == Int {
  /// The index of the first element for which `belongsAfter` holds, in a
  /// collection where it holds for a suffix (a sorted one asked "at or past
  /// a bound?"), by binary search: how many elements come before it.
  @inlinable
  public func partitionIndex(where belongsAfter: (Element) -> Bool) -> Int {
    var lo = startIndex
    var hi = endIndex
    while lo < hi {
      let mid = lo + (hi - lo) / 2
      if belongsAfter(self[mid]) { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }
}
