using ImiPortal.Domain.Members;

namespace ImiPortal.UnitTests.Members;

public sealed class DateOfBirthRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Theory]
    [InlineData("1985-06-14", DateOfBirthCheck.Plausible)]
    [InlineData("2010-11-25", DateOfBirthCheck.Plausible)] // 16 today
    [InlineData("2010-11-26", DateOfBirthCheck.TooYoung)] // 16 tomorrow
    [InlineData("2026-11-25", DateOfBirthCheck.TooYoung)]
    [InlineData("2026-11-26", DateOfBirthCheck.InFuture)]
    [InlineData("2030-01-01", DateOfBirthCheck.InFuture)]
    [InlineData("1906-11-25", DateOfBirthCheck.Plausible)] // 120 today
    [InlineData("1905-11-26", DateOfBirthCheck.Plausible)] // 120 until tomorrow
    [InlineData("1905-11-25", DateOfBirthCheck.TooOld)] // 121 today
    [InlineData("1900-01-01", DateOfBirthCheck.TooOld)]
    public void Check_GivesTheExpectedVerdict(string dateOfBirth, DateOfBirthCheck expected) =>
        Assert.Equal(expected, DateOfBirthRule.Check(DateOnly.Parse(dateOfBirth, System.Globalization.CultureInfo.InvariantCulture), Today));

    [Fact]
    public void AgeOn_LeapDayBirthday_CountsTheYearFromFirstMarchInOtherYears()
    {
        var born = new DateOnly(2008, 2, 29);

        Assert.Equal(17, DateOfBirthRule.AgeOn(born, new DateOnly(2026, 2, 28)));
        Assert.Equal(18, DateOfBirthRule.AgeOn(born, new DateOnly(2026, 3, 1)));
        Assert.Equal(20, DateOfBirthRule.AgeOn(born, new DateOnly(2028, 2, 29)));
    }
}
