using Junkan.Application.Recyclability;
using Junkan.Core.Inputs;
using Junkan.Core.Recyclability;
using Junkan.Core.Selection;
using Junkan.Core.Stocks;

namespace Junkan.Application.Selection;

/// <summary>How to run the selection: Monte Carlo draws (0 = central values only), seed, and the product scenario (default the first non-historic).</summary>
public sealed record SelectionRequest
{
    /// <summary>The most draws one run may take (<see cref="InputLimits.MaxDraws"/>; the stored result grows with the draws).</summary>
    public const int MaxDraws = InputLimits.MaxDraws;

    /// <summary>A request; a negative or too large number of draws is refused here, before anything is loaded.</summary>
    public SelectionRequest(int draws = 1000, int seed = 1, string? scenario = null)
    {
        if (draws < 0) throw new UsageException("--draws", $"--draws {draws}: the number of draws cannot be negative.");
        if (draws > MaxDraws)
            throw new UsageException("--draws", FormattableString.Invariant($"--draws {draws}: the limit is {MaxDraws:N0} draws (each is stored; more would not change the percentiles)."));
        (Draws, Seed, Scenario) = (draws, seed, scenario);
    }

    public int Draws { get; }
    public int Seed { get; }
    public string? Scenario { get; }
}

/// <summary>
/// Use case <c>select</c>: the seeded Monte Carlo selection of the elements whose recycling can contribute most, over
/// the central flows and, when drawing, the end-of-life flow draws of the product scenario.
/// </summary>
public sealed class SelectionAnalysis(Workspace workspace)
{
    /// <summary>The inputs of a run in the settings' assessment year (computed once; the report reuses them).</summary>
    public AssessmentInputs Inputs(string? scenario) => AssessmentInputs.Compute(workspace, scenario, workspace.Recyclability.Settings.Year);

    public SelectionResult Run(SelectionRequest request, IProgress<int>? progress = null, CancellationToken cancel = default) =>
        Run(request, Inputs(request.Scenario), progress, cancel);

    /// <summary>Runs on given inputs; <paramref name="progress"/> receives the number of draws done.</summary>
    public SelectionResult Run(SelectionRequest request, AssessmentInputs inputs, IProgress<int>? progress = null, CancellationToken cancel = default)
    {
        var r = workspace.Recyclability;
        // Elements with a flow system draw their end-of-life flows through it; the product stock draws are needed only for the others.
        bool products = r.Data.Profiles.Any(p => p.Flows is null);
        var flowDraws = request.Draws > 0 && products
            ? new EndOfLifeDraws(r.Paths(inputs.Scenario), r.Products.Lifetimes, r.Products.Contents, request.Draws, request.Seed, StockModelOptions.Default)
            : null;
        cancel.ThrowIfCancellationRequested();
        return MonteCarloSelection.Run(r.Data.Profiles, r.Settings, inputs.Scenario, inputs.Flows, flowDraws, inputs.SupplyRisk(), request.Draws, request.Seed,
            progress, prices: inputs.Prices, cancel: cancel);
    }
}
