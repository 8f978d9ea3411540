using ImiPortal.Domain.Deadlines;

namespace ImiPortal.Infrastructure.Requests;

public sealed class RequestOptions
{
    public const string Section = "Requests";

    /// <summary>Whose bank holidays move a deadline: EnglandAndWales (default), Scotland or NorthernIreland.</summary>
    public UkRegion HolidayRegion { get; set; } = UkRegion.EnglandAndWales;

    /// <summary>The internal service target in calendar days (at most 28), shown beside the legal deadline.</summary>
    public int InternalTargetDays { get; set; } = DeadlineCalculator.DefaultInternalTargetDays;
}
