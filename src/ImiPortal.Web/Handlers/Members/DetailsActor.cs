namespace ImiPortal.Web.Handlers.Members;

/// <summary>Who changes a member's details: the member themselves, or a member of staff on their behalf.</summary>
public sealed record DetailsActor(Guid UserId, bool IsStaff)
{
    public static DetailsActor Member(Guid userId) => new(userId, false);

    public static DetailsActor Staff(Guid userId) => new(userId, true);
}
