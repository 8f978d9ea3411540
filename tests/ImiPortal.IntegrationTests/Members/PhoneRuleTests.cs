using ImiPortal.Web.Members;

namespace ImiPortal.IntegrationTests.Members;

/// <summary>The phone rule on its own (it lives in the web project, beside the libphonenumber package it uses).</summary>
public sealed class PhoneRuleTests
{
    [Theory]
    [InlineData("01992 519025", "+441992519025")]
    [InlineData("(01992) 519025", "+441992519025")]
    [InlineData("+44 1992 519025", "+441992519025")]
    [InlineData("+44 (0)1992 519025", "+441992519025")]
    [InlineData("0044 1992 519025", "+441992519025")]
    [InlineData("07400 123456", "+447400123456")]
    [InlineData("020 7946 0000", "+442079460000")]
    [InlineData("+33 1 42 68 53 00", "+33142685300")]
    [InlineData("+1 202-456-1111", "+12024561111")]
    public void ToE164_RealNumber_IsStoredInE164(string typed, string stored) =>
        Assert.Equal(stored, PhoneRule.ToE164(typed));

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("01992")]
    [InlineData("call me maybe")]
    [InlineData("+44 1992 519025 519025 519025")]
    [InlineData("+999 123 456 789")]
    public void ToE164_NotARealNumber_IsNull(string typed) =>
        Assert.Null(PhoneRule.ToE164(typed));

    [Theory]
    [InlineData("+441992519025", "01992 519025")]
    [InlineData("+447400123456", "07400 123456")]
    [InlineData("+441534123456", "01534 123456")] // Jersey: on the UK's plan, shown as UK callers dial it
    [InlineData("+447781123456", "07781 123456")] // a Guernsey mobile
    [InlineData("+33142685300", "+33 1 42 68 53 00")]
    [InlineData("+35312345678", "+353 1 234 5678")]
    public void Display_UkNumbersNationally_OthersInternationally(string stored, string shown) =>
        Assert.Equal(shown, PhoneRule.Display(stored));
}
