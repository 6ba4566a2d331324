using System.Globalization;
using System.Text.Json;
using Junkan.Application.Flows;
using Junkan.Cli.Output;
using Junkan.Core.Flows.Products;
using Spectre.Console;

namespace Junkan.Cli.Flows;

/// <summary>The bottom-up reconciliation of <c>flows</c>: tables and the JSON field <c>bottom_up</c> (docs/methods/flows.md §7).</summary>
internal static class BottomUpOutput
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static void Table(IAnsiConsole console, BottomUpResult result, string element)
    {
        var r = result.Elements.FirstOrDefault(e => e.Element == element);
        if (r is null) return;
        var rows = new Table().Title($"Bottom-up product systems against the top-down system, t {element}/y (ratio = bottom-up / top-down)");
        foreach (var h in new[] { "year", "compared", "top-down uses", "products", "bottom-up", "low", "high", "bottom-up domestic", "top-down", "top-down domestic", "difference", "ratio", "reading" })
            rows.AddColumn(new TableColumn(h));
        foreach (var x in r.Rows)
            rows.AddRow(x.Year.ToString(Inv), x.Compared, Markup.Escape(string.Join(" + ", x.Uses)) + (x.Partial ? " (partial)" : ""), Markup.Escape(string.Join(", ", x.Products)),
                T(x.BottomUpT), T(x.BottomUpLowT), T(x.BottomUpHighT), T(x.BottomUpDomesticT), T(x.TopDownT), T(x.TopDownDomesticT), T(x.DifferenceT), Ratio(x.Ratio),
                Markup.Escape(ReconciliationReading.Of(x).En));
        console.Write(rows);
        if (r.Checks.Count > 0)
        {
            var checks = new Table().Title("Published figures beside the bottom-up products (ratio = published / model)");
            foreach (var h in new[] { "year", "measure", "products", "published", "unit", "model", "model low", "model high", "ratio", "source", "reading" }) checks.AddColumn(h);
            foreach (var c in r.Checks)
                checks.AddRow(c.Figure.Year.ToString(Inv), c.Figure.Measure, Markup.Escape(string.Join(", ", c.Figure.Products)), T(c.Figure.Value), Markup.Escape(c.Figure.Unit),
                    T(c.Model), T(c.ModelLow), T(c.ModelHigh), Ratio(c.Ratio), Markup.Escape(c.Figure.SourceId), Markup.Escape(ReconciliationReading.Of(c).En));
            console.Write(checks);
        }
        var contents = new Table().Title($"Per-unit contents of {element} (kg/unit; check the order of magnitude: Nd in an HEV motor about 1 kg, a car about 20-25 kg Cu)");
        foreach (var h in new[] { "product", "basis", "kg/unit", "low", "high", "year", "source", "quality" }) contents.AddColumn(h);
        foreach (var p in r.Products)
            if (p.Of(element) is { } o)
                contents.AddRow(p.Product.Id.Value, p.Product.Basis.ToString().ToLowerInvariant(), K(o.Content.KgPerUnit), K(o.Content.Low), K(o.Content.High),
                    o.Content.Year.ToString(Inv), Markup.Escape(o.Content.SourceId), o.Content.Quality.ToString(Inv));
        console.Write(contents);
        foreach (var w in result.Warnings) console.WriteLine(Markup.Escape($"warning: {w}"));
        console.WriteLine("Sales products: stock engine (sales x lifetime), domestic = after used-product export; 'collected' products are the units of the Home Appliance Recycling Law, compared with the top-down collected flow. Contents and mapping: data/flows/products/README.md.");
    }

    public static void Json(Utf8JsonWriter w, BottomUpResult result)
    {
        w.WriteStartObject("bottom_up");
        w.WriteStartArray("warnings");
        foreach (var s in result.Warnings) w.WriteStringValue(s);
        w.WriteEndArray();
        w.WriteStartArray("elements");
        foreach (var r in result.Elements) Element(w, r);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Element(Utf8JsonWriter w, BottomUpReconciliation r)
    {
        w.WriteStartObject();
        w.WriteString("element", r.Element);
        w.WriteStartArray("map");
        foreach (var m in r.Map)
        {
            w.WriteStartObject();
            w.WriteString("product", m.Product);
            w.WriteStartArray("uses");
            foreach (var u in m.Uses) w.WriteStringValue(u);
            w.WriteEndArray();
            w.WriteBoolean("partial", m.Partial);
            w.WriteString("note", m.Note);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("rows");
        foreach (var x in r.Rows) Row(w, x);
        w.WriteEndArray();
        w.WriteStartArray("checks");
        foreach (var c in r.Checks) Check(w, c);
        w.WriteEndArray();
        w.WriteStartArray("contents");
        foreach (var p in r.Products)
            if (p.Of(r.Element) is { } o)
            {
                w.WriteStartObject();
                w.WriteString("product", p.Product.Id.Value);
                w.WriteString("name_en", p.Product.NameEn);
                w.WriteString("name_ja", p.Product.NameJa);
                w.WriteString("basis", p.Product.Basis.ToString().ToLowerInvariant());
                w.WriteNumber("kg_per_unit", o.Content.KgPerUnit);
                w.WriteNumber("low", o.Content.Low);
                w.WriteNumber("high", o.Content.High);
                w.WriteNumber("year", o.Content.Year);
                w.WriteString("source", o.Content.SourceId);
                w.WriteNumber("quality", o.Content.Quality);
                w.WriteEndObject();
            }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Row(Utf8JsonWriter w, ReconciliationRow x)
    {
        w.WriteStartObject();
        w.WriteNumber("year", x.Year);
        w.WriteString("compared", x.Compared);
        w.WriteStartArray("uses");
        foreach (var u in x.Uses) w.WriteStringValue(u);
        w.WriteEndArray();
        w.WriteStartArray("products");
        foreach (var p in x.Products) w.WriteStringValue(p);
        w.WriteEndArray();
        w.WriteBoolean("partial", x.Partial);
        Num(w, "bottom_up_t", x.BottomUpT);
        Num(w, "bottom_up_low_t", x.BottomUpLowT);
        Num(w, "bottom_up_high_t", x.BottomUpHighT);
        Num(w, "bottom_up_domestic_t", x.BottomUpDomesticT);
        Num(w, "top_down_t", x.TopDownT);
        Num(w, "top_down_domestic_t", x.TopDownDomesticT);
        Num(w, "difference_t", x.DifferenceT);
        Num(w, "ratio", x.Ratio);
        var (en, ja) = ReconciliationReading.Of(x);
        w.WriteString("reading_en", en);
        w.WriteString("reading_ja", ja);
        w.WriteEndObject();
    }

    private static void Check(Utf8JsonWriter w, ProductCheck c)
    {
        var f = c.Figure;
        w.WriteStartObject();
        w.WriteNumber("year", f.Year);
        w.WriteString("measure", f.Measure);
        w.WriteStartArray("products");
        foreach (var p in f.Products) w.WriteStringValue(p);
        w.WriteEndArray();
        w.WriteNumber("published", f.Value);
        w.WriteNumber("published_low", f.Low);
        w.WriteNumber("published_high", f.High);
        w.WriteString("unit", f.Unit);
        w.WriteString("source", f.SourceId);
        w.WriteNumber("quality", f.Quality);
        Num(w, "model", c.Model);
        Num(w, "model_low", c.ModelLow);
        Num(w, "model_high", c.ModelHigh);
        Num(w, "ratio", c.Ratio);
        w.WriteBoolean("within_range", c.WithinRange);
        var (en, ja) = ReconciliationReading.Of(c);
        w.WriteString("reading_en", en);
        w.WriteString("reading_ja", ja);
        w.WriteString("note", f.Note);
        w.WriteEndObject();
    }

    private static void Num(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } x) w.WriteNumber(name, Math.Round(x, 6));
        else w.WriteNull(name);
    }

    private static string T(double? v) => Display.Tonnes(v);

    private static string K(double v) => v.ToString("0.###", Inv);

    private static string Ratio(double? v) => v is { } x ? x.ToString("0.00", Inv) : "-";
}
