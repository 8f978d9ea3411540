using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Members;

/// <summary>
/// One correction of a member's details (right to rectification, UK GDPR Art. 16): who made it, when, which fields and
/// why. It names the fields only; old and new values are never copied here.
/// </summary>
[PersonalDataEntity(nameof(MemberId))]
public class DetailsChange
{
    public const int FieldsLength = 400;
    public const int ReasonLength = 500;

    public long Id { get; set; }

    public Guid MemberId { get; set; }

    [PersonalData(DataCategory.Profile)]
    public DateTime ChangedAt { get; set; }

    /// <summary>The login that made the change: the member's own, or a member of staff's.</summary>
    [NotPersonalData]
    public Guid? ChangedByUserId { get; set; }

    [PersonalData(DataCategory.Profile)]
    public bool ChangedByStaff { get; set; }

    /// <summary>The changed fields' names (see <see cref="DetailsField"/>), comma-separated.</summary>
    [PersonalData(DataCategory.Profile)]
    public string Fields { get; set; } = "";

    /// <summary>Why staff made the correction (e.g. "Member phoned on 3 March"); empty for the member's own changes.</summary>
    [PersonalData(DataCategory.Profile)]
    public string? Reason { get; set; }

    public IReadOnlyList<string> FieldNames => DetailsField.Split(Fields);
}
