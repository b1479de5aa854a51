/// libFuzzer entry points. libFuzzer supplies the driver; SwiftPM renames an executable target's `main`
/// to `<module>_main` and links `main` to that symbol, so the harness defines `BitextFuzz_main` and hands
/// control to `LLVMFuzzerRunDriver` with the target chosen by the first argument:
///
///     BitextFuzz TARGET [libFuzzer options and corpus folders]

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

nonisolated(unsafe) private var selected = FuzzTarget.xml

@_cdecl("BitextFuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: " ")
    guard argc >= 2, let raw = argv[1], let target = FuzzTarget(rawValue: String(cString: raw)) else {
        print("usage: BitextFuzz TARGET [libFuzzer options] [corpus folders]; targets: \(names)")
        return 2
    }
    selected = target
    // Set-up before the driver starts its clock: the QA session takes seconds under AddressSanitizer,
    // and libFuzzer would count them against the first input's time limit.
    target.prepare()
    // The driver sees the program name followed by libFuzzer's own arguments.
    argv[1] = argv[0]
    var count = argc - 1
    var rest: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv + 1
    return LLVMFuzzerRunDriver(&count, &rest) { data, size in fuzzOne(data, size) }
}

/// The callback libFuzzer's driver calls with each input (also the symbol its own `main` would need).
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selected.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
