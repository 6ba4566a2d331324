namespace Junkan.Data.Usgs;

/// <summary>
/// Salient price columns that a release names differently from the series they continue, renamed on import so that the
/// series runs across releases (the risk window and the value density read one series). On record, with the evidence.
/// </summary>
public static class UsgsPriceSeriesNames
{
    /// <param name="Series">The series as read (the header, with " #2" for its second occurrence).</param>
    public sealed record Rename(string Code, string Series, string Name, string Evidence);

    public static readonly IReadOnlyList<Rename> All =
    [
        new("nicke", "Price_dt dlb (both used)", "Price_LME_dt",
            "mcs2024-nicke_salient.csv has two columns 'Price_dt dlb (both used)': the first in USD/t, equal to MCS 2023 Price_LME_dt for 2019-2021 (13,903, 13,772, 18,476)"),
        new("nicke", "Price_dt dlb (both used) #2", "Price_LME_dlb",
            "the second column in USD/lb, equal to MCS 2023 Price_LME_dlb for 2020-2021 (6.25, 8.38)"),
    ];

    /// <summary>The series name to store for <paramref name="series"/> of commodity <paramref name="code"/>.</summary>
    public static string For(string code, string series) =>
        All.FirstOrDefault(r => r.Code == code && r.Series == series)?.Name ?? series;
}
