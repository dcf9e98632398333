/// A key the user pressed, as the live front end understands it. The
/// terminal backend turns its own codes into these, so everything that
/// reacts to keys can be tested without a terminal.
public enum Key: Equatable, Sendable {
  case character(Character)
  case up, down, left, right
  case home, end, pageUp, pageDown
  case enter, tab, backTab, escape, backspace
  /// The terminal changed size.
  case resize
}
