import Dispatch

/// Fixed slots that parallel workers fill, each index written by exactly one worker.
///
/// The slots live in one unsafe buffer allocated before the workers start and never resized, so a write
/// touches only its own element: no array header, reference count or copy-on-write check is shared
/// between threads (a Swift array in a class property would be, and ThreadSanitizer reports that as a
/// race). `@unchecked Sendable` is sound because writers never share an index and the owner reads only
/// after `DispatchQueue.concurrentPerform` has returned, which orders every write before the read.
final class ParallelSlots<Element>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Element?>

    private init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    /// Writes (or reads) one slot; each index must belong to one worker only.
    subscript(index: Int) -> Element? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    /// Runs `body(index)` for every slot on `jobs` threads, interleaved so that long and short items mix.
    static func fill(count: Int, jobs: Int, _ body: @Sendable (_ worker: Int, _ indices: StrideTo<Int>, _ slots: ParallelSlots<Element>) -> Void) -> [Element?] {
        let slots = ParallelSlots<Element>(count: count)
        let workers = max(1, min(jobs, count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            body(worker, stride(from: worker, to: count, by: workers), slots)
        }
        return Array(slots.storage)
    }

    /// Runs `body` once per share on its own thread; `shares` must cover `0..<count` without overlap.
    static func fill(count: Int, shares: [[Int]], _ body: @Sendable (_ worker: Int, _ indices: [Int], _ slots: ParallelSlots<Element>) -> Void) -> [Element?] {
        let slots = ParallelSlots<Element>(count: count)
        DispatchQueue.concurrentPerform(iterations: shares.count) { worker in
            body(worker, shares[worker], slots)
        }
        return Array(slots.storage)
    }
}
