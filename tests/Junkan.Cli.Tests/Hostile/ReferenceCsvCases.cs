namespace Junkan.Cli.Tests.Hostile;

/// <summary>Hostile reference tables (data/reference/*.csv) read by <c>risk</c>: exit 2 naming the file, the row and the column.</summary>
internal static class ReferenceCsvCases
{
    private const string Production = "data/reference/production.csv";

    /// <summary>A production row (column order of the bundled file) with one cell replaced.</summary>
    private static string ProductionRow(string column, string value)
    {
        var cells = new Dictionary<string, string>
        {
            ["element"] = "Co", ["commodity"] = "cobal", ["series"] = "Mine production", ["stage"] = "mine", ["country"] = "COD",
            ["year"] = "2022", ["value"] = "100", ["unit"] = "t", ["flag"] = "", ["source_id"] = "usgs-mcs-2024", ["quality"] = "5", ["reference"] = "hostile",
        };
        cells[column] = value;
        return string.Join(",", cells.Values);
    }

    /// <summary>Appends a bad production row; the error must name production.csv, that row and <paramref name="column"/>.</summary>
    private static HostileCase BadProduction(string name, string column, string value, params string[] more) =>
        new(name, 2, w => new(Commands.Risk(w), [$"production.csv:{w.AppendRow(Production, ProductionRow(column, value))}:{column}", .. more]));

    private static HostileCase Table(string name, string file, Action<Workspace> spoil, params string[] place) =>
        new(name, 2, w => { spoil(w); return new(Commands.Risk(w), [file, .. place]); });

    public static IEnumerable<HostileCase> All =>
    [
        BadProduction("value 1e308", "value", "1e308", "1e15"),
        BadProduction("value 1e400 (infinity)", "value", "1e400", "out of range"),
        BadProduction("value NaN", "value", "NaN", "not a number"),
        BadProduction("value Infinity", "value", "Infinity", "not a number"),
        BadProduction("value -Infinity", "value", "-Infinity", "not a number"),
        BadProduction("value negative", "value", "-1", "negative"),
        BadProduction("value with a decimal comma", "value", "\"1,5\"", "not a number"),
        BadProduction("producer XYZ", "country", "XYZ", "XYZ", "countries.csv"),
        BadProduction("unknown source id (with its row)", "source_id", "nobody-2024", "nobody-2024"),
        BadProduction("unknown element", "element", "Xx", "Xx"),
        BadProduction("year 99999", "year", "99999", "1000..3000"),
        BadProduction("year -2147483648", "year", "-2147483648"),
        BadProduction("year not an integer", "year", "2022.5"),
        BadProduction("quality 0", "quality", "0", "1..5"),
        BadProduction("unit not tonnes", "unit", "kg", "tonnes"),
        BadProduction("non-ASCII digits", "value", "１００", "not a number"),
        new("import partner ZZZ", 2, w => new(Commands.Risk(w),
            $"japan_imports.csv:{w.AppendRow("data/reference/japan_imports.csv", "Co,refined,ZZZ,2019,0.01,,meti-2021-critical-minerals,3,")}:partner", "ZZZ")),
        new("import share above 1", 2, w => new(Commands.Risk(w),
            $"japan_imports.csv:{w.AppendRow("data/reference/japan_imports.csv", "Co,refined,CHN,2019,1.5,,meti-2021-critical-minerals,3,")}:share")),
        new("import shares summing past 1", 2, w => new(Commands.Risk(w),
            $"japan_imports.csv:{w.AppendRow("data/reference/japan_imports.csv", "Ni,mine,AUS,2019,0.9,,meti-2021-critical-minerals,3,")}:share", "sum")),
        new("duplicate key in countries.csv", 2, w => new(Commands.Risk(w),
            $"countries.csv:{w.AppendRow("data/reference/countries.csv", "DZA,DZ,Algeria again,アルジェリア,")}:iso3", "DZA", "twice")),
        new("duplicate source id", 2, w => new(Commands.Risk(w),
            $"sources.csv:{w.AppendRow("data/reference/sources.csv", "usgs-mcs-2024,again,,,,,,")}:id", "twice")),
        new("duplicate element", 2, w => new(Commands.Risk(w),
            $"elements.csv:{w.AppendRow("data/reference/elements.csv", "Co,Cobalt,コバルト,element,,yes,cobal,")}:symbol", "twice")),
        Table("header-only elements.csv (not blamed on production.csv)", "elements.csv", w => w.HeaderOnly("data/reference/elements.csv"), "no data rows"),
        Table("header-only production.csv", "production.csv", w => w.HeaderOnly(Production), "no data rows"),
        Table("header-only sources.csv", "sources.csv", w => w.HeaderOnly("data/reference/sources.csv"), "no data rows"),
        Table("empty production.csv", "production.csv:1", w => w.Write(Production, ""), "empty file"),
        Table("production.csv is a folder", "production.csv", w => { File.Delete(w.PathOf(Production)); Directory.CreateDirectory(w.PathOf(Production)); }, "folder"),
        Table("production.csv missing", "production.csv", w => File.Delete(w.PathOf(Production)), "not found"),
        Table("binary garbage", "production.csv", w => w.WriteBytes(Production, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))])),
        Table("invalid UTF-8", "production.csv", w => w.WriteBytes(Production, [.. "element,value\n"u8, 0xc3, 0x28, 0x0a]), "UTF-8"),
        Table("a 2 MB cell", "production.csv:2", w => w.Edit(Production, t => t[..(t.IndexOf('\n') + 1)] + new string('9', 2_000_000) + "\n"), "1,048,576"),
        Table("production.csv a symlink to /dev/zero", "production.csv", w => { File.Delete(w.PathOf(Production)); File.CreateSymbolicLink(w.PathOf(Production), "/dev/zero"); }, "1,048,576"),
        Table("production.csv a symlink to /dev/urandom", "production.csv", w => { File.Delete(w.PathOf(Production)); File.CreateSymbolicLink(w.PathOf(Production), "/dev/urandom"); }),
        Table("a required column twice", "production.csv:1:year", w => w.Edit(Production, t => "year," + t), "twice"),
        Table("a missing column", "production.csv:1:value", w => w.Edit(Production, t => t.Replace("element,commodity,series,stage,country,year,value,", "element,commodity,series,stage,country,year,valeur,")), "missing"),
        Table("a row with too many cells", "production.csv", w => w.AppendRow(Production, ProductionRow("reference", "x,y,z")), "cells"),
        new("wgi country not ISO3", 2, w => new(Commands.Risk(w), $"wgi.csv:{w.AppendRow("data/reference/wgi.csv", "Narnia,2022,0,0,0,0,0,0,wb-wgi-2024")}:country")),
        new("wgi estimate 1e308", 2, w => new(Commands.Risk(w), $"wgi.csv:{w.AppendRow("data/reference/wgi.csv", "JPN,2099,1e308,0,0,0,0,0,wb-wgi-2024")}:va", "1e15")),
        new("price NaN", 2, w => new(Commands.Risk(w), $"prices.csv:{w.AppendRow("data/reference/prices.csv", "Co,cobal,Price,2022,NaN,USD/t,usgs-mcs-2024,hostile")}:value")),
        new("a BOM and CRLF line ends are accepted", 0, w =>
        {
            w.Edit(Production, t => "\uFEFF" + t.Replace("\r\n", "\n").Replace("\n", "\r\n"));
            w.Edit("data/reference/elements.csv", t => "\uFEFF" + t.Replace("\r\n", "\n").Replace("\n", "\r\n"));
            return new(Commands.Risk(w)) { SameAsPristine = true };
        }),
        new("blank lines between rows are accepted", 0, w =>
        {
            w.Edit("data/reference/countries.csv", t => t.Replace("\n", "\n\n"));
            return new(Commands.Risk(w)) { SameAsPristine = true };
        }),
    ];
}
