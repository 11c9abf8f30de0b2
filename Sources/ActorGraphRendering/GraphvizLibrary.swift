import CGraphviz
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one gate to libgvc and libcgraph.
///
/// Graphviz keeps global state (error level and log, caches, the layout's scratch data) and aborts
/// when two threads lay out at once, even with one context each. So the process has one context,
/// and every call into the library (parse, layout, render, free, error state) runs while holding
/// ``lock``.
final class GraphvizLibrary: @unchecked Sendable {
    /// Where the context's plugins came from.
    enum PluginSource: Equatable, Sendable {
        /// The installed plugin configuration (`config6a`, written by `dot -c`).
        case configuration
        /// The plugin libraries loaded by this wrapper, because the configuration was missing.
        case builtInLibraries
    }

    /// The process's context, created on first use.
    static let shared = GraphvizLibrary(forceBuiltIn: false)

    /// Serialises every Graphviz call in the process, across all contexts.
    private static let lock = NSLock()

    /// The context (`GVC_t *`), or nil when no plugins could be found.
    private let context: OpaquePointer?
    /// Why there is no context, when there is none.
    let failure: String?
    let pluginSource: PluginSource

    /// Creates a context; `forceBuiltIn` skips the installed configuration (tests use it to check
    /// the fallback a machine without `config6a` takes).
    init(forceBuiltIn: Bool) {
        var context: OpaquePointer?
        var source = PluginSource.configuration
        var failure: String?
        Self.lock.withLock {
            // Keep every message in cgraph's log for `aglasterr` instead of printing it: the
            // callback alternative (`agseterrf`) crashes on messages of 1 KiB or more in 2.42.
            _ = agseterr(AGMAX)
            if !forceBuiltIn {
                context = gvContext()
                if let made = context, !Self.hasLayoutPlugins(made) {
                    gvFreeContext(made)
                    context = nil
                }
            }
            if context == nil {
                source = .builtInLibraries
                switch BuiltInPlugins.table() {
                case let .success(table):
                    context = gvContextPlugins(table, 0)
                    if let made = context, !Self.hasLayoutPlugins(made) {
                        gvFreeContext(made)
                        context = nil
                        failure = "the plugin libraries loaded but offer no layout"
                    }
                case let .failure(error):
                    failure = error.message
                }
            }
        }
        self.context = context
        self.failure = failure
        self.pluginSource = source
    }

    /// Runs `body` with the context while holding the process-wide lock.
    func withContext<T>(_ body: (OpaquePointer) throws(RenderError) -> T) throws(RenderError) -> T {
        guard let context else { throw RenderError.noPlugins(failure ?? "unknown reason") }
        Self.lock.lock()
        defer { Self.lock.unlock() }
        return try body(context)
    }

    /// Whether `context` knows at least one layout engine. Without the plugin configuration,
    /// `gvContext()` succeeds but knows none, and every layout then fails.
    private static func hasLayoutPlugins(_ context: OpaquePointer) -> Bool {
        var count: Int32 = 0
        guard let list = gvPluginList(context, "layout", &count, nil) else { return false }
        for index in 0..<Int(count) { free(list[index]) }
        free(list)
        return count > 0
    }

    /// The message cgraph logged since the last `agreseterrors()`, on one line; nil when nothing
    /// of error level was logged (the log's last entry is then stale, from an earlier call).
    static func lastError() -> String? {
        guard agerrors() > 0, let message = aglasterr() else { return nil }
        defer { free(message) }
        return RenderError.oneLine(String(cString: message))
    }
}

/// The plugin table for `gvContextPlugins`, built from the plugin libraries' exported
/// `gvplugin_<name>_LTX_library` records, for a machine whose plugin configuration is missing.
enum BuiltInPlugins {
    /// The plugins ActorGraph uses: core (svg, dot, json), the layouts, cairo (png, pdf, text
    /// metrics) and gd (a second png renderer).
    static let names = ["core", "dot_layout", "neato_layout", "pango", "gd"]

    /// Built once: the libraries stay loaded and the table alive for the process's lifetime.
    nonisolated(unsafe) private static var built: Result<UnsafePointer<lt_symlist_t>, Failure>?

    struct Failure: Error { var message: String }

    /// The table, terminated by a null entry; call only while holding the Graphviz lock.
    static func table() -> Result<UnsafePointer<lt_symlist_t>, Failure> {
        if let built { return built }
        let result = build()
        built = result
        return result
    }

    private static func build() -> Result<UnsafePointer<lt_symlist_t>, Failure> {
        guard let folder = pluginFolder() else {
            return .failure(Failure(message: "cannot find libgvc's folder to look for plugin libraries"))
        }
        var entries: [lt_symlist_t] = []
        var missing: [String] = []
        for name in names {
            guard let file = libraryFile(named: name, in: folder),
                  let handle = dlopen(folder + "/" + file, RTLD_NOW),
                  let record = dlsym(handle, "gvplugin_\(name)_LTX_library")
            else {
                missing.append(name)
                continue
            }
            // Graphviz keeps the name pointer: it must live as long as the context.
            entries.append(lt_symlist_t(name: UnsafePointer(strdup("gvplugin_\(name)_LTX_library")), address: record))
        }
        guard !entries.isEmpty else {
            return .failure(Failure(message: "no plugin library found in \(folder)"))
        }
        if !entries.contains(where: { String(cString: $0.name) == "gvplugin_dot_layout_LTX_library" }) {
            return .failure(Failure(message: "the dot_layout plugin library is missing from \(folder) (also missing: \(missing.joined(separator: ", ")))"))
        }
        entries.append(lt_symlist_t(name: nil, address: nil))
        let table = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: entries.count)
        table.initialize(from: entries, count: entries.count)
        return .success(UnsafePointer(table))
    }

    /// `<folder of libgvc>/graphviz`, where the plugin libraries are installed.
    private static func pluginFolder() -> String? {
        guard let library = loadedLibraryPath(containing: "libgvc.") else { return nil }
        let url = URL(fileURLWithPath: library).resolvingSymlinksInPath()
        return url.deletingLastPathComponent().appendingPathComponent("graphviz").path
    }

    /// The path of the loaded shared library whose file name starts with `prefix`.
    private static func loadedLibraryPath(containing prefix: String) -> String? {
        #if os(Linux)
        // dladdr needs _GNU_SOURCE, which Swift's Glibc module is built without; the loader's map
        // of this process names the same file.
        // (Read with stdio: /proc files report a size of 0, which Foundation's readers trust.)
        guard let file = fopen("/proc/self/maps", "r") else { return nil }
        defer { fclose(file) }
        var line: UnsafeMutablePointer<CChar>?
        var capacity = 0
        defer { free(line) }
        while getline(&line, &capacity, file) > 0, let line {
            let text = String(cString: line).trimmingCharacters(in: .newlines)
            guard let slash = text.firstIndex(of: "/") else { continue }
            let path = String(text[slash...])
            if URL(fileURLWithPath: path).lastPathComponent.hasPrefix(prefix) { return path }
        }
        return nil
        #else
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: -2), "gvContext") else { return nil }
        var info = Dl_info()
        guard dladdr(symbol, &info) != 0, let path = info.dli_fname else { return nil }
        return String(cString: path)
        #endif
    }

    /// The plugin library's file in `folder`: the shortest matching name, which is the soname
    /// (`libgvplugin_core.so.6`) on a run-time-only install and its symlink when the -dev
    /// package is installed too (`libgvplugin_core.6.dylib` on macOS).
    private static func libraryFile(named name: String, in folder: String) -> String? {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let prefix = "libgvplugin_\(name)."
        return files
            .filter { $0.hasPrefix(prefix) && ($0.contains(".so") || $0.hasSuffix(".dylib")) }
            .min { ($0.count, $0) < ($1.count, $1) }
    }
}
