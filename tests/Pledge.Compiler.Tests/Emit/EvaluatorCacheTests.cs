using System.Runtime.Loader;
using Pledge.Compiler.Emit;
using Xunit;

namespace Pledge.Compiler.Tests.Emit;

/// <summary>An unchanged contract is compiled once: the second evaluation loads it from memory, the next process from disk.</summary>
public class EvaluatorCacheTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private static SemanticModel Contract(string title) => EngineKit.Model($$"""
        contract cached "{{title}}" / "Cached"
        languages zh-CN, en
        timezone "Asia/Shanghai"
        currency CNY
        parameter fee "月费" / "Fee" : money
        clause up "在线" / "Uptime" {
          availability 99.9% per month
          remedy waive fee when breached
        }
        """);

    [Fact]
    public void The_second_evaluation_of_an_unchanged_contract_does_not_compile()
    {
        var cache = new EvaluatorCache(_directory.Path);
        var first = CompiledEvaluator.Load(Contract("一"), cache);
        Assert.Equal(1, cache.Compilations);
        var second = CompiledEvaluator.Load(Contract("一"), cache);
        Assert.Same(first, second);
        Assert.Equal(1, cache.Compilations);
        Assert.Equal(1, cache.MemoryHits);

        // Another process (a new cache over the same directory) loads the image instead of compiling.
        var next = new EvaluatorCache(_directory.Path);
        var loaded = CompiledEvaluator.Load(Contract("一"), next);
        Assert.Equal(0, next.Compilations);
        Assert.Equal(1, next.DiskLoads);
        Assert.Equal("cached", loaded.ContractName);
        Assert.Single(Directory.GetFiles(_directory.Path, "*.dll"));
    }

    [Fact]
    public void A_changed_contract_has_another_hash_and_is_compiled_again()
    {
        var cache = new EvaluatorCache(_directory.Path);
        var a = EvaluatorEmitter.Emit(Contract("一"));
        var b = EvaluatorEmitter.Emit(Contract("二"));
        Assert.NotEqual(EvaluatorCache.HashOf(a), EvaluatorCache.HashOf(b));
        Assert.Equal(EvaluatorCache.HashOf(a), EvaluatorCache.HashOf(EvaluatorEmitter.Emit(Contract("一"))));
        cache.GetOrLoad(a);
        cache.GetOrLoad(b);
        Assert.Equal(2, cache.Compilations);
        Assert.Equal(2, Directory.GetFiles(_directory.Path, "*.dll").Length);
    }

    [Fact]
    public void Past_its_capacity_the_cache_unloads_the_evaluator_used_longest_ago()
    {
        var cache = new EvaluatorCache(_directory.Path, capacity: 2);
        var one = EvaluatorEmitter.Emit(Contract("一"));
        var two = EvaluatorEmitter.Emit(Contract("二"));
        var three = EvaluatorEmitter.Emit(Contract("三"));
        var kept = cache.GetOrLoad(one);
        cache.GetOrLoad(two);
        Assert.Same(kept, cache.GetOrLoad(one)); // `one` is now the most recently used
        cache.GetOrLoad(three);
        Assert.Equal(2, cache.LoadedCount);
        Assert.Equal(1, cache.Unloads);
        Assert.Same(kept, cache.GetOrLoad(one));
        // `two` was unloaded: asking again loads its image from disk, and a caller still holding it could go on.
        cache.GetOrLoad(two);
        Assert.Equal(1, cache.DiskLoads);
        Assert.Equal(3, cache.Compilations);
        Assert.Equal("cached", kept.ContractName);
    }

    [Fact]
    public void A_failed_load_is_not_kept_and_takes_no_place()
    {
        var cache = new EvaluatorCache(null, capacity: 1);
        var broken = new EmittedEvaluator("broken", "Pledge.Evaluators", "BrokenEvaluator", "this is not C#");
        Assert.Throws<EmitException>(() => cache.GetOrLoad(broken));
        Assert.Equal(0, cache.LoadedCount);
        var good = cache.GetOrLoad(EvaluatorEmitter.Emit(Contract("一")));
        Assert.Equal(0, cache.Unloads);
        Assert.Throws<EmitException>(() => cache.GetOrLoad(broken)); // tried again, not a remembered failure
        Assert.Same(good, cache.GetOrLoad(EvaluatorEmitter.Emit(Contract("一"))));
    }

    [Fact]
    public void A_damaged_image_on_disk_is_replaced_by_a_fresh_compilation()
    {
        var emitted = EvaluatorEmitter.Emit(Contract("坏"));
        File.WriteAllBytes(Path.Combine(_directory.Path, EvaluatorCache.HashOf(emitted) + ".dll"), [1, 2, 3]);
        var cache = new EvaluatorCache(_directory.Path);
        Assert.Equal("cached", cache.GetOrLoad(emitted).ContractName);
        Assert.Equal(1, cache.Compilations);
    }

    [Fact]
    public void Evaluators_live_in_a_collectible_context_and_share_the_runtime()
    {
        var evaluator = CompiledEvaluator.Load(Contract("收"), new EvaluatorCache(null));
        var context = AssemblyLoadContext.GetLoadContext(evaluator.GetType().Assembly)!;
        Assert.True(context.IsCollectible);
        Assert.Same(typeof(Runtime.Evaluation.IContractEvaluator).Assembly,
            evaluator.GetType().GetInterfaces().Single(i => i.Name == "IContractEvaluator").Assembly);
    }

    public void Dispose() => _directory.Dispose();
}
