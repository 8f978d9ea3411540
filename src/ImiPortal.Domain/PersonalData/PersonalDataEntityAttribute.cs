namespace ImiPortal.Domain.PersonalData;

/// <summary>
/// Marks an entity that holds personal data about a member, and names the property that links a
/// row to its data subject (the member's id), so that export and erasure can find every row.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class PersonalDataEntityAttribute(string subjectKey) : Attribute
{
    public string SubjectKey { get; } = subjectKey;
}
