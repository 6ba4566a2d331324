namespace Junkan.Reports.Html;

/// <summary>The report's inline stylesheet (no network needed: no fonts, scripts or images are fetched).</summary>
internal static class ReportStyle
{
    public const string Css = """
body{font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP","Yu Gothic",sans-serif;margin:0 auto;max-width:1100px;padding:1em 1.5em;color:#222;line-height:1.45}
h1{margin-bottom:.2em}h2{border-bottom:2px solid #2b5d8a;padding-bottom:.2em;margin-top:2em}h3{margin-top:1.4em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .5em;vertical-align:top;text-align:left}
th{background:#eef3f8}td.num{text-align:right;font-variant-numeric:tabular-nums}
.level-high{background:#f4b6b0}.level-mid{background:#fbe3a6}.level-low{background:#cfe8c9}
.status-na{background:#e6e6e6;color:#555;font-style:italic}.status-nodata{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#eee 4px,#eee 8px);color:#555;font-style:italic}
details.orig{display:inline;margin-left:.3em}details.orig>summary{display:inline;cursor:pointer;color:#2b5d8a;font-size:.85em}details.orig[open]>span{display:block;color:#555}
.meta{color:#555;font-size:.9em}.note{color:#555;font-size:.85em}.proxy{color:#8a4b00;font-size:.85em}
.element-body{display:flex;flex-wrap:wrap;gap:1em;align-items:flex-start}
nav ol{columns:4;font-size:.9em}
svg.radar{background:#fff;border:1px solid #ddd}
svg .ring{fill:none;stroke:#bbb;stroke-width:1}svg .axis{stroke:#999;stroke-width:1}svg .axis-gap{stroke-dasharray:3 3}
svg .ring-label{font-size:9px;fill:#888}svg .axis-label{font-size:10px;fill:#222}svg .axis-label-gap{fill:#999;font-style:italic}
svg .legend{font-size:10px;fill:#222}
svg .series polygon{fill-opacity:.25;stroke-width:2}svg .series line{stroke-width:2}
svg .series-baseline polygon,svg .series-after polygon{fill:#c0392b;stroke:#c0392b}svg .series-baseline circle,svg .series-after circle{fill:#c0392b}svg .series-after line{stroke:#c0392b}
svg .series-before polygon{fill:#7f8c8d;stroke:#7f8c8d;stroke-dasharray:5 3;fill-opacity:.1}svg .series-before circle{fill:#7f8c8d}svg .series-before line{stroke:#7f8c8d;stroke-dasharray:5 3}
code{font-size:.85em;word-break:break-all}
@media print{nav{display:none}section.element{break-inside:avoid}}
""";

    /// <summary>Additions for the recyclability report: probability bars, interval bars, charts.</summary>
    /// <summary>The risk report's radar (issue 13): level bands, gap marks, larger labels; appended after <see cref="Css"/>, so it overrides it.</summary>
    public const string RadarCss = """
svg.radar{max-width:100%;height:auto}
svg .band-high{fill:#fbeaea}svg .band-mid{fill:#fdf5e6}svg .band-low{fill:#eef6ee}
svg .gap-mark{stroke:#aaa;stroke-width:9;stroke-dasharray:2 3;stroke-opacity:.7}
svg .ring-label{font-size:11px}svg .axis-label{font-size:13px}svg .axis-label-gap{fill:#888}svg .legend{font-size:13px}
svg .series polyline{fill:none;stroke-width:2}svg .series-baseline polyline,svg .series-after polyline{stroke:#c0392b}svg .series-before polyline{stroke:#7f8c8d;stroke-dasharray:5 3}
""";

    public const string RecyclabilityCss = """
.bar{display:inline-block;width:110px;height:.8em;background:#eee;vertical-align:middle;margin-right:.4em}.bar span{display:block;height:100%;background:#2b5d8a}
tr.selected td:first-child{border-left:4px solid #c0392b}
svg.stacked-chart,svg.rank-chart{background:#fff;border:1px solid #ddd;margin:.5em 0}
svg.sankey{max-width:100%;height:auto}
ul.reasons li{margin-bottom:.3em}
td.gap{color:#8a4b00;font-size:.85em}
""";
}
