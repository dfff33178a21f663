/// Short names for what a try ended with, for the run's tallies.
package enum Outcome {
    /// `ReadError.malformedXML` for an error enum's case, else the error's type name.
    package static func name(of error: any Error) -> String {
        let type = String(describing: Swift.type(of: error))
        let mirror = Mirror(reflecting: error)
        if mirror.displayStyle == .enum {
            let label = mirror.children.first?.label ?? String(describing: error)
            return "\(type).\(label)"
        }
        return type
    }
}
