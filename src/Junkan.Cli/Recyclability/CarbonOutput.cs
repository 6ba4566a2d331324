using System.Globalization;
using System.Text.Json;
using Junkan.Cli.Output;
using Junkan.Core.Recyclability;
using Spectre.Console;

namespace Junkan.Cli.Recyclability;

/// <summary>The CO2 effect of recycling per element (<c>assess</c>): avoided t CO2e/y today and at the achievable collection.</summary>
internal static class CarbonOutput
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Table(IReadOnlyList<CarbonEffect> effects)
    {
        if (effects.Count == 0) return;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected) console.Profile.Width = 200;
        var table = new Table().Title("CO2 effect of recycling: avoided primary production (t CO2e per year)");
        foreach (var h in new[] { "element", "recovered t/y", "primary kg CO2e/kg", "secondary", "avoided today", "of Japan's total", "avoided achievable", "source" })
            table.AddColumn(new TableColumn(h).RightAligned());
        foreach (var c in effects)
            table.AddRow(c.Element, Display.Tonnes(c.RecoveredToday), c.Factor?.Primary.ToString("0.#", Inv) ?? "no factor", c.Factor is null ? "-" : c.Factor.Secondary?.ToString("0.##", Inv) ?? "gap (gross)",
                Display.Tonnes(c.AvoidedToday), c.ShareOfJapan is { } t ? Reports.Formatting.ReportFormat.SmallPercent(t) : "-", Display.Tonnes(c.AvoidedAchievable), Markup.Escape(c.Factor?.SourceId ?? "-"));
        console.Write(table);
        console.WriteLine("avoided = recovered × (primary − secondary) factor. Where the secondary-route factor is a gap the figure is gross: an upper bound " +
            "(recycled copper and aluminium need roughly 10-20 % and 5 % of the primary energy, so the net saving is somewhat smaller). " +
            "Elements without a bundled factor ('no factor') are gaps, not zero. Scale: Japan's emissions FY2022 1,135 Mt CO2e (moe-ghg-fy2022).");
    }

    /// <summary>The <c>co2</c> object of an element in the JSON output.</summary>
    public static void Json(Utf8JsonWriter w, CarbonEffect? c)
    {
        w.WriteStartObject("co2");
        if (c?.Factor is { } f)
        {
            w.WriteNumber("primary_kg_per_kg", f.Primary);
            if (f.Secondary is { } s) w.WriteNumber("secondary_kg_per_kg", s); else w.WriteNull("secondary_kg_per_kg");
            w.WriteString("source", f.SourceId);
            w.WriteBoolean("gross", c.Gross);
        }
        else w.WriteString("gap", "no emission factor bundled for this element (data/recyclability/emission_factors.csv)");
        AssessOutput.Number(w, "avoided_today_t", c?.AvoidedToday);
        AssessOutput.Number(w, "avoided_achievable_t", c?.AvoidedAchievable);
        w.WriteEndObject();
    }
}
