namespace ImiPortal.Domain.Requests;

/// <summary>Whether a step may be taken now and, when not, why in words staff understand.</summary>
public sealed record TransitionCheck(bool IsAllowed, string? Reason)
{
    public static readonly TransitionCheck Allowed = new(true, null);

    public static TransitionCheck Refused(string reason) => new(false, reason);
}
