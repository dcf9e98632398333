import GCEngine
import GCVizTimeline

/// One box of the object graph: a title in its top border and rows
/// inside. A row an edge leaves from (a slot holding a reference) is drawn
/// with a line to the right border, where the edge goes out (`t ─────├──▶`).
struct GraphBox: Equatable, Sendable {
  enum Subject: Equatable, Sendable {
    /// A frame of the call stack (index into the state's frames), or the statics.
    case frame(Int)
    /// `gc.garbage`: its items keep objects alive as a frame's names do.
    case garbage
    case object(ObjectID)
    /// Objects folded into one counted box (index into the graph's folds).
    case fold(Int)
  }

  struct Row: Equatable, Sendable {
    var text: String
    var style: Style
    /// An edge leaves the box from this row.
    var isPort = false
    var isWeak = false
  }

  var subject: Subject
  var title: String
  var titleStyle: Style
  /// The border's style (an object's colour: its mark, its trial colour).
  var style: Style
  var rows: [Row]
  /// Objects drawn as rows of this box (`__init__() #4 rc=1`).
  var inlined = 0
  /// An object that lives for a call or a loop (a bound method, an
  /// iterator, a 2.7 frame).
  var isTransient = false

  /// Columns the title and the widest row want (measured once).
  var naturalWidth = 0

  init(subject: Subject, title: String, titleStyle: Style, style: Style, rows: [Row]) {
    self.subject = subject
    self.title = title
    self.titleStyle = titleStyle
    self.style = style
    self.rows = rows
    var want = TextWidth.of(title) + 4
    for row in rows { want = max(want, TextWidth.of(row.text) + (row.isPort ? 6 : 4)) }
    naturalWidth = want
  }

  /// Columns: the title or the widest row, within `limit`.
  func width(limit: Int) -> Int { max(8, min(limit, naturalWidth)) }

  var height: Int { max(1, rows.count) + 2 }

  var isRoot: Bool {
    switch subject {
    case .frame, .garbage: return true
    case .object, .fold: return false
    }
  }
}

extension GraphBox {
  /// An object's words, as a student reads them: its count, then its
  /// generation, or during a collection its gc_refs and what the collector
  /// made of it (`unreachable`, `finalized`, `uncollectable`); the toy
  /// JVM's trial-deletion colour, and `leaked` for what it never freed.
  /// Never colour alone: these words say it.
  static func status(_ object: ObjectState, jvm: Bool, helpers: Int, leaked: Bool = false) -> [String] {
    var words = [Format.refcount(object)]
    if leaked { words.append("leaked") }
    if let gcRefs = object.gcRefs { words.append("gc_refs \(gcRefs)") }
    if let mark = object.mark {
      words.append(Format.mark(mark))
    } else if object.inGarbage {
      words.append("garbage")
    }
    if !jvm, object.gcRefs == nil, object.mark == nil { words.append(generation(object.generation)) }
    if object.trialColor != .black { words.append(Format.trialColor(object.trialColor)) }
    if object.isBuffered && object.trialColor != .purple { words.append("buffered") }
    if object.isHidden { words.append("hidden") }
    if helpers > 0 { words.append("+\(helpers) internal") }
    return words
  }

  static func generation(_ generation: Int?) -> String {
    switch generation {
    case nil: return "untracked"
    case 0, 1, 2: return "gen\(generation!)"
    default: return "permanent"
    }
  }

  /// Words packed into rows of at most `width` columns.
  static func wrap(_ words: [String], width: Int) -> [String] {
    var rows: [String] = []
    var row = ""
    for word in words {
      if row.isEmpty {
        row = word
      } else if TextWidth.of(row) + 1 + TextWidth.of(word) <= width {
        row += " " + word
      } else {
        rows.append(row)
        row = word
      }
    }
    if !row.isEmpty { rows.append(row) }
    return rows
  }

  /// `n = 3`, `[0] 12`, `'bob': 3`: an immediate slot inside a box.
  static func valueRow(_ label: String, _ text: String, kind: ObjectKind?) -> String {
    switch kind {
    case .list?, .tuple?: return "\(label) \(text)"
    case .dict?: return "\(label): \(text)"
    default: return "\(label) = \(text)"
    }
  }
}
