namespace ImiPortal.Domain.Processing;

/// <summary>Someone personal data is disclosed to: group companies, processors, regulators, named marketing partners.</summary>
public class Recipient
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public RecipientKind Kind { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Where the data goes when it leaves the UK; null when it stays in the UK.</summary>
    public string? TransferCountries { get; set; }

    /// <summary>The safeguard for a transfer outside the UK (adequacy regulations, IDTA, ...).</summary>
    public string? TransferSafeguard { get; set; }

    public bool IsActive { get; set; } = true;
}
