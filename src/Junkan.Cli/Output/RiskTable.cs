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
