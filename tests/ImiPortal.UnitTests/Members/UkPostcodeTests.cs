using ImiPortal.Domain.Members;

namespace ImiPortal.UnitTests.Members;

public sealed class UkPostcodeTests
{
    [Theory]
    [InlineData("SG13 8PQ", "SG13 8PQ")]
    [InlineData("sg138pq", "SG13 8PQ")]
    [InlineData("  sg13   8pq ", "SG13 8PQ")]
    [InlineData("M1 1AE", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("CR2 6XH", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    [InlineData("ec1a1bb", "EC1A 1BB")]
    [InlineData("SW1A 2AA", "SW1A 2AA")]
    [InlineData("GIR 0AA", "GIR 0AA")]
    public void Normalise_WellFormedPostcode_IsUpperCaseWithOneSpace(string typed, string stored) =>
        Assert.Equal(stored, UkPostcode.Normalise(typed));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("NOT A CODE")]
    [InlineData("12345")]
    [InlineData("SG13")]
    [InlineData("SG13 8P")]
    [InlineData("QA1 1AA")] // Q never starts a postcode
    [InlineData("SG13 8CQ")] // C is never in the inward code
    [InlineData("SG13 8PQX")]
    [InlineData("SG1-3 8PQ")]
    public void IsValid_MalformedPostcode_IsFalse(string typed)
    {
        Assert.False(UkPostcode.IsValid(typed));
        Assert.Null(UkPostcode.Normalise(typed));
    }

    [Fact]
    public void IsValid_Null_IsFalse() => Assert.False(UkPostcode.IsValid(null));
}
