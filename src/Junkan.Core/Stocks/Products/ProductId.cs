namespace Junkan.Core.Stocks.Products;

/// <summary>
/// The id of a product in the stock data (<c>bev_passenger_car</c>, <c>pv_module</c>): 1..64 characters of lower-case
/// ASCII letters, digits and '_', starting with a letter. Kept apart from element symbols and scenario ids.
/// </summary>
public readonly record struct ProductId
{
    public const int MaxLength = 64;

    public string Value { get; }

    /// <summary>Creates an id; throws <see cref="ArgumentException"/> for a malformed one.</summary>
    public ProductId(string value)
    {
        if (!SnakeCase.IsValid(value, MaxLength))
            throw new ArgumentException($"'{value}' is not a product id (a-z first, then a-z, 0-9 or '_'; at most {MaxLength}).", nameof(value));
        Value = value;
    }

    public override string ToString() => Value ?? "";
}

/// <summary>The shared rule of the snake_case ids.</summary>
internal static class SnakeCase
{
    public static bool IsValid(string value, int maxLength) =>
        !string.IsNullOrEmpty(value) && value.Length <= maxLength && value[0] is >= 'a' and <= 'z' && value.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_');
}
