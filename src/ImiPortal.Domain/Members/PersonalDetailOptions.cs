namespace ImiPortal.Domain.Members;

/// <summary>The answers offered for the optional personal questions; each can be left unanswered or declined.</summary>
public static class PersonalDetailOptions
{
    public const string PreferNotToSay = "Prefer not to say";

    public static IReadOnlyList<string> Genders { get; } = ["Female", "Male", "Non-binary", "Other", PreferNotToSay];

    public static IReadOnlyList<string> MaritalStatuses { get; } =
        ["Single", "Married", "In a civil partnership", "Cohabiting", "Separated", "Divorced", "Widowed", PreferNotToSay];
}
