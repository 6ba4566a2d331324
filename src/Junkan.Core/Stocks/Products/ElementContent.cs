namespace Junkan.Core.Stocks.Products;

/// <summary>
/// Mass of an element contained in one unit of a product, in kg per unit of the product's inflow unit (kg/unit,
/// kg/MW, kg/t), with its range, data year, source and quality (1..5).
/// </summary>
public sealed record ElementContent(string Product, string Element, double KgPerUnit, double Low, double High, int Year, string SourceId, int Quality, string Note);
