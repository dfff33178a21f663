import Foundation
import GRDB

/// A passing condition of the storage, as opposed to something wrong with a file: the database
/// is busy or locked by another writer, the disk is full, or the file system is read-only.
///
/// goalpostd leaves a file where it is while one of these lasts and tries again later; only a
/// file that is itself unreadable goes to `failed/`.
package enum StorageTrouble: String, Sendable, Equatable, Codable {
    case busy, full, readOnly, ioError
    /// No worker process can be started to read a file (the process table is full).
    case cannotStartWorker

    /// The trouble `error` reports, nil when the error is about the file rather than the storage.
    package static func of(_ error: any Error) -> StorageTrouble? {
        if let database = error as? DatabaseError { return of(database.resultCode) }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return of(errno: Int32(nsError.code)) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return of(errno: Int32(underlying.code))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileWriteOutOfSpace.rawValue { return .full }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileWriteVolumeReadOnly.rawValue { return .readOnly }
        if let code = nsError.userInfo["errno"] as? Int32 { return of(errno: code) }
        return nil
    }

    /// The trouble an `errno` value reports.
    package static func of(errno code: Int32) -> StorageTrouble? {
        switch code {
        case ENOSPC, EDQUOT: return .full
        case EROFS: return .readOnly
        case EBUSY, EAGAIN, ETXTBSY: return .busy
        case EIO: return .ioError
        default: return nil
        }
    }

    private static func of(_ code: ResultCode) -> StorageTrouble? {
        switch code.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
        case .SQLITE_FULL: return .full
        case .SQLITE_READONLY: return .readOnly
        case .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_PROTOCOL: return .ioError
        default: return nil
        }
    }

    /// A short English phrase for logs: "the database is locked by another writer".
    package var phrase: String {
        switch self {
        case .busy: return "the storage is busy or locked by another writer"
        case .full: return "the disk is full"
        case .readOnly: return "the storage is read-only"
        case .ioError: return "the storage reports an input/output error"
        case .cannotStartWorker: return "no worker process can be started"
        }
    }
}
