using System.Collections.Concurrent;
using Junkan.Application;
using Junkan.Core.Inputs;
using Junkan.Web.Store;
using Microsoft.Extensions.Logging;

namespace Junkan.Web.Features.Data;

/// <summary>
/// The data the analyses read, switchable at run time: the bundled data, or a stored data-set version whose tables
/// overlay them (<see cref="Workspace.OpenOverlay"/> on a private copy in <c>STORE.overlays/ID</c>; the bundled folder is
/// never written). Contexts are opened once per data-set version and kept (at most <see cref="Capacity"/> overlays);
/// the choice is recorded in the store and restored on the next start. A request reads one context throughout (scoped).
/// </summary>
public sealed class ActiveData(BundledData bundled, SqliteStore store, ILogger<ActiveData> log)
{
    /// <summary>Overlay contexts kept open besides the bundled one.</summary>
    public const int Capacity = 4;

    private readonly Lazy<DataContext> _bundled = new(() => new DataContext(bundled.Workspace, new ActiveDataDto(ActiveDataDto.BundledSource, null), store));
    private readonly ConcurrentDictionary<string, Lazy<DataContext>> _overlays = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private DataContext? _current;

    /// <summary>The bundled data's context.</summary>
    public DataContext Bundled => _bundled.Value;

    /// <summary>The active context (on first use: the one recorded in the store, or the bundled data).</summary>
    public DataContext Current
    {
        get
        {
            if (Volatile.Read(ref _current) is { } c) return c;
            lock (_gate) return _current ??= Restore();
        }
    }

    /// <summary>
    /// Makes data-set version <paramref name="id"/> the active data: opens (and checks) its overlay first, so a
    /// version that does not open leaves the active data as they were (the input error propagates).
    /// </summary>
    public DataContext Activate(string id, string? author)
    {
        var context = Open(id);
        lock (_gate)
        {
            store.SetActiveDataSet(id, author);
            _current = context;
        }
        return context;
    }

    /// <summary>Switches back to the bundled data.</summary>
    public DataContext Deactivate(string? author)
    {
        lock (_gate)
        {
            store.SetActiveDataSet(null, author);
            _current = Bundled;
        }
        return Bundled;
    }

    /// <summary>The context of a stored version, opened on first use (unknown id: <see cref="NotInDataException"/> naming <c>id</c>).</summary>
    public DataContext Open(string id)
    {
        var set = store.DataSet(id) ?? throw new NotInDataException("id", $"no data set '{id}'.");
        if (_overlays.Count >= Capacity)
            foreach (var key in _overlays.Keys.Where(k => k != _current?.Info.DataSet?.Id && k != id).Take(_overlays.Count - Capacity + 1).ToArray())
                _overlays.TryRemove(key, out _);
        var lazy = _overlays.GetOrAdd(id, _ => new Lazy<DataContext>(() => Overlay(set), LazyThreadSafetyMode.ExecutionAndPublication));
        try { return lazy.Value; }
        catch (InputException)
        {
            _overlays.TryRemove(id, out _);   // a later attempt (e.g. after the bundled data were fixed) opens it anew
            throw;
        }
    }

    private DataContext Overlay(StoredDataSet set)
    {
        string folder = Path.Combine(store.File + ".overlays", set.Id);
        var workspace = Workspace.OpenOverlay(bundled.Workspace.Catalogue, store.DataSetTables(set.Id), folder);
        return new DataContext(workspace, new ActiveDataDto(ActiveDataDto.DataSetSource, set), store);
    }

    private DataContext Restore()
    {
        if (store.ActiveDataSetId() is not { } id) return Bundled;
        try { return Open(id); }
        catch (InputException e)
        {
            Hosting.Log.ActiveDataFailed(log, e, id);
            return Bundled;
        }
    }
}
