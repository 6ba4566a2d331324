using Junkan.Application.Risk;
using Junkan.Core.Risk;
using Spectre.Console;

namespace Junkan.Cli.Output;

/// <summary>The terminal table: elements × the six indicators, value and level, proxies marked with *.</summary>
public static class RiskTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<RiskProfile> profiles, string settings, int year)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Supply-risk indicators, data up to {year}");
        table.AddColumn("Element");
        foreach (var i in RiskIndicators.All) table.AddColumn(new TableColumn($"{(int)i} {i.Key().Replace('_', ' ')}").RightAligned());
        foreach (var p in profiles)
            table.AddRow(p.Radar.Select(Cell).Prepend(new Markup(Markup.Escape(p.Element))).ToArray());
        console.Write(table);
        console.MarkupLine($"[grey]Settings: {Markup.Escape(settings)}. * = proxy (see --format json for labels and notes).[/]");
    }

    /// <summary>The table at the stage asked for, then the refining-stage ② and, when asked for, the import-dependence weighted ③/④.</summary>
    public static void Write(IAnsiConsole console, RiskResult r, string settings)
    {
        string stage = r.Stage == ConcentrationStage.Refining ? " (2 = refinery production)" : "";
        var table = new Table().Border(TableBorder.Rounded).Title($"Supply-risk indicators, data up to {r.Year}{stage}");
        table.AddColumn("Element");
        foreach (var i in RiskIndicators.All) table.AddColumn(new TableColumn($"{(int)i} {i.Key().Replace('_', ' ')}").RightAligned());
        foreach (var p in r.Profiles)
            table.AddRow(r.RadarOf(p).Select(Cell).Prepend(new Markup(Markup.Escape(p.Element))).ToArray());
        console.Write(table);
        if (r.Stage == ConcentrationStage.Refining)
            console.MarkupLine("[grey]2 = HHI of refinery production by country (USGS MCS); largest producer: " + Markup.Escape(string.Join(", ",
                r.Details.Where(d => d.RefiningLeader.Length > 0).Select(d => $"{d.Element} {d.RefiningLeader}"))) + ".[/]");
        if (r.Details.Any(d => d.Weighted.Count > 0)) WriteWeighted(console, r.Details);
        console.MarkupLine($"[grey]Settings: {Markup.Escape(settings)}. * = proxy (see --format json for labels and notes).[/]");
    }

    private static void WriteWeighted(IAnsiConsole console, IReadOnlyList<RiskDetail> details)
    {
        var t = new Table().Border(TableBorder.Rounded).Title("Import stability weighted by import dependence: " + Markup.Escape(ImportDependence.Formula));
        foreach (var h in new[] { "Element", "Stage", "Unweighted", "Imports t", "Demand t", "w", "Weighted" }) t.AddColumn(new TableColumn(h).RightAligned());
        foreach (var d in details)
            foreach (var w in d.Weighted.Where(w => w.Unweighted.Value is not null))
                t.AddRow(new Markup(Markup.Escape(d.Element)), new Markup(w.Unweighted.Stage?.ToString().ToLowerInvariant() ?? ""), Cell(w.Unweighted),
                    new Markup(Display.Tonnes(w.Dependence?.ImportTonnes)), new Markup(Display.Tonnes(w.Dependence?.DemandTonnes)),
                    new Markup(w.Dependence is { } dep ? dep.Weight.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "-"),
                    w.Dependence is null ? new Markup($"[grey]{Markup.Escape(w.Reason ?? "")}[/]") : Cell(w.Weighted));
        console.Write(t);
    }

    private static Markup Cell(IndicatorResult r)
    {
        string value = Markup.Escape(Display.Value(r) + (r.IsProxy ? "*" : ""));
        return r.Level switch
        {
            RiskLevel.High => new Markup($"[red]{value} High[/]"),
            RiskLevel.Mid => new Markup($"[yellow]{value} Mid[/]"),
            RiskLevel.Low => new Markup($"[green]{value} Low[/]"),
            _ => new Markup($"[grey]{value}[/]"),
        };
    }
}
