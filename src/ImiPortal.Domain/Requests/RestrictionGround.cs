namespace ImiPortal.Domain.Requests;

/// <summary>The grounds for restriction of processing, UK GDPR Art. 18(1)(a)–(d).</summary>
public enum RestrictionGround
{
    /// <summary>(a) The accuracy of the data is contested, while it is checked.</summary>
    AccuracyContested = 1,
    /// <summary>(b) Processing is unlawful but the person wants restriction rather than erasure.</summary>
    UnlawfulButKeep = 2,
    /// <summary>(c) We no longer need the data but the person needs it for legal claims.</summary>
    NeededForLegalClaims = 3,
    /// <summary>(d) An objection is being considered.</summary>
    ObjectionPending = 4,
}
