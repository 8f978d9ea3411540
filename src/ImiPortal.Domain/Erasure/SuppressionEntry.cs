namespace ImiPortal.Domain.Erasure;

/// <summary>
/// What remains of an erased person for marketing purposes: keyed hashes of their email address and phone number,
/// so that they are never marketed again even if their details are re-imported (UK GDPR Art. 17, PECR). The hashes
/// cannot be turned back into the address without the key.
/// </summary>
public class SuppressionEntry
{
    public long Id { get; set; }

    public string? EmailHash { get; set; }

    public string? PhoneHash { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Why (e.g. "erasure", "objection"), never who.</summary>
    public string Reason { get; set; } = "";
}
