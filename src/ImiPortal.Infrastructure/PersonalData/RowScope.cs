namespace ImiPortal.Infrastructure.PersonalData;

/// <summary>Which columns a subject-data walk returns.</summary>
public enum RowScope
{
    /// <summary>Every column except credentials: the access package (personal data with the context that explains it).</summary>
    AllButSecrets = 1,

    /// <summary>Only columns tagged as personal data.</summary>
    PersonalData = 2,

    /// <summary>Only personal data the person provided themselves: portability (Art. 20).</summary>
    Provided = 3,
}
