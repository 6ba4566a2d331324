using Spectre.Console;

namespace Junkan.Cli.Output;

/// <summary>A progress bar on stderr (stdout stays clean) for long Monte Carlo runs; short runs run without one.</summary>
internal static class ProgressBar
{
    /// <summary>Runs <paramref name="work"/> with a bar of <paramref name="total"/> steps when <paramref name="show"/> and the run has at least 1,000 steps.</summary>
    public static T Run<T>(bool show, int total, string label, Func<IProgress<int>?, T> work)
    {
        if (!show || total < 1000) return work(null);
        T result = default!;
        var stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        stderr.Progress().Start(ctx =>
        {
            var task = ctx.AddTask(label, maxValue: total);
            result = work(new TaskProgress(task));
        });
        return result;
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
