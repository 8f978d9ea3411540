using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Transparency;

/// <summary>That a member saw (and confirmed reading) a version of the privacy notice, and when.</summary>
[PersonalDataEntity(nameof(MemberId))]
public class NoticeAcknowledgement
{
    public long Id { get; set; }

    public Guid UserId { get; set; }

    public Guid? MemberId { get; set; }

    [PersonalData(DataCategory.Usage)]
    public int Version { get; set; }

    [PersonalData(DataCategory.Usage)]
    public DateTime SeenAt { get; set; }
}
