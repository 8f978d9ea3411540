namespace ImiPortal.Domain.Consent;

/// <summary>Whether IMI may market to a member on a channel, why, and (for a recorded choice) since when.</summary>
public sealed record ChannelPermission(bool Allowed, PermissionReason Reason, ConsentBasis? Basis, DateTime? Since)
{
    /// <summary>Nothing at all may be sent, whatever the member chose: erased, objected, restricted or suppressed.</summary>
    public bool IsBlocked => Reason is PermissionReason.Erased or PermissionReason.Restricted or PermissionReason.ObjectedToDirectMarketing or PermissionReason.Suppressed;
}
