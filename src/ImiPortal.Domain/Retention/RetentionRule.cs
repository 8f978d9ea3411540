namespace ImiPortal.Domain.Retention;

/// <summary>
/// One kind of record the retention sweep removes when it is due. Its period comes from the record of processing
/// (the purpose named by <see cref="PurposeKey"/>), so that a privacy officer who changes a purpose's retention changes
/// the sweep; a rule without a purpose has a fixed housekeeping period in days.
/// </summary>
/// <param name="Key">Stable key used in reports.</param>
/// <param name="Title">What is removed, in plain English.</param>
/// <param name="PurposeKey">The purpose of the record of processing whose retention period applies, or null.</param>
/// <param name="FixedDays">The period in days when no purpose applies.</param>
/// <param name="Action">Delete or anonymise.</param>
/// <param name="From">The date the period runs from, in plain English.</param>
public sealed record RetentionRule(string Key, string Title, string? PurposeKey, int? FixedDays, RetentionAction Action, string From)
{
    /// <summary>The moment before which records are due: the period counted back from today, in UK dates.</summary>
    public DateTime CutoffUtc(DateOnly ukToday, int? purposeRetentionMonths)
    {
        DateOnly cutoffDay;
        if (PurposeKey is not null)
        {
            if (purposeRetentionMonths is not { } months || months <= 0)
            {
                throw new InvalidOperationException($"The purpose '{PurposeKey}' has no retention period in the record of processing.");
            }

            cutoffDay = ukToday.AddMonths(-months);
        }
        else
        {
            cutoffDay = ukToday.AddDays(-(FixedDays ?? throw new InvalidOperationException($"Rule '{Key}' has neither a purpose nor a fixed period.")));
        }

        return UkTime.StartOfDayUtc(cutoffDay);
    }
}
