using BenchmarkDotNet.Running;
using Pledge.Benchmarks.Generation;

namespace Pledge.Benchmarks;

public static class Program
{
    /// <summary>
    /// `--smoke` runs each operation once (seconds, no BenchmarkDotNet); `--check-hand-written` compares the
    /// evaluation benchmark's three engines report by report (HandWrittenCheck); `--scaling` times each stage over more
    /// sizes (a Stopwatch breakdown, for linearity); `--certificates` issues 1,000 certificates as HTML and PDF
    /// (CertificateRun); `--generate DIR` writes the benchmark
    /// inputs as files (to look at them, or to time `pledge check` on them); anything else goes to BenchmarkDotNet,
    /// e.g. `--filter '*'`.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Contains("--certificates")) return CertificateRun.Run(Console.Out, args).GetAwaiter().GetResult();
        if (args.Contains("--smoke")) return SmokeRun.Run(Console.Out);
        if (args.Contains("--check-hand-written")) return HandWrittenCheck.Run(Console.Out);
        if (args.Contains("--scaling")) return ScalingRun.Run(Console.Out);
        var generate = Array.IndexOf(args, "--generate");
        if (generate >= 0 && generate + 1 < args.Length) return Generate(args[generate + 1]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Generate(string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var lines in SmokeRun.Sizes)
        {
            var path = System.IO.Path.Combine(directory, $"benchmark-{lines}.sla");
            File.WriteAllText(path, new ContractGenerator().Generate(lines));
            Console.WriteLine(path);
        }
        return 0;
    }
}
