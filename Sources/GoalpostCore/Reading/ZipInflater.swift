import GoalpostZlib

/// zlib's raw inflate (no zlib or gzip wrapper, as in ZIP) and CRC-32, bounded by a byte budget.
enum ZipInflater {
    /// Output is produced in chunks of this size, so a small part never reserves its budget.
    private static let chunkSize = 65_536

    /// The bytes `input` inflates to; throws ``ZipFault/overBudget`` past `budget` bytes and
    /// ``ZipFault/damaged(reason:)`` on a zlib error or a stream that ends before its end marker.
    static func inflate(_ input: ArraySlice<UInt8>, budget: Int) throws(ZipFault) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged(reason: "zlib could not start inflating it")
        }
        defer { inflateEnd(&stream) }
        let result: Result<[UInt8], ZipFault> = input.withUnsafeBufferPointer { buffer in
            stream.next_in = buffer.baseAddress.map { UnsafeMutablePointer(mutating: $0) }
            stream.avail_in = UInt32(clamping: buffer.count)
            return Result { () throws(ZipFault) in try drain(&stream, budget: budget) }
        }
        return try result.get()
    }

    /// Runs `stream` (its input already set) to its end marker, collecting the output.
    ///
    /// Every `Z_OK` call consumes input or produces output, and the output is bounded by
    /// `budget`, so the loop ends: with the end marker, over the budget, or with an error
    /// (`Z_BUF_ERROR` once the input is used up without the end marker).
    private static func drain(_ stream: inout z_stream, budget: Int) throws(ZipFault) -> [UInt8] {
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer in
                stream.next_out = buffer.baseAddress
                stream.avail_out = UInt32(buffer.count)
                let status = GoalpostZlib.inflate(&stream, Z_NO_FLUSH)
                return (status, buffer.count - Int(stream.avail_out))
            }
            if produced > budget - output.count { throw .overBudget }
            output.append(contentsOf: chunk[0..<produced])
            switch status {
            case Z_STREAM_END: return output
            case Z_OK: continue
            case Z_BUF_ERROR: throw .damaged(reason: "its compressed data ends before the end of its stream")
            default: throw .damaged(reason: "its compressed data is not a valid deflate stream")
            }
        }
    }

    /// The CRC-32 of `bytes`.
    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            UInt32(truncatingIfNeeded: crc32(0, buffer.baseAddress, UInt32(clamping: buffer.count)))
        }
    }
}
