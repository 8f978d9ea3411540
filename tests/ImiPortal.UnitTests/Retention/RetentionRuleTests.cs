using ImiPortal.Domain;
using ImiPortal.Domain.Restriction;
using ImiPortal.Domain.Retention;

namespace ImiPortal.UnitTests.Retention;

public sealed class RetentionRuleTests
{
    [Fact]
    public void Cutoff_ForAPurposeRule_IsThePeriodInMonthsBeforeTodayAtUkMidnight()
    {
        var rule = RetentionRules.For(RetentionRules.Orders);

        // 25 November 2026 minus 84 months is 25 November 2019, in GMT: midnight UK is midnight UTC.
        Assert.Equal(new DateTime(2019, 11, 25, 0, 0, 0, DateTimeKind.Utc), rule.CutoffUtc(new DateOnly(2026, 11, 25), 84));
    }

    [Fact]
    public void Cutoff_InBritishSummerTime_IsAnHourBeforeUtcMidnight()
    {
        var rule = RetentionRules.For(RetentionRules.LoginRecords);

        Assert.Equal(new DateTime(2019, 6, 30, 23, 0, 0, DateTimeKind.Utc), rule.CutoffUtc(new DateOnly(2026, 7, 1), 84));
    }

    [Fact]
    public void Cutoff_ForAHousekeepingRule_UsesItsFixedDays()
    {
        var rule = RetentionRules.For(RetentionRules.SentEmails);

        Assert.Null(rule.PurposeKey);
        Assert.Equal(new DateTime(2026, 10, 26, 0, 0, 0, DateTimeKind.Utc), rule.CutoffUtc(new DateOnly(2026, 11, 25), null));
    }

    [Fact]
    public void Cutoff_ForAPurposeWithoutAPeriod_Throws()
    {
        var rule = RetentionRules.For(RetentionRules.Orders);

        Assert.Throws<InvalidOperationException>(() => rule.CutoffUtc(new DateOnly(2026, 11, 25), null));
        Assert.Throws<InvalidOperationException>(() => rule.CutoffUtc(new DateOnly(2026, 11, 25), 0));
    }

    [Fact]
    public void Rules_HaveUniqueKeys_AndEachNamesAPurposeOrAFixedPeriod()
    {
        Assert.Equal(RetentionRules.All.Count, RetentionRules.All.Select(r => r.Key).Distinct().Count());
        Assert.All(RetentionRules.All, r => Assert.True(r.PurposeKey is not null ^ r.FixedDays is not null, r.Key));
    }

    [Fact]
    public void StartOfDayUtc_FollowsTheClockChange()
    {
        Assert.Equal(new DateTime(2026, 3, 29, 0, 0, 0, DateTimeKind.Utc), UkTime.StartOfDayUtc(new DateOnly(2026, 3, 29)));
        Assert.Equal(new DateTime(2026, 3, 29, 23, 0, 0, DateTimeKind.Utc), UkTime.StartOfDayUtc(new DateOnly(2026, 3, 30)));
    }

    [Theory]
    [InlineData(null, "2026-12-01", false)]
    [InlineData("2026-12-02", "2026-12-01", false)]
    [InlineData("2026-12-02", "2026-12-02", true)]
    [InlineData("2026-12-02", "2026-12-09", true)]
    public void Restriction_MayBeLifted_OnlyOnceNoticeWasGivenAndItsDateHasCome(string? notBefore, string today, bool expected)
    {
        var restriction = new ProcessingRestriction
        {
            LiftNoticeSentAt = notBefore is null ? null : new DateTime(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc),
            LiftNotBefore = notBefore is null ? null : DateOnly.Parse(notBefore, System.Globalization.CultureInfo.InvariantCulture),
        };

        Assert.Equal(expected, restriction.MayLiftOn(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void LiftedRestriction_CannotBeLiftedAgain()
    {
        var restriction = new ProcessingRestriction { LiftNotBefore = new DateOnly(2026, 12, 1), LiftNoticeSentAt = DateTime.UtcNow, LiftedAt = DateTime.UtcNow };

        Assert.False(restriction.MayLiftOn(new DateOnly(2026, 12, 5)));
    }
}
