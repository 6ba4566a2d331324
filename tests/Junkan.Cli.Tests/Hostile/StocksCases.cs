namespace Junkan.Cli.Tests.Hostile;

/// <summary>Hostile stock-model inputs: a series (<c>stocks --inflow</c>) and the product tables (<c>stocks --products</c>, <c>select</c>).</summary>
internal static class StocksCases
{
    private static HostileCase Series(string name, string csv, params string[] place) =>
        new(name, 2, w => new(Commands.Series(w.Write("in.csv", csv)), ["in.csv", .. place]));

    private static string Years(int count) => "year,inflow\n" + string.Concat(Enumerable.Range(0, count).Select(i => $"{1000 + i % 2000},1\n"));

    public static IEnumerable<HostileCase> All =>
    [
        Series("100,000 rows (was quadratic, never finished)", Years(100_000), "in.csv:2003", "2,001 years"),
        Series("value NaN", "year,inflow\n2000,1\n2001,NaN\n", "in.csv:3:inflow"),
        Series("value 1e308", "year,inflow\n2000,1e308\n", "in.csv:2:inflow", "1e15"),
        Series("value negative", "year,inflow\n2000,-1\n", "in.csv:2:inflow", "negative"),
        Series("year 1e6", "year,inflow\n1000000,1\n", "in.csv:2:year", "1000..3000"),
        Series("a gap", "year,inflow\n2000,1\n2005,1\n", "in.csv:3:year"),
        Series("years descending", "year,inflow\n2001,1\n2000,1\n", "in.csv:3:year"),
        Series("header only", "year,inflow\n", "in.csv", "no data rows"),
        Series("empty file", "", "in.csv:1", "empty file"),
        Series("wrong header", "jahr,zufluss\n2000,1\n", "in.csv:1:year", "missing"),
        new("series file is a folder", 2, w => new(Commands.Series(w.PathOf("data")), "data", "folder")),
        new("stock-driven series 1e308", 2, w => new(["stocks", "--stock", w.Write("st.csv", "year,stock\n2000,1e308\n"), "--lifetime", "weibull:shape=2,scale=10"], "st.csv:2:stock")),
        new("unknown element in product contents", 2, w => new(Commands.Products(w),
            $"product_contents.csv:{w.AppendRow("data/stocks/product_contents.csv", "bev_passenger_car,Unobtainium,1,kg/unit,0.5,1.5,2021,iea-2021-critical-minerals,2,")}:element", "Unobtainium")),
        new("select: unknown element in product contents", 2, w => new(Commands.Select(w),
            $"product_contents.csv:{w.AppendRow("data/stocks/product_contents.csv", "bev_passenger_car,Xx,1,kg/unit,0.5,1.5,2021,iea-2021-critical-minerals,2,")}:element", "Xx")),
        new("product inflow 1e308", 2, w => new(Commands.Products(w),
            $"product_inflows.csv:{w.AppendRow("data/stocks/product_inflows.csv", "bev_passenger_car,reference,2051,1e308,units,iea-gev-data-2024,4,")}:inflow", "1e15")),
        new("product lifetime with scale 1e300", 2, w =>
        {
            w.Edit("data/stocks/product_lifetimes.csv", t => t.Replace("weibull:shape=5.3759,scale=30", "weibull:shape=5.3759,scale=1e300"));
            return new(Commands.Products(w), "product_lifetimes.csv:3:lifetime", "1,000");
        }),
        new("header-only product inflows", 2, w => { w.HeaderOnly("data/stocks/product_inflows.csv"); return new(Commands.Products(w), "product_inflows.csv"); }),
        new("recyclability demand 1e308", 2, w => new(Commands.Select(w),
            $"element_parameters.csv:{w.AppendRow("data/recyclability/element_parameters.csv", "Mo,japan_demand,1e308,1,1e308,t,2020,jogmec-mf-2015,3,")}:value", "1e15")),
        new("recyclability use share NaN", 2, w => new(Commands.Select(w),
            $"uses.csv:{w.AppendRow("data/recyclability/uses.csv", "Co,hostile_use,NaN,,no,2013,seo-morimoto-2016,4,")}:share_japan")),
        new("product content NaN", 2, w => new(Commands.Products(w),
            $"product_contents.csv:{w.AppendRow("data/stocks/product_contents.csv", "bev_passenger_car,Mo,NaN,kg/unit,0.5,1.5,2021,iea-2021-critical-minerals,2,")}:content")),
    ];
}
