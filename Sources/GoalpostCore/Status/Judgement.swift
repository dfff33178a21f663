/// A status and the one line of evidence it rests on, in the users' language.
package struct Judgement: Sendable, Equatable {
    package var status: OutcomeStatus
    package var evidence: String

    package init(_ status: OutcomeStatus, _ evidence: String) {
        self.status = status
        self.evidence = evidence
    }

    /// `words` quoted as the report wrote them, at most four, each once: “建成/投用”.
    package static func quoted(_ words: [String]) -> String {
        var seen = Set<String>()
        return "“" + words.filter { seen.insert($0).inserted }.prefix(4).joined(separator: "/") + "”"
    }

    /// The evidence with `more` after it, one clause each.
    package func adding(_ more: String) -> Judgement {
        Judgement(status, evidence.isEmpty ? more : evidence + "；" + more)
    }
}
