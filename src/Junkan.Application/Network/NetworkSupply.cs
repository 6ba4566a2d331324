using System.Globalization;
using Junkan.Application.Flows;
using Junkan.Core.Flows;
using Junkan.Core.Inputs;
using Junkan.Core.Network;
using Junkan.Data.Network;

namespace Junkan.Application.Network;

/// <summary>
/// The supply of a case in a year: for a stream with a <c>flow_supply</c> entry, the end-of-life flow of the named use in
/// Japan's element flow system (central growth scenario, t element/y) divided by the stated content and times the share;
/// every source's supply of the stream is scaled so that the national total equals it (the regions keep their weights).
/// Other streams keep the case file's national total. Each stream says what its total rests on.
/// </summary>
public static class NetworkSupply
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>End-of-life flow of one use of an element in a year, t element/y (central scenario).</summary>
    public static double EndOfLife(Workspace workspace, string element, string use, int year)
    {
        var model = workspace.Recyclability.Data.Profile(element).Flows?.Inputs
            ?? throw new NotInDataException("flow_supply", $"{element} has no single-element flow system");
        var system = ElementFlowBuilder.Build(model, Math.Max(year, FlowRequest.LastYear), GrowthScenario.Central).System;
        var flow = system.Flows.FirstOrDefault(f => f.Kind == FlowKind.EndOfLife && f.Use == use)
            ?? throw new NotInDataException("flow_supply", $"the flow system of {element} has no end-of-life flow of use '{use}' (uses: {string.Join(", ", model.Uses.Select(u => u.Use))})");
        return flow[system.IndexOf(year)];
    }

    /// <summary>The case with the supply of <paramref name="year"/> and the basis of each stream's national total.</summary>
    public static (NetworkCase Case, IReadOnlyList<SupplyBasis> Basis) For(NetworkCaseFile file, int? year, Workspace? workspace)
    {
        var c = file.Case;
        var basis = new List<SupplyBasis>();
        var factor = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (stream, n) in file.NationalSupply)
        {
            var spec = file.FlowSupply.FirstOrDefault(s => s.Stream == stream && s.Apply);
            int y = year ?? n.Year ?? 0;
            var published = file.Published.Where(p => p.Stream == stream).ToList();
            if (spec is null || workspace is null || year is null && n.Year is null)
            {
                double t = n.Tonnes;
                basis.Add(new SupplyBasis(stream, n.Year ?? y, t, SupplyBasis.CaseFile, $"national_supply of the case file: {t.ToString("N0", Inv)} t/y ({n.Source}, {n.Year}); spread by {file.Weight ?? "explicit sources"}"
                    + (spec is not null ? "; the flow system was not consulted" : "") + (year is not null && n.Year != year ? $"; held constant in {year}" : ""), published));
                continue;
            }
            double eol = EndOfLife(workspace, spec.Element, spec.Use, y);
            double tonnes = spec.Tonnes(eol);
            factor[stream] = n.Tonnes > 0 ? tonnes / n.Tonnes : 0;
            basis.Add(new SupplyBasis(stream, y, tonnes, SupplyBasis.FlowSystem,
                $"flow system {spec.Element}, use {spec.Use}: end of life {eol.ToString("N0", Inv)} t {spec.Element} in {y} / {spec.Content.ToString("0.####", Inv)} t/t ({spec.ContentSource.Source}) × share {spec.Share.ToString("0.######", Inv)} ({spec.ShareSource.Source}); spread by {file.Weight}",
                published));
        }
        foreach (var spec in file.FlowSupply.Where(s => !s.Apply && workspace is not null))
        {
            int y = year ?? file.NationalSupply[spec.Stream].Year ?? 0;
            double eol = EndOfLife(workspace!, spec.Element, spec.Use, y);
            basis.Add(new SupplyBasis(spec.Stream, y, spec.Tonnes(eol), SupplyBasis.CompareOnly,
                $"flow system {spec.Element}, use {spec.Use}: end of life {eol.ToString("N0", Inv)} t {spec.Element} in {y} / {spec.Content.ToString("0.####", Inv)} t/t ({spec.ContentSource.Source}) × share {spec.Share.ToString("0.######", Inv)}; not applied",
                file.Published.Where(p => p.Stream == spec.Stream).ToList()));
        }
        if (factor.Count == 0) return (c, basis);
        var sources = c.Sources.Select(s => s with { Supply = s.Supply.ToDictionary(kv => kv.Key, kv => kv.Value * factor.GetValueOrDefault(kv.Key, 1)) }).ToList();
        return (c with { Sources = sources }, basis);
    }
}
