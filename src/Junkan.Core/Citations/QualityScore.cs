namespace Junkan.Core.Citations;

/// <summary>
/// Data quality score on a 1..5 scale (5 best), attached to every bundled data point.
/// 5 official statistics; 4 official report or peer-reviewed paper; 3 industry or derived figure;
/// 2 proxy (another region, another year or a parent group); 1 expert estimate. See docs/data-model.md.
/// </summary>
public readonly record struct QualityScore
{
    public const int Min = 1;
    public const int Max = 5;

    public int Value { get; }

    public QualityScore(int value)
    {
        if (value is < Min or > Max)
            throw new ArgumentOutOfRangeException(nameof(value), value, $"A quality score lies in {Min}..{Max}.");
        Value = value;
    }

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
