using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Security;

/// <summary>A login attempt to MyIMI (technical data).</summary>
[PersonalDataEntity(nameof(MemberId))]
public class LoginRecord
{
    public long Id { get; set; }

    public Guid UserId { get; set; }

    public Guid? MemberId { get; set; }

    [PersonalData(DataCategory.Technical)]
    public DateTime OccurredAt { get; set; }

    [PersonalData(DataCategory.Technical)]
    public bool Succeeded { get; set; }

    [PersonalData(DataCategory.Technical)]
    public string? IpAddress { get; set; }

    [PersonalData(DataCategory.Technical)]
    public string? UserAgent { get; set; }
}
