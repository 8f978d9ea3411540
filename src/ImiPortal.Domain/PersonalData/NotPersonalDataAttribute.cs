namespace ImiPortal.Domain.PersonalData;

/// <summary>
/// Marks a property of a personal-data entity as deliberately not personal data (a status code,
/// a reference, a system timestamp), so that an untagged property is always a mistake.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
public sealed class NotPersonalDataAttribute : Attribute;
