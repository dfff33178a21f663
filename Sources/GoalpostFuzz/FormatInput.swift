/// One generated file input: the name it is read under, its bytes, and how it was made.
package struct FormatInput: Sendable {
    /// The kind of format fuzzed.
    package var kind: FuzzKind
    /// The file name passed to the reader (its extension selects the reader with the content).
    package var fileName: String
    /// The file's bytes.
    package var bytes: [UInt8]
    /// The seed file it was derived from.
    package var seedName: String
    /// The mutations applied, in order (`byte:flip@12`, `xml:attribute(r="A0")@300`, …).
    package var mutations: [String]
    /// The label statistics group it under: the kind, with the layer for archives (`docx/zip`).
    package var label: String
}

/// Derives the format input of one iteration from the seed corpus: a pure function of
/// (seed, iteration), so a crashing input can be regenerated and saved by the supervisor.
package struct FormatInputGenerator: Sendable {
    package let corpus: SeedCorpus
    /// Inputs are cut to this size: larger ones only slow the run down (the daemon reads up to 50 MB).
    static let maxInputBytes = 4_000_000
    /// Office seeds unpacked once, by seed name.
    private let unpacked: [String: OfficeParts]

    package init(corpus: SeedCorpus) {
        self.corpus = corpus
        var unpacked: [String: OfficeParts] = [:]
        for seed in corpus.of(.docx) + corpus.of(.xlsx) {
            if let parts = OfficeParts(archive: seed.bytes) { unpacked[seed.name] = parts }
        }
        self.unpacked = unpacked
    }

    /// The input of iteration `iteration` of a run seeded `seed` fuzzing `kind`.
    package func input(kind: FuzzKind, seed: UInt64, iteration: Int) -> FormatInput {
        var random = FuzzRandom(seed: seed, iteration: iteration, stream: UInt64(FuzzKind.allCases.firstIndex(of: kind) ?? 0))
        let seeds = corpus.of(kind)
        let base = random.pick(seeds)
        let other = random.pick(seeds).bytes
        var input = FormatInput(kind: kind, fileName: "fuzz.\(kind.fileExtension)", bytes: base.bytes, seedName: base.name, mutations: [], label: kind.rawValue)
        switch kind {
        case .docx, .xlsx: mutateArchive(&input, other: other, using: &random)
        default: mutateText(&input, other: other, using: &random)
        }
        if random.chance(1, in: 16) { rename(&input, using: &random) }
        return input
    }

    private func mutateText(_ input: inout FormatInput, other: [UInt8], using random: inout FuzzRandom) {
        for _ in 0..<random.size(upTo: 6) {
            input.mutations.append(
                random.chance(7, in: 8)
                    ? TextMutator.mutate(&input.bytes, html: input.kind == .html, using: &random)
                    : ByteMutator.mutate(&input.bytes, other: other, using: &random))
            if input.bytes.count > Self.maxInputBytes {
                input.bytes.removeSubrange(Self.maxInputBytes...)
                input.mutations.append("size:cut@\(Self.maxInputBytes)")
            }
        }
    }

    /// Mutates either the XML parts (and rebuilds the archive) or the archive's structure.
    private func mutateArchive(_ input: inout FormatInput, other: [UInt8], using random: inout FuzzRandom) {
        guard var parts = unpacked[input.seedName], random.chance(3, in: 5) else {
            input.label += "/zip"
            for _ in 0..<random.size(upTo: 4) { input.mutations.append(ZipMutator.mutate(&input.bytes, using: &random)) }
            if random.chance(1, in: 4) { input.mutations.append(ByteMutator.mutate(&input.bytes, other: other, using: &random)) }
            return
        }
        input.label += "/xml"
        let paths = parts.interestingPaths.isEmpty ? parts.parts.map { $0.path } : parts.interestingPaths
        for _ in 0..<random.size(upTo: 5) {
            if random.chance(1, in: 10) {
                input.mutations.append(mutatePartList(&parts, using: &random))
                continue
            }
            guard !parts.parts.isEmpty else { break }
            let path = random.chance(3, in: 4) && !paths.isEmpty ? random.pick(paths) : random.pick(parts.parts.map { $0.path })
            guard let index = parts.parts.firstIndex(where: { $0.path == path }) else { continue }
            input.mutations.append("\(path): " + XMLMutator.mutate(&parts.parts[index].bytes, using: &random))
        }
        let stored = random.chance(1, in: 3)
        input.bytes = (try? parts.archive(stored: stored)) ?? input.bytes
        if random.chance(1, in: 8) { input.mutations.append(ZipMutator.mutate(&input.bytes, using: &random)) }
    }

    /// Drops, duplicates or renames a part.
    private func mutatePartList(_ parts: inout OfficeParts, using random: inout FuzzRandom) -> String {
        guard !parts.parts.isEmpty else { return "parts:none" }
        let index = random.below(parts.parts.count)
        let path = parts.parts[index].path
        switch random.below(3) {
        case 0:
            parts.parts.remove(at: index)
            return "parts:drop(\(path))"
        case 1:
            parts.parts.append(parts.parts[index])
            return "parts:duplicate(\(path))"
        default:
            parts.parts[index].path = random.pick([path.uppercased(), "/" + path, path + "/", "./" + path, path.replacingOccurrences(of: "/", with: "\\")])
            return "parts:rename(\(path)→\(parts.parts[index].path))"
        }
    }

    /// Reads the input under another name: sniffing corrects some names, others select another reader.
    private func rename(_ input: inout FormatInput, using random: inout FuzzRandom) {
        input.fileName = random.pick(["fuzz.txt", "fuzz.csv", "fuzz.tsv", "fuzz.html", "fuzz.docx", "fuzz.xlsx", "fuzz.xlsm", "fuzz", ".fuzz", "fuzz.md"])
        input.mutations.append("name:\(input.fileName)")
    }
}
