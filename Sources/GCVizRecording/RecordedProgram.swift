import GCEngine
import GCVizTimeline

/// A running scenario as the timeline recorder reads it: the Python
/// interpreter or the toy JVM. Reading never allocates on the simulated
/// heap nor changes a count: recording must not change what a run prints.
public protocol RecordedProgram: AnyObject {
  var heap: Heap { get }
  /// The call stack as the screen shows it, outermost first, as a change
  /// since the last call: its frame count, and the frames that may differ
  /// (the recorder drops those that do not). `slot` turns a value into an
  /// arrow (a recorded object) or text. `namespaceSpan` gives the slots
  /// of a table changed since the last call (a module's globals): a
  /// program may send a frame's variables as an edit then.
  func recordedFrameChanges(_ slot: (Value) -> SlotValue, namespaceSpan: (ObjectID) -> SlotSpan?) -> FrameEdit
  /// Frames the screen shows below the program's own calls (the JVM's
  /// static fields): a line event's depth counts calls only.
  var framesBeforeCalls: Int { get }
  /// The function of frame `index` (outermost 0) as the frames show it
  /// (`<module>`, `f2`, `main()`), empty past the innermost: a recorder
  /// asleep follows the lines each frame runs without reading frames.
  func recordedFunctionName(atFrame index: Int) -> String
  /// The name a box shows: a class name (`ClassA`, `Node`), else a type.
  func recordedTypeName(_ id: ObjectID) -> String
  /// A function's or class's own name; empty for other objects.
  func recordedName(_ id: ObjectID) -> String
  /// What `id` references, labelled as a student reads them.
  func recordedReferences(_ id: ObjectID) -> [Reference]
  /// The same, given what it referenced when last recorded: a program may
  /// reuse what is unchanged (a list's labels are not built again at each
  /// append).
  func recordedReferences(_ id: ObjectID, previous: [Reference]) -> [Reference]
  /// The references `id` holds (each counted in its target's refcount)
  /// when they differ from `recordedReferences` (nil: they do not).
  func recordedHeldReferences(_ id: ObjectID) -> [Reference]?
  /// The references the program's interpreter holds outside its frames and
  /// objects, each named (`slot` turns a value into an arrow or text).
  func recordedInterpreterReferences(_ slot: (Value) -> SlotValue) -> [Variable]
  /// How many slots a change of `id`'s references is told in (see
  /// `SlotChangeLog`), or nil when the recorder reads a changed `id` whole.
  func recordedSlotCount(_ id: ObjectID) -> Int?
  /// The references of `id`'s `slots`, each with its slot as `index`.
  func recordedReferences(_ id: ObjectID, slots: Range<Int>) -> [Reference]
  /// How many fields `id` has, if those a box shows (`shown` of the first
  /// `limit`) cannot have changed: its changes were all from slot `lower`
  /// on. Nil: the fields are read again.
  func recordedFieldCount(_ id: ObjectID, changedFrom lower: Int, limit: Int, shown: Int) -> Int?
  /// The object's first `limit` slots in its order (immediates as text via
  /// `slot`) and how many it has: what its box shows inside.
  func recordedFields(_ id: ObjectID, limit: Int, _ slot: (Value) -> SlotValue) -> (fields: [Variable], count: Int)
  /// Whether the graph hides `id` until asked (2.7 `__dict__`s, frames).
  func recordedIsHidden(_ id: ObjectID) -> Bool
  /// An immediate value as a slot shows it (`3`, `'abc'`, `null`).
  func recordedText(_ value: Value) -> String
  /// Makes the run stop at its next line step (a play session that ends).
  func stopAtNextStep()
  /// Line steps so far, readable from another thread (the step watchdog).
  var stepCounter: StepCounter { get }
  /// Has `stop` called after each instruction that ran whose line step
  /// goes on (the toy JVM's stops of `s` between lines); a program whose
  /// only stops are its lines never calls it.
  func observeInstructionStops(_ stop: @escaping () -> Void)
}

extension RecordedProgram {
  public func observeInstructionStops(_ stop: @escaping () -> Void) {}
  public func recordedReferences(_ id: ObjectID, previous: [Reference]) -> [Reference] { recordedReferences(id) }
  public func recordedSlotCount(_ id: ObjectID) -> Int? { nil }
  public func recordedHeldReferences(_ id: ObjectID) -> [Reference]? { nil }
  public func recordedInterpreterReferences(_ slot: (Value) -> SlotValue) -> [Variable] { [] }
  public func recordedReferences(_ id: ObjectID, slots: Range<Int>) -> [Reference] { [] }
  public func recordedFieldCount(_ id: ObjectID, changedFrom lower: Int, limit: Int, shown: Int) -> Int? { nil }
}
