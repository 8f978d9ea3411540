using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Members;

/// <summary>A member of the Institute, with or without a MyIMI login.</summary>
[PersonalDataEntity(nameof(Id))]
public class Member
{
    public Guid Id { get; set; }

    /// <summary>The MyIMI login, when the member has registered one.</summary>
    public Guid? UserId { get; set; }

    [PersonalData(DataCategory.Identity)]
    public string MembershipNumber { get; set; } = "";

    [PersonalData(DataCategory.Identity, Provided = true)]
    public string? Title { get; set; }

    [PersonalData(DataCategory.Identity, Provided = true)]
    public string FirstName { get; set; } = "";

    [PersonalData(DataCategory.Identity, Provided = true)]
    public string? MaidenName { get; set; }

    [PersonalData(DataCategory.Identity, Provided = true)]
    public string LastName { get; set; } = "";

    [PersonalData(DataCategory.Identity, Provided = true)]
    public DateOnly? DateOfBirth { get; set; }

    [PersonalData(DataCategory.Identity, Provided = true)]
    public string? Gender { get; set; }

    [PersonalData(DataCategory.Identity, Provided = true)]
    public string? MaritalStatus { get; set; }

    [PersonalData(DataCategory.Contact, Provided = true)]
    public string Email { get; set; } = "";

    /// <summary>Phone number in E.164 form.</summary>
    [PersonalData(DataCategory.Contact, Provided = true)]
    public string? Phone { get; set; }

    [PersonalData(DataCategory.Profile)]
    public MembershipStatus Status { get; set; } = MembershipStatus.Active;

    [PersonalData(DataCategory.Profile)]
    public MembershipGrade Grade { get; set; } = MembershipGrade.Affiliate;

    [PersonalData(DataCategory.Profile)]
    public DateOnly MemberSince { get; set; }

    /// <summary>Processing is restricted (UK GDPR Art. 18): storage only.</summary>
    [NotPersonalData]
    public bool IsRestricted { get; set; }

    /// <summary>The member objected to direct marketing (Art. 21(2)): absolute, no marketing on any channel.</summary>
    [NotPersonalData]
    public bool ObjectsToDirectMarketing { get; set; }

    /// <summary>
    /// The member's email or phone matches the suppression list of an earlier erasure: never market to them, even
    /// though this record is new (a re-registration or re-import).
    /// </summary>
    [NotPersonalData]
    public bool IsMarketingSuppressed { get; set; }

    /// <summary>Set when the member was erased; the row then holds no personal data.</summary>
    [NotPersonalData]
    public DateTime? ErasedAt { get; set; }

    [NotPersonalData]
    public DateTime CreatedAt { get; set; }

    [NotPersonalData]
    public DateTime UpdatedAt { get; set; }

    /// <summary>Changes on every save; a stale form is refused instead of silently overwriting.</summary>
    [NotPersonalData]
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<Address> Addresses { get; } = [];

    public string FullName => string.Join(' ', new[] { FirstName, LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>Stamps a change: moves the concurrency token on so that older copies of the row are refused.</summary>
    public void Touch(DateTime utcNow)
    {
        UpdatedAt = utcNow;
        ConcurrencyStamp = Guid.NewGuid();
    }
}
