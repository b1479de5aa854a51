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

    /// Runs `body` on up to `workers` threads, each calling `next` for the next of `groups` (indices of
    /// slots) until it returns nil; `groups` must cover `0..<count` without overlap.
    ///
    /// Why groups taken in turn rather than shares fixed in advance: on a machine other work also runs
    /// on, one thread may get less of a core than the other, and a fixed share then waits for the slow
    /// thread; items of very different sizes unbalance fixed shares the same way.
    static func fill(count: Int, groups: [[Int]], workers: Int,
                     _ body: @Sendable (_ next: () -> [Int]?, _ slots: ParallelSlots<Element>) -> Void) -> [Element?] {
        let slots = ParallelSlots<Element>(count: count)
        let taken = Locked(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, groups.count))) { _ in
            body({
                let group = taken.withLock { taken in
                    defer { taken += 1 }
                    return taken
                }
                return group < groups.count ? groups[group] : nil
            }, slots)
        }
        return Array(slots.storage)
    }
}
