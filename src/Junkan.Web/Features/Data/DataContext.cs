using Junkan.Application;
using Junkan.Web.Features.Elements;
using Junkan.Web.Features.Flows;
using Junkan.Web.Features.Networks;
using Junkan.Web.Features.Policy;
using Junkan.Web.Features.Recyclability;
using Junkan.Web.Features.Selection;
using Junkan.Web.Store;

namespace Junkan.Web.Features.Data;

/// <summary>The bundled data folder opened when the app starts (tests hand in a shared one).</summary>
public sealed record BundledData(Workspace Workspace);

/// <summary>
/// Which data the analyses read: the bundled reference data (<see cref="DataSet"/> null) or a stored data-set version
/// overlaid on it: its name, version, file, when it was stored and by whom, and the tables it replaces.
/// </summary>
public sealed record ActiveDataDto(string Source, StoredDataSet? DataSet)
{
    public const string BundledSource = "bundled", DataSetSource = "data-set";

    /// <summary>The value of the <c>Junkan-Data</c> response header (ASCII: the id and version, not the user's name).</summary>
    public string Header => DataSet is { } d ? $"data-set id={d.Id} version={d.Version}" : BundledSource;
}

/// <summary>
/// One data version and everything derived from it: the workspace, and the views that cache results of that
/// workspace (risk, recyclability, selection, policy, flows, networks, selection-settings workspaces). Immutable data,
/// so the caches never need to be invalidated: switching data switches the whole context.
/// </summary>
public sealed class DataContext
{
    internal DataContext(Workspace workspace, ActiveDataDto info, SqliteStore store)
    {
        Workspace = workspace;
        Info = info;
        Risk = new RiskViews(workspace);
        Recyclability = new RecyclabilityViews(workspace);
        Selection = new SelectionViews(workspace);
        Policy = new ScenarioEvaluator(workspace);
        Flows = new FlowViews(workspace);
        Networks = new NetworkViews(workspace);
        Workspaces = new WorkspaceCache(workspace, store);
        Stocks = new Stocks.StockViews(workspace);
    }

    public Workspace Workspace { get; }
    public ActiveDataDto Info { get; }
    public RiskViews Risk { get; }
    public RecyclabilityViews Recyclability { get; }
    public SelectionViews Selection { get; }
    public ScenarioEvaluator Policy { get; }
    internal FlowViews Flows { get; }
    internal NetworkViews Networks { get; }
    public WorkspaceCache Workspaces { get; }
    internal Stocks.StockViews Stocks { get; }
}
