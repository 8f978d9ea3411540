namespace ImiPortal.Domain.Members;

/// <summary>The names a <see cref="DetailsChange"/> records, and how people read them.</summary>
public static class DetailsField
{
    public const string Title = nameof(Title);
    public const string FirstName = nameof(FirstName);
    public const string MaidenName = nameof(MaidenName);
    public const string LastName = nameof(LastName);
    public const string DateOfBirth = nameof(DateOfBirth);
    public const string Gender = nameof(Gender);
    public const string MaritalStatus = nameof(MaritalStatus);
    public const string Email = nameof(Email);
    public const string Phone = nameof(Phone);
    public const string BillingAddress = nameof(BillingAddress);
    public const string DeliveryAddress = nameof(DeliveryAddress);

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        [Title] = "title",
        [FirstName] = "first name",
        [MaidenName] = "maiden name",
        [LastName] = "last name",
        [DateOfBirth] = "date of birth",
        [Gender] = "gender",
        [MaritalStatus] = "marital status",
        [Email] = "email address",
        [Phone] = "phone number",
        [BillingAddress] = "billing address",
        [DeliveryAddress] = "delivery address",
    };

    public static string Join(IEnumerable<string> fields) => string.Join(',', fields);

    public static IReadOnlyList<string> Split(string? fields) =>
        string.IsNullOrEmpty(fields) ? [] : fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"first name, phone number and billing address".</summary>
    public static string Describe(IReadOnlyList<string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var labels = fields.Select(f => Labels.TryGetValue(f, out var label) ? label : f).ToList();
        return labels.Count switch
        {
            0 => "",
            1 => labels[0],
            _ => string.Join(", ", labels.Take(labels.Count - 1)) + " and " + labels[^1],
        };
    }
}
