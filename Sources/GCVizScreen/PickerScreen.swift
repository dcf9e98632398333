/// One scenario in the picker.
public struct PickerItem: Equatable, Sendable {
  public var name: String
  public var title: String
  public var about: String
  /// The scenario's own profile (`#: profile:`), if it names one.
  public var profile: String?
  /// The profiles of its language: the ones `p` offers for it.
  public var profiles: [String]

  public init(name: String, title: String, about: String, profile: String?, profiles: [String] = []) {
    self.name = name
    self.title = title
    self.about = about
    self.profile = profile
    self.profiles = profiles
  }

  /// `p` on this item: the next of its language's profiles after
  /// `current`, then back to its own (nil). An override of another
  /// language (chosen on another item) starts the cycle again.
  public func profile(after current: String?) -> String? {
    let cycle = [nil] + profiles.map { Optional($0) }
    guard let index = cycle.firstIndex(of: current) else { return cycle.dropFirst().first ?? nil }
    return cycle[(index + 1) % cycle.count]
  }

  /// The override as this item runs it: nil when it is of another language.
  public func runs(_ override: String?) -> String? {
    override.flatMap { profiles.contains($0) ? $0 : nil }
  }
}

/// The scenario picker that bare `gcviz` opens: the built-in scenarios on
/// the left, the chosen one's description on the right.
public enum PickerScreen {
  public static func render(
    items: [PickerItem], selected: Int, profileOverride: String?, size: (width: Int, height: Int),
    options: ScreenOptions
  ) -> Grid {
    var grid = Grid(width: size.width, height: size.height)
    guard size.width >= Screen.minimumWidth, size.height >= Screen.minimumHeight else {
      Screen.drawTooSmall(&grid)
      return grid
    }
    let glyphs: Glyphs = options.ascii ? .ascii : .unicode
    let sep = " \(glyphs.separator) "
    grid.put(" ", x: 0, y: 0)
    let nameWidth = grid.put("gcviz", x: 1, y: 0, style: Palette.title)
    grid.put(sep + "choose a scenario" + sep + "\(items.count) built in", x: 1 + nameWidth, y: 0)

    let listWidth = min(max(34, size.width / 3), 48)
    let list = Rect(x: 0, y: 1, width: listWidth, height: size.height - 2)
    let detail = Rect(x: listWidth, y: 1, width: size.width - listWidth, height: size.height - 2)
    grid.drawBox(
      list, title: "Scenarios", glyphs: glyphs, style: Palette.focusedBorder, titleStyle: Palette.focusedBorder)
    grid.drawBox(detail, title: "About", glyphs: glyphs, style: Palette.border, titleStyle: Palette.title)

    // The list scrolls to keep the selection in view.
    let rows = list.height - 2
    let chosen = min(max(0, selected), max(0, items.count - 1))
    let first = max(0, min(chosen - rows / 2, items.count - rows))
    let profileWidth = 11
    for (row, index) in (first..<min(items.count, first + rows)).enumerated() {
      let item = items[index]
      let marker = index == chosen ? glyphs.currentLine : " "
      let name = TextWidth.truncate(item.name, to: list.width - profileWidth - 6, ellipsis: glyphs.ellipsis)
      let line =
        marker + " " + name.padding(to: list.width - profileWidth - 6) + " "
        + (item.profile ?? "").padding(to: profileWidth)
      let style = index == chosen ? Palette.currentLine : Style.plain
      grid.put(line, x: list.x + 1, y: list.y + 1 + row, style: style, maxWidth: list.width - 2)
    }

    if items.indices.contains(chosen) {
      let item = items[chosen]
      let inner = Rect(x: detail.x + 2, y: detail.y + 1, width: detail.width - 4, height: detail.height - 2)
      var lines: [(String, Style)] = []
      for line in TextWidth.wrap(item.title, width: inner.width) { lines.append((line, Palette.title)) }
      lines.append(("", .plain))
      let override = item.runs(profileOverride)
      let runs = override ?? item.profile ?? "by its syntax"
      lines.append(("profile: \(runs)\(override != nil ? " (p: switched)" : "")", Palette.dim))
      lines.append(("", .plain))
      for line in TextWidth.wrap(item.about, width: inner.width) { lines.append((line, .plain)) }
      for (row, line) in lines.prefix(inner.height).enumerated() {
        grid.put(line.0, x: inner.x, y: inner.y + row, style: line.1, maxWidth: inner.width)
      }
    }

    // An override of another language does not apply to the chosen scenario.
    let shownOverride = items.indices.contains(chosen) ? items[chosen].runs(profileOverride) : nil
    let keys: [(String, String)] = [
      (options.ascii ? "up/down" : "↑/↓", "choose"), ("Enter", "play"),
      ("p", "profile: \(shownOverride ?? "the scenario's")"), ("q", "quit"),
    ]
    if let notice = options.notice {
      grid.put(" " + notice, x: 0, y: size.height - 1, style: Palette.notice, maxWidth: size.width)
    } else {
      var x = 1
      for (key, label) in keys {
        x += grid.put(key, x: x, y: size.height - 1, style: Palette.key, maxWidth: size.width - x)
        x += grid.put(" " + label, x: x, y: size.height - 1, maxWidth: size.width - x) + 2
      }
    }
    if !options.color { grid.restyleAll { $0.monochrome } }
    return grid
  }
}
