using System.Collections.Concurrent;
using System.Text.Json;
using Junkan.Application.Selection;
using Junkan.Web.Store;
using Microsoft.Extensions.Logging;

namespace Junkan.Web.Features.Selection;

/// <summary>A run's request as the API takes it: draws (0..100,000), seed, product scenario and the selection choices.</summary>
public sealed record RunRequest(int Draws, int Seed, string? Scenario, SelectionChoice Choice);

/// <summary>The live state of a run: queued, running (draws done of total), completed, cancelled or failed.</summary>
public sealed record RunState(string Id, string Status, int Done, int Total, DateTimeOffset Started, DateTimeOffset? Finished, string? Error, SelectionSummary? Result);

/// <summary>
/// Background selection runs through <see cref="SelectionAnalysis"/>, at most <see cref="MaxActive"/> at a time,
/// cancellable; a finished run is saved in the store. Runs execute on <see cref="Worker"/>, a scheduler of one
/// concurrent task: the parallel draws inside a run (Parallel.ForEach uses the current scheduler) then occupy one
/// core, not all of them, so page requests keep the others (a second run waits, queued, for the first). Progress and
/// cancellation are seen between draw batches, not while the end-of-life flow draws are prepared (Core). A run's
/// final status is published only after the run is saved, so a client that sees "completed" finds it in the list of
/// saved runs (the status used to change first, and a fast client raced the store write).
/// </summary>
public sealed class SelectionRuns(Data.ActiveData data, SqliteStore store, ILogger<SelectionRuns> log)
{
    public const int MaxActive = 2;

    /// <summary>Where runs execute: one task at a time on the thread pool, with the runs' own parallel loops confined to it.</summary>
    internal static TaskScheduler Worker { get; } = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, 1).ConcurrentScheduler;
    private readonly ConcurrentDictionary<string, Run> _runs = new();

    /// <summary>Starts a run; null when <see cref="MaxActive"/> runs are already active.</summary>
    public RunState? Start(RunRequest request)
    {
        if (_runs.Values.Count(r => r.Active) >= MaxActive) return null;
        var run = new Run(Guid.NewGuid().ToString("n")[..12], request, data.Current.Workspaces);
        _runs[run.Id] = run;
        _ = Task.Factory.StartNew(() => Execute(run), CancellationToken.None, TaskCreationOptions.DenyChildAttach, Worker);
        return run.State();
    }

    public RunState? Get(string id) => _runs.TryGetValue(id, out var r) ? r.State() : Saved(id);

    /// <summary>Asks a run to stop; false when it is unknown or already finished.</summary>
    public bool Cancel(string id)
    {
        if (!_runs.TryGetValue(id, out var r) || !r.Active) return false;
        r.Cancel.Cancel();
        return true;
    }

    private RunState? Saved(string id) => store.Run(id) is { } s
        ? new RunState(s.Id, s.Status, 0, 0, s.Started, s.Finished, s.Error, s.Result?.Deserialize<SelectionSummary>(JsonSerializerOptions.Web))
        : null;

    private void Execute(Run run)
    {
        try
        {
            run.Status = "running";
            var q = run.Request;
            var request = new SelectionRequest(q.Draws, q.Seed, q.Scenario);
            var result = new SelectionAnalysis(run.Workspaces.For(q.Choice)).Run(request, run, run.Cancel.Token);
            run.Finish("completed", SelectionSummary.Of(result), null);
        }
        catch (OperationCanceledException) { run.Finish("cancelled", null, null); }
        catch (Core.Inputs.InputException e) { run.Finish("failed", null, e.Message); }
#pragma warning disable CA1031 // a background run must record any failure instead of crashing the process
        catch (Exception e)
        {
            Hosting.Log.RunFailed(log, e, run.Id);
            run.Finish("failed", null, "Internal error (Junkan's bug; see the server log).");
        }
#pragma warning restore CA1031
        try { Save(run); }
#pragma warning disable CA1031 // a failed save must not leave the run "running" for ever; it is logged
        catch (Exception e) { Hosting.Log.RunFailed(log, e, run.Id); }
#pragma warning restore CA1031
        run.Publish();
    }

    private void Save(Run run)
    {
        var s = run.State(final: true);
        var request = JsonSerializer.SerializeToElement(run.Request, JsonSerializerOptions.Web);
        var result = s.Result is null ? (JsonElement?)null : JsonSerializer.SerializeToElement(s.Result, JsonSerializerOptions.Web);
        store.SaveRun(new StoredRun(s.Id, request, s.Status, result, s.Error, s.Started, s.Finished ?? DateTimeOffset.UtcNow));
    }

    /// <summary>One run; it is its own progress sink (draws done).</summary>
    private sealed class Run(string id, RunRequest request, WorkspaceCache workspaces) : IProgress<int>
    {
        private int _done;
        private volatile SelectionSummary? _result;

        public string Id { get; } = id;
        public RunRequest Request { get; } = request;

        /// <summary>The data active when the run was started (a switch during the run does not change its inputs).</summary>
        public WorkspaceCache Workspaces { get; } = workspaces;
        public CancellationTokenSource Cancel { get; } = new();
        public DateTimeOffset Started { get; } = DateTimeOffset.UtcNow;
        public volatile string Status = "queued";
        private string? _final;
        private DateTimeOffset? _finished;
        private string? _error;

        public bool Active => Status is "queued" or "running";

        public void Report(int value) => Volatile.Write(ref _done, value);

        /// <summary>Records the outcome; clients see it once <see cref="Publish"/> is called (after the run is saved).</summary>
        public void Finish(string status, SelectionSummary? result, string? error)
        {
            (_result, _error, _finished, _final) = (result, error, DateTimeOffset.UtcNow, status);
            if (result is not null) Volatile.Write(ref _done, Request.Draws);
        }

        public void Publish() => Status = _final ?? "failed";

        /// <summary>The live state; <paramref name="final"/> gives the recorded outcome before it is published (for saving).</summary>
        public RunState State(bool final = false) => new(Id, final ? _final ?? Status : Status, Volatile.Read(ref _done), Request.Draws, Started, _finished, _error, _result);
    }
}
