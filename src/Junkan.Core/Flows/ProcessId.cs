using Junkan.Core.Stocks.Products;

namespace Junkan.Core.Flows;

/// <summary>
/// The id of a process of a flow system (<c>fabrication</c>, <c>use</c>, <c>end_of_life</c>): snake_case, 1..64
/// characters, as the product ids. A flow names its two processes by id; a system refuses ids it does not define.
/// </summary>
public readonly record struct ProcessId
{
    public const int MaxLength = ProductId.MaxLength;

    public string Value { get; }

    /// <summary>Creates an id; throws <see cref="ArgumentException"/> for a malformed one.</summary>
    public ProcessId(string value)
    {
        _ = new ProductId(value);   // the same snake_case rule, with its message
        Value = value;
    }

    public override string ToString() => Value ?? "";
}
