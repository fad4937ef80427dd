using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Pledge.Runtime.Evaluation;

namespace Pledge.Compiler.Emit;

/// <summary>
/// Compiled evaluators by content hash: SHA-256 of the emitted source and of the versions it is compiled against
/// (Pledge.Runtime, NodaTime, Roslyn). Kept in memory (one collectible context per hash) and on disk as
/// <c>&lt;hash&gt;.dll</c>, so an unchanged contract is compiled once per machine: the second evaluation, in this
/// process or the next, loads the image instead. In memory it keeps the <see cref="Capacity"/> evaluators used
/// last and unloads the others' contexts, so a long editor session that evaluates many versions of a contract does
/// not keep every version's code. Thread-safe; the counters are the test and benchmark hook.
/// </summary>
public sealed class EvaluatorCache
{
    /// <summary>How many evaluators a cache keeps loaded unless told otherwise.</summary>
    public const int DefaultCapacity = 32;

    private readonly ConcurrentDictionary<string, LoadedEvaluator> _loaded = new(StringComparer.Ordinal);
    private readonly Lock _evicting = new();
    private long _clock;
    private int _compilations, _diskLoads, _memoryHits, _unloads;

    /// <param name="directory">Where images are kept; null keeps them in memory only.</param>
    /// <param name="capacity">How many evaluators stay loaded (at least 1).</param>
    public EvaluatorCache(string? directory, int capacity = DefaultCapacity)
    {
        Directory = directory;
        Capacity = Math.Max(1, capacity);
    }

    public int Capacity { get; }

    /// <summary>How many evaluators this cache has unloaded to stay within <see cref="Capacity"/>.</summary>
    public int Unloads => Volatile.Read(ref _unloads);

    /// <summary>How many evaluators are loaded now.</summary>
    public int LoadedCount => _loaded.Count;

    /// <summary>
    /// The cache of the `pledge` command: <c>$PLEDGE_EVALUATOR_CACHE</c>, else <c>$XDG_CACHE_HOME/pledge/evaluators</c>,
    /// else <c>~/.cache/pledge/evaluators</c>.
    /// </summary>
    public static EvaluatorCache Default { get; } = new(DefaultDirectory());

    public string? Directory { get; }

    /// <summary>How many evaluators this cache has compiled with Roslyn.</summary>
    public int Compilations => Volatile.Read(ref _compilations);

    /// <summary>How many it has loaded from an image on disk instead.</summary>
    public int DiskLoads => Volatile.Read(ref _diskLoads);

    /// <summary>How many requests found the evaluator already loaded.</summary>
    public int MemoryHits => Volatile.Read(ref _memoryHits);

    /// <summary>The key of an emitted evaluator: lowercase hex SHA-256.</summary>
    public static string HashOf(EmittedEvaluator emitted)
    {
        var key = new StringBuilder(emitted.Source)
            .Append('\n').Append(VersionOf(typeof(IContractEvaluator).Assembly))
            .Append('\n').Append(VersionOf(typeof(NodaTime.Instant).Assembly))
            .Append('\n').Append(VersionOf(typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())));
    }

    /// <summary>The evaluator, loaded once per hash (compiled, or read from disk).</summary>
    public IContractEvaluator GetOrLoad(EmittedEvaluator emitted)
    {
        var hash = HashOf(emitted);
        if (_loaded.TryGetValue(hash, out var existing) && existing.Evaluator.IsValueCreated)
        {
            Interlocked.Increment(ref _memoryHits);
            existing.LastUse = Interlocked.Increment(ref _clock);
            return existing.Evaluator.Value;
        }
        var entry = _loaded.GetOrAdd(hash, h => new LoadedEvaluator(emitted, h, this));
        entry.LastUse = Interlocked.Increment(ref _clock);
        IContractEvaluator evaluator;
        try
        {
            evaluator = entry.Evaluator.Value;
        }
        catch
        {
            // A failed load (Roslyn refused the code, the disk failed) is not kept: the next call tries again, and
            // it takes no place from the loaded evaluators.
            _loaded.TryRemove(new KeyValuePair<string, LoadedEvaluator>(hash, entry));
            throw;
        }
        if (_loaded.Count > Capacity) EvictLeastRecentlyUsed();
        return evaluator;
    }

    /// <summary>
    /// Drops the evaluators used longest ago until the cache is within its capacity, and unloads their contexts: the
    /// code is freed once no caller holds the evaluator any more (a caller still using one keeps it working).
    /// </summary>
    private void EvictLeastRecentlyUsed()
    {
        lock (_evicting)
        {
            while (_loaded.Count > Capacity)
            {
                var oldest = _loaded.Where(e => e.Value.Evaluator.IsValueCreated).MinBy(e => e.Value.LastUse);
                if (oldest.Value is null || !_loaded.TryRemove(oldest)) return;
                oldest.Value.Context?.Unload();
                Interlocked.Increment(ref _unloads);
            }
        }
    }

    /// <summary>One loaded (or loading) evaluator, its context and when it was last asked for.</summary>
    private sealed class LoadedEvaluator
    {
        public LoadedEvaluator(EmittedEvaluator emitted, string hash, EvaluatorCache cache) =>
            Evaluator = new Lazy<IContractEvaluator>(() => cache.Load(emitted, hash, this));

        public Lazy<IContractEvaluator> Evaluator { get; }
        public EvaluatorLoadContext? Context { get; set; }
        public long LastUse { get; set; }
    }

    /// <summary>The assembly image of the evaluator (from disk when there, else compiled and stored): what `pledge build` writes.</summary>
    public byte[] GetImage(EmittedEvaluator emitted) => GetImage(emitted, HashOf(emitted));

    /// <summary>
    /// The name of the evaluator's assembly, `Pledge.Evaluators.IdcGuaranteeEvaluator`: what `pledge build` names its
    /// file (.NET finds an application's assemblies by file name). Two versions of one contract may be loaded at once:
    /// each has a context of its own.
    /// </summary>
    public static string AssemblyNameOf(EmittedEvaluator emitted) => emitted.FullClassName;

    private byte[] GetImage(EmittedEvaluator emitted, string hash)
    {
        var path = Directory is null ? null : Path.Combine(Directory, hash + ".dll");
        if (path is not null && File.Exists(path))
        {
            try
            {
                var stored = File.ReadAllBytes(path);
                Interlocked.Increment(ref _diskLoads);
                return stored;
            }
            catch (IOException)
            {
                // Unreadable (being replaced, or damaged): compile again below.
            }
        }
        var image = EvaluatorCompiler.Compile(emitted, AssemblyNameOf(emitted));
        Interlocked.Increment(ref _compilations);
        if (path is not null) Store(path, image);
        return image;
    }

    private IContractEvaluator Load(EmittedEvaluator emitted, string hash, LoadedEvaluator entry)
    {
        var image = GetImage(emitted, hash);
        var context = new EvaluatorLoadContext($"{emitted.FullClassName} {hash[..16]}");
        entry.Context = context;
        Assembly assembly;
        try
        {
            assembly = context.LoadFromStream(new MemoryStream(image));
        }
        catch (BadImageFormatException) when (Directory is not null)
        {
            // A damaged file on disk: replace it with a fresh compilation.
            File.Delete(Path.Combine(Directory, hash + ".dll"));
            image = GetImage(emitted, hash);
            assembly = context.LoadFromStream(new MemoryStream(image));
        }
        var type = assembly.GetType(emitted.FullClassName, throwOnError: true)!;
        return (IContractEvaluator)Activator.CreateInstance(type)!;
    }

    /// <summary>Written to a temporary file and moved into place, so a reader never sees half an image.</summary>
    private static void Store(string path, byte[] image)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, image);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only cache only costs a compilation next time.
        }
    }

    private static string VersionOf(Assembly assembly) =>
        $"{assembly.GetName().Name} {assembly.GetName().Version} {assembly.ManifestModule.ModuleVersionId}";

    private static string? DefaultDirectory()
    {
        if (Environment.GetEnvironmentVariable("PLEDGE_EVALUATOR_CACHE") is { Length: > 0 } configured) return configured;
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return root.Length == 0 ? null : Path.Combine(root, "pledge", "evaluators");
    }
}
