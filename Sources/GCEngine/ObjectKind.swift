/// The built-in shapes a simulated object can have. User classes are
/// `.instance` objects whose `classOf` names their class object.
public enum ObjectKind: UInt8, Sendable, CaseIterable {
  case instance
  case dict
  case list
  case tuple
  case function
  /// A class: 2.7 old-style `classobj` or a `type`.
  case classObject
  case module
  case boundMethod
  /// A 2.7 frame object (3.11 frames are not objects).
  case frame
  case weakref
  /// A `range`/list iterator and other small helpers that only matter for counts.
  case iterator
  /// A builtin function bound to its receiver (`l.append` as an object).
  case builtinMethod
  /// A str made while the script runs (`hex()`, `%`, `+`, `str()`): not
  /// tracked, its text is its one item. Constants and one-character strs
  /// stay immediate values, since CPython shares those instead of
  /// allocating them.
  case str
  /// An exception instance (a builtin exception class's or a user
  /// subclass's): args, then 3.x's traceback, context and cause, or 2.7's
  /// message; its attributes in a dict made on first use.
  case exception
  /// A traceback entry: [tb_next, tb_frame].
  case traceback
  /// A cell (a variable a nested function shares): [contents], or [] empty.
  case cell
  /// A `staticmethod` or `classmethod` ([callable]) or a `property`
  /// ([fget, fset, fdel, doc]); which one in the front end's aux.
  case descriptor
  /// A generator: while suspended, what its frame holds (3.x: the
  /// variables, the evaluation stack, then the function; 2.7: its frame
  /// object). Its aux says what its end needs (`Heap.GeneratorEnd`).
  case generator
  /// A `super` object: [obj, type, obj_type] (super_dealloc's order).
  case superObject
  /// A 3.x dict view (`d.keys()`, `values()`, `items()`): [dict]; which
  /// one is its label.
  case dictView
  /// A set or frozenset: one item per hash-table slot, free slots marked
  /// (see Heap+Sets.swift).
  case set
  case frozenset
  /// What `object()` makes: no items, not tracked (object has no GC
  /// flag), a 16-byte block; a sentinel's whole life is its refcount.
  case plainObject
}

/// Labels of edges that front ends and the screen agree on.
public enum EdgeLabel {
  /// From an object to a helper the interpreter made for it and hides (a
  /// class's mro and bases tuples, descriptors): the screen folds these
  /// into the owner's box (`+7 internal`).
  public static let helper = "(internal)"
}
