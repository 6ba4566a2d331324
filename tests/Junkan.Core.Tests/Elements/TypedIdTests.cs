using CsCheck;
using Junkan.Core.Citations;
using Junkan.Core.Elements;
using Junkan.Core.Stocks.Products;

namespace Junkan.Core.Tests.Elements;

/// <summary>Typed ids accept exactly the strings their rule allows and keep them unchanged.</summary>
public sealed class TypedIdTests
{
    private static readonly Gen<string> AnyText = Gen.String[Gen.Char.AlphaNumeric, 0, 20].Select(Gen.String[Gen.Char, 0, 6], (a, b) => a + b);

    private static bool Accepts<T>(Func<string, T> create, string s)
    {
        try { create(s); return true; }
        catch (ArgumentException) { return false; }
    }

    [Fact]
    public void Element_symbols_are_a_capital_then_letters() =>
        AnyText.Sample(s => Assert.Equal(s.Length is > 0 and <= ElementSymbol.MaxLength && s[0] is >= 'A' and <= 'Z' && s.All(char.IsAsciiLetter),
            Accepts(x => new ElementSymbol(x), s)));

    [Fact]
    public void Product_ids_are_snake_case() =>
        AnyText.Sample(s => Assert.Equal(s.Length is > 0 and <= ProductId.MaxLength && s[0] is >= 'a' and <= 'z' && s.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_'),
            Accepts(x => new ProductId(x), s)));

    [Theory]
    [InlineData("Co", true)]
    [InlineData("REE", true)]
    [InlineData("Graphite", true)]
    [InlineData("co", false)]
    [InlineData("C o", false)]
    [InlineData("", false)]
    [InlineData("Nd2", false)]
    public void Element_symbol_examples(string s, bool ok) => Assert.Equal(ok, Accepts(x => new ElementSymbol(x), s));

    [Theory]
    [InlineData("usgs-mcs-2024", true)]
    [InlineData("junkan-assumption", true)]
    [InlineData("USGS", false)]
    [InlineData("../etc/passwd", false)]
    [InlineData("", false)]
    public void Source_id_examples(string s, bool ok) => Assert.Equal(ok, Accepts(x => new SourceId(x), s));

    [Fact]
    public void A_product_cannot_be_passed_where_an_element_is_expected()
    {
        // The mix-up this type exists for no longer compiles: ElementContent(product, element, ...) takes two distinct types.
        var content = new ElementContent(new ProductId("pv_module"), new ElementSymbol("Si"), 2306, 2000, 2600, Provenance.Of("nrel-pv-ice", 3, 2023), "");
        Assert.Equal(("pv_module", "Si"), (content.Product.Value, content.Element.Value));
    }

    [Fact]
    public void A_content_outside_its_range_cannot_be_constructed() =>
        Assert.Throws<ArgumentException>(() => new ElementContent(new ProductId("pv_module"), new ElementSymbol("Si"), 5, 6, 7, Provenance.Of("x", 3, 2023), ""));
}
