using System.CommandLine;
using Junkan.Data.Applications;
using Junkan.Data.Countries;
using Junkan.Data.Customs;
using Junkan.Data.EuCrm;
using Junkan.Data.Reference;
using Junkan.Data.Usgs;
using Junkan.Data.Wgi;

namespace Junkan.Cli.Commands;

/// <summary><c>junkan data import-*</c>: rebuild bundled tables from public releases (analysts rerun these every year).</summary>
public static class DataCommand
{
    public static Command Create()
    {
        var cmd = new Command("data", "Import public data sets into the reference tables");
        cmd.Subcommands.Add(ImportUsgs());
        cmd.Subcommands.Add(ImportWgi());
        cmd.Subcommands.Add(ImportEuCrm());
        cmd.Subcommands.Add(ImportCustoms());
        cmd.Subcommands.Add(ImportApplications());
        return cmd;
    }

    private static Command ImportUsgs()
    {
        var folders = new Argument<string[]>("folders") { Description = "MCS release folders, oldest first (e.g. .../mcs2023 .../mcs2024)", Arity = ArgumentArity.OneOrMore };
        var data = CommonOptions.Data();
        var cmd = new Command("import-usgs", "USGS Mineral Commodity Summaries data release(s) -> production.csv, reserves.csv, prices.csv") { folders, data };
        cmd.SetAction(p =>
        {
            string refFolder = Junkan.Application.DataCatalogue.LocateReference(p.GetValue(data));
            var countries = new CountryDirectory(Path.Combine(refFolder, "countries.csv"));
            var map = CsvTable.Read(Path.Combine(refFolder, "usgs_commodities.csv"), "code", "element").Rows.ToDictionary(r => r.Required("code"), r => r.Required("element"));
            var result = p.GetValue(folders)!.Select(f => UsgsMcsImporter.Import(f, countries, map)).Aggregate(UsgsImportResult.Merge);
            result.WriteTo(refFolder);
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
        var cmd = new Command("import-wgi", "World Bank Worldwide Governance Indicators -> wgi.csv") { file, from, to, data };
        cmd.SetAction(p =>
        {
            string refFolder = Junkan.Application.DataCatalogue.LocateReference(p.GetValue(data));
            var rows = WgiImporter.Import(p.GetValue(file)!, Path.Combine(refFolder, "wgi_crosswalk.csv"), p.GetValue(from), p.GetValue(to));
            WgiImporter.Write(refFolder, rows);
            Console.Error.WriteLine($"junkan: {rows.Count} country-years written to {refFolder}/wgi.csv");
            return ExitCodes.Success;
        });
        return cmd;
    }

    private static Command ImportEuCrm()
    {
        var file = new Argument<string>("csv") { Description = "EU 2023 criticality results (eureport_results.csv of meyerdata/CritMAT)" };
        var data = CommonOptions.Data();
        var cmd = new Command("import-eu-crm",
            "EU CRM 2023 assessment results -> eu_crm_2023.csv and secondary_supply.csv (EOL-RIR as a proxy of Japan's secondary share; both files are replaced together)")
            { file, data };
        cmd.SetAction(p =>
        {
            string refFolder = Junkan.Application.DataCatalogue.LocateReference(p.GetValue(data));
            var result = EuCrmImporter.ImportInto(p.GetValue(file)!, refFolder);
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
        var cmd = new Command("import-customs", "Japan's trade statistics (MOF) -> japan_imports.csv shares by element, stage, partner and year") { files, year, unknown, data };
        cmd.SetAction(p =>
        {
            string refFolder = Junkan.Application.DataCatalogue.LocateReference(p.GetValue(data));
            var options = new CustomsImportOptions(p.GetValue(year), p.GetValue(unknown) == "other" ? UnknownCountryPolicy.Other : UnknownCountryPolicy.Error);
            var result = CustomsImporter.Import(p.GetValue(files)!, refFolder, options);
            CustomsImporter.WriteTo(refFolder, result);
            int groups = result.Shares.Select(s => (s.Element, s.Stage, s.Year)).Distinct().Count();
            Console.Error.WriteLine($"junkan: {result.MappedRows} of {result.ImportRows} import rows mapped; {result.Shares.Count} partner shares in {groups} element-stage-years written to {refFolder}/japan_imports.csv");
            foreach (var w in result.Warnings) Console.Error.WriteLine($"  warning: {w}");
            return ExitCodes.Success;
        });
        return cmd;
    }

    private static Command ImportApplications()
    {
        var file = new Argument<string>("csv") { Description = "USGS MCS table 'Critical Minerals End Use' (MCS2024_T4_Critical_Minerals_End_Use.csv)" };
        var data = CommonOptions.Data();
        var cmd = new Command("import-applications", "USGS critical-mineral primary applications -> applications.csv (the applications a substitution scenario may name)") { file, data };
        cmd.SetAction(p =>
        {
            string refFolder = Junkan.Application.DataCatalogue.LocateReference(p.GetValue(data));
            var rows = UsgsApplicationsImporter.Import(p.GetValue(file)!, refFolder);
            UsgsApplicationsImporter.Write(refFolder, rows);
            Console.Error.WriteLine($"junkan: {rows.Count} applications of {rows.Select(r => r.Element).Distinct().Count()} elements written to {refFolder}/{UsgsApplicationsImporter.OutputFile}");
            return ExitCodes.Success;
        });
        return cmd;
    }
}
