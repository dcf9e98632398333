// Static fields: slots that live as long as their class. A class is
// initialized on its first active use (JVMS 5.5: new, getstatic,
// putstatic, invokestatic; the main class before main), and its statics
// are released when the classes are unloaded after main returns.

import GCEngine

extension JavaMachine {
  /// Starts a class's initialization: true if its `<clinit>` frame was
  /// pushed (the instruction that needed the class runs again after it).
  func initialize(_ classIndex: Int) -> Bool {
    initialized[classIndex] = true
    guard let clinit = linked.classes[classIndex].initializer else { return false }
    let frame = JavaFrame(method: linked.methods[clinit])
    frame.isInitializer = true
    frames.append(frame)
    return true
  }

  /// Class unloading at the end of the run: every static reference field,
  /// class after class, lets go of its object (-1 unbind; it may die).
  public func unloadClasses() {
    staticsVersion &+= 1
    for linkedClass in linked.classes {
      for (index, field) in linkedClass.staticFields.enumerated() where field.isReference {
        let slot = linkedClass.staticBase + index
        let old = statics[slot]
        statics[slot] = .none
        heap.decref(old, .unbind)
      }
    }
  }
}
