using Spectre.Console;

namespace Pledge.Cli.Commands;

/// <summary>
/// The progress bar of `certify`, on stderr and only when stderr is a terminal: a redirected stderr (a log, a test's
/// writer) gets no escape codes. <see cref="Run"/> hands the work a reporter per phase (registry, HTML, PDF).
/// </summary>
internal static class CertifyProgress
{
    public sealed record Phase(string Title, int Total);

    public static bool IsVisible(CliContext context) =>
        // Tests run the CLI in-process with string writers; only the real console's stderr can be a terminal.
        context.Stderr is not StringWriter && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/>, which calls the advance action of a phase by index as items finish.</summary>
    public static async Task<T> Run<T>(CliContext context, IReadOnlyList<Phase> phases, Func<Action<int>, Task<T>> work)
    {
        if (!IsVisible(context)) return await work(_ => { });
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var tasks = phases.Select(p => ctx.AddTask(p.Title, maxValue: Math.Max(1, p.Total))).ToList();
                return await work(index => tasks[index].Increment(1));
            });
    }
}
