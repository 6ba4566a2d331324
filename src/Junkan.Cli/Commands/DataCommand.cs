using System.CommandLine;
using Junkan.Application.Imports;
using Junkan.Data.Applications;
using Junkan.Data.Customs;
using Junkan.Data.EuCrm;
using Junkan.Data.Imports;

namespace Junkan.Cli.Commands;

/// <summary>
/// <c>junkan data import-*</c>: rebuild bundled tables from public releases (analysts rerun these every year). Every
/// import refuses a missing or empty input, a truncated file, a table that shrinks (unless <c>--allow-shrink</c>) and a
/// 100x jump against the older vintage (unless <c>--confirm-jump</c>), and writes its tables all or nothing
/// (docs/data/import-rules.md).
/// </summary>
public static class DataCommand
{
    public static Command Create()
    {
        var cmd = new Command("data", "Import public data sets into the reference tables");
        cmd.Subcommands.Add(ImportUsgs());
        cmd.Subcommands.Add(ImportWgi());
        cmd.Subcommands.Add(ImportEuCrm());
        cmd.Subcommands.Add(ImportCustoms());
        cmd.Subcommands.Add(ImportComtrade());
        cmd.Subcommands.Add(ImportApplications());
        return cmd;
    }

    private static Command ImportUsgs()
    {
        var folders = new Argument<string[]>("folders") { Description = "MCS release folders, oldest first (e.g. .../mcs2023 .../mcs2024)", Arity = ArgumentArity.OneOrMore };
        var data = CommonOptions.Data();
        var (shrink, jumps) = (AllowShrink(), ConfirmJump());
        var cmd = new Command("import-usgs", "USGS Mineral Commodity Summaries data release(s) -> production.csv, reserves.csv, prices.csv. "
            + "Refused: a release that yields no rows, a truncated file, fewer than 50 % of an element-commodity's rows (--allow-shrink), "
            + "a value 100x off the previous release or the replaced table (--confirm-jump)") { folders, data, shrink, jumps };
        cmd.SetAction(p =>
        {
            var import = Import(p, data, shrink, jumps);
            string refFolder = import.ReferenceFolder;
            var result = import.Usgs(p.GetValue(folders)!);
            Console.Error.WriteLine($"junkan: {result.Production.Count} production, {result.Reserves.Count} reserves, {result.Prices.Count} price rows written to {refFolder}");
            foreach (var s in result.Skipped) Console.Error.WriteLine($"  skipped: {s}");
            return ExitCodes.Success;
        });
        return cmd;
    }

    private static Command ImportWgi()
    {
        var file = new Argument<string>("csv") { Description = "World Bank WGI long-format CSV (wgidataset.csv)" };
        var from = new Option<int>("--from") { DefaultValueFactory = _ => 2010, Description = "First year kept" };
        var to = new Option<int>("--to") { DefaultValueFactory = _ => 2100, Description = "Last year kept" };
        var data = CommonOptions.Data();
        var shrink = AllowShrink();
        var cmd = new Command("import-wgi", "World Bank Worldwide Governance Indicators -> wgi.csv. Refused: a truncated or empty file, "
            + "fewer than 50 % of a country's rows (--allow-shrink)") { file, from, to, data, shrink };
        cmd.SetAction(p =>
        {
            var import = Import(p, data, shrink, null);
            int rows = import.Wgi(p.GetValue(file)!, p.GetValue(from), p.GetValue(to));
            Console.Error.WriteLine($"junkan: {rows} country-years written to {import.ReferenceFolder}/wgi.csv");
            return ExitCodes.Success;
        });
        return cmd;
    }

    private static Command ImportEuCrm()
    {
        var file = new Argument<string>("csv") { Description = "EU 2023 criticality results (eureport_results.csv of meyerdata/CritMAT)" };
        var data = CommonOptions.Data();
        var shrink = AllowShrink();
        var cmd = new Command("import-eu-crm",
            "EU CRM 2023 assessment results -> eu_crm_2023.csv and secondary_supply.csv (EOL-RIR as a proxy of Japan's secondary share; both files are replaced together). "
            + "Refused: a truncated or empty file, a material or element that disappears (--allow-shrink)")
            { file, data, shrink };
        cmd.SetAction(p =>
        {
            var import = Import(p, data, shrink, null);
            string refFolder = import.ReferenceFolder;
            var result = import.EuCrm(p.GetValue(file)!);
            int mapped = result.Materials.Count(m => m.Element is not null);
            Console.Error.WriteLine($"junkan: {result.Materials.Count} materials ({mapped} mapped to elements) written to {refFolder}/{EuCrmImportResult.MaterialsFile}, "
                + $"{result.Secondary.Count} secondary-supply proxies to {refFolder}/{EuCrmImportResult.SecondaryFile}; "
                + $"{result.Excluded.Count} row(s) excluded, {result.Warnings.Count} warning(s)");
            foreach (var w in result.Warnings) Console.Error.WriteLine($"  warning: {w}");
            return ExitCodes.Success;
        });
        return cmd;
    }

    private static Command ImportCustoms()
    {
        var files = new Argument<string[]>("csv") { Description = "MOF trade-statistics CSV file(s) (財務省貿易統計, Shift_JIS or UTF-8), import rows", Arity = ArgumentArity.OneOrMore };
        var year = new Option<int?>("--year") { Description = "Keep only this Year when a file holds several (default: all years)" };
        var unknown = new Option<string>("--unknown-country") { DefaultValueFactory = _ => "error", Description = "A country code not in mof_countries.csv: error, or count it as OTHER" };
        unknown.AcceptOnlyFromAmong("error", "other");
        var data = CommonOptions.Data();
        var shrink = AllowShrink();
        var cmd = new Command("import-customs", "Japan's trade statistics (MOF) -> japan_imports.csv shares by element, stage, partner and year. "
            + "Refused: a truncated or empty file, fewer than 50 % of an element-stage-year's partner rows (--allow-shrink)") { files, year, unknown, data, shrink };
        cmd.SetAction(p =>
        {
            var import = Import(p, data, shrink, null);
            string refFolder = import.ReferenceFolder;
            var options = new CustomsImportOptions(p.GetValue(year), p.GetValue(unknown) == "other" ? UnknownCountryPolicy.Other : UnknownCountryPolicy.Error);
            var result = import.Customs(p.GetValue(files)!, options);
            int groups = result.Shares.Select(s => (s.Element, s.Stage, s.Year)).Distinct().Count();
            Console.Error.WriteLine($"junkan: {result.MappedRows} of {result.ImportRows} import rows mapped; {result.Shares.Count} partner shares in {groups} element-stage-years written to {refFolder}/japan_imports.csv");
            foreach (var w in result.Warnings) Console.Error.WriteLine($"  warning: {w}");
            return ExitCodes.Success;
        });
        return cmd;
    }

    private static Command ImportComtrade()
    {
        var files = new Argument<string[]>("csv") { Description = "UN Comtrade CSV download(s) of Japan's imports (reporter 392, flow M; current or legacy layout)", Arity = ArgumentArity.OneOrMore };
        var data = CommonOptions.Data();
        var (shrink, jumps) = (AllowShrink(), ConfirmJump());
        var cmd = new Command("import-comtrade", "UN Comtrade imports of Japan -> japan_imports.csv shares by element, stage, partner and year, and japan_imports_comtrade.csv (the partner rows per HS code). "
            + "Refused: a reporter other than Japan, an unknown partner (comtrade_partners.csv), a truncated or empty file, fewer than 50 % of a group's rows (--allow-shrink), "
            + "a tonnage 100x off the replaced table (--confirm-jump)") { files, data, shrink, jumps };
        cmd.SetAction(p =>
        {
            var import = Import(p, data, shrink, jumps);
            var result = import.Comtrade(p.GetValue(files)!);
            int groups = result.Shares.Select(s => (s.Element, s.Stage, s.Year)).Distinct().Count();
            Console.Error.WriteLine($"junkan: {result.ByCode.Count} partner rows of {result.ImportRows} import rows used; {result.Shares.Count} partner shares in {groups} element-stage-years written to {import.ReferenceFolder}/japan_imports.csv");
            foreach (var w in result.Warnings) Console.Error.WriteLine($"  warning: {w}");
            return ExitCodes.Success;
        });
        return cmd;
    }

    private static Command ImportApplications()
    {
        var file = new Argument<string>("csv") { Description = "USGS MCS table 'Critical Minerals End Use' (MCS2024_T4_Critical_Minerals_End_Use.csv)" };
        var data = CommonOptions.Data();
        var shrink = AllowShrink();
        var cmd = new Command("import-applications", "USGS critical-mineral primary applications -> applications.csv (the applications a substitution scenario may name). "
            + "Refused: a truncated or empty file, fewer than 50 % of an element's applications (--allow-shrink)") { file, data, shrink };
        cmd.SetAction(p =>
        {
            var import = Import(p, data, shrink, null);
            var (rows, elements) = import.Applications(p.GetValue(file)!);
            Console.Error.WriteLine($"junkan: {rows} applications of {elements} elements written to {import.ReferenceFolder}/{UsgsApplicationsImporter.OutputFile}");
            return ExitCodes.Success;
        });
        return cmd;
    }

    private static Option<bool> AllowShrink() =>
        new("--allow-shrink") { Description = "Replace a table even if a group (element, country, ...) keeps fewer than 50 % of its rows or disappears" };

    private static Option<string[]> ConfirmJump() => new("--confirm-jump")
    {
        Description = "ELEMENT[:TABLE] (e.g. Se:reserves): accept values of this element that change 100x or more against the older vintage; repeatable",
        AllowMultipleArgumentsPerToken = false,
    };

    private static ImportGuard Guard(ParseResult p, Option<bool> shrink, Option<string[]>? jumps) =>
        new(p.GetValue(shrink), jumps is null ? [] : [.. (p.GetValue(jumps) ?? []).Select(JumpConfirmation.Parse)]);

    /// <summary>The import use case for the --data folder, under the --allow-shrink and --confirm-jump options given.</summary>
    private static ReferenceDataImport Import(ParseResult p, Option<string?> data, Option<bool> shrink, Option<string[]>? jumps) =>
        ReferenceDataImport.Into(p.GetValue(data), Guard(p, shrink, jumps));
}
