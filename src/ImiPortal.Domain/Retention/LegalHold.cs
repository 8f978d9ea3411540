using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Retention;

/// <summary>
/// A legal hold placed by the privacy officer: while it is active, nothing about the member is removed by the
/// retention sweep or by erasure, because the data is needed for a live legal claim (UK GDPR Art. 17(3)(e)).
/// </summary>
[PersonalDataEntity(nameof(MemberId))]
public class LegalHold
{
    public const int ReasonLength = 500;
    public const int ReferenceLength = 50;

    public long Id { get; set; }

    public Guid MemberId { get; set; }

    /// <summary>The claim or case reference, such as a solicitor's file number.</summary>
    [NotPersonalData]
    public string Reference { get; set; } = "";

    /// <summary>Why the data must be kept, in the privacy officer's words.</summary>
    [PersonalData(DataCategory.Profile)]
    public string Reason { get; set; } = "";

    [NotPersonalData]
    public DateTime PlacedAt { get; set; }

    [NotPersonalData]
    public Guid? PlacedByUserId { get; set; }

    [NotPersonalData]
    public DateTime? ReleasedAt { get; set; }

    [NotPersonalData]
    public Guid? ReleasedByUserId { get; set; }

    public bool IsActive => ReleasedAt is null;
}
