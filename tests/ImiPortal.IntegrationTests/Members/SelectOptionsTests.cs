using System.Text.Encodings.Web;
using ImiPortal.Web.Members;
using ImiPortal.Web.TagHelpers;

namespace ImiPortal.IntegrationTests.Members;

/// <summary>A select's options encoded once and written with the current value marked (issue #11).</summary>
public sealed class SelectOptionsTests
{
    private static readonly SelectOptions List = new("Choose…", [("a<b", "A & B"), ("GB", "United Kingdom"), ("FR", "France")]);

    private static string Render(SelectOptions options, string? current)
    {
        using var writer = new StringWriter();
        options.Render(current).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void TheCurrentValue_IsTheOnlySelectedOption()
    {
        var html = Render(List, "GB");

        Assert.Equal(
            "<option value=\"\">Choose&#x2026;</option>\n<option value=\"a&lt;b\">A &amp; B</option>\n"
            + "<option selected=\"selected\" value=\"GB\">United Kingdom</option>\n<option value=\"FR\">France</option>\n",
            html);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("gb")]
    [InlineData("XX")]
    public void NoValueOrOneNotInTheList_SelectsNothing(string? current)
    {
        var html = Render(List, current);

        Assert.DoesNotContain("selected", html, StringComparison.Ordinal);
        Assert.StartsWith("<option value=\"\">Choose&#x2026;</option>\n", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCountryList_OffersTheUnitedKingdomFirst_AndEveryKnownCountry()
    {
        var html = Render(Countries.Options, Countries.UnitedKingdom);

        Assert.StartsWith("<option value=\"\">Choose&#x2026;</option>\n<option selected=\"selected\" value=\"GB\">United Kingdom</option>\n", html, StringComparison.Ordinal);
        Assert.All(Countries.Options.Values, code => Assert.True(Countries.IsKnown(code), code));
        Assert.True(Countries.Options.Values.Count > 200);
    }
}
