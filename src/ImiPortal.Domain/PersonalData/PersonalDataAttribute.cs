namespace ImiPortal.Domain.PersonalData;

/// <summary>
/// Tags a property as personal data of the given category. This tag is the single source that
/// the data export, erasure, retention and the "what we hold" page read: never keep a list elsewhere.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class PersonalDataAttribute(DataCategory category) : Attribute
{
    public DataCategory Category { get; } = category;

    /// <summary>True when the data subject gave us this value themselves (it is then in scope for portability).</summary>
    public bool Provided { get; init; }
}
