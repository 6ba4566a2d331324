using Junkan.Application;
using Junkan.Application.Selection;

namespace Junkan.Web.Features.Selection;

/// <summary>The default selection (1,000 draws, seed 1, default scenario) through <see cref="SelectionAnalysis"/>, computed once for the overview.</summary>
public sealed class SelectionViews(Workspace workspace)
{
    public const int DefaultDraws = 1000;
    private readonly Lazy<SelectionSummary> _default = new(() => SelectionSummary.Of(new SelectionAnalysis(workspace).Run(new SelectionRequest(DefaultDraws, 1))));

    public SelectionSummary Default => _default.Value;
}
