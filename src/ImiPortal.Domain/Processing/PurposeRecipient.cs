namespace ImiPortal.Domain.Processing;

/// <summary>A recipient that data for a processing purpose may be disclosed to.</summary>
public class PurposeRecipient
{
    public int PurposeId { get; set; }

    public int RecipientId { get; set; }

    public Recipient? Recipient { get; set; }
}
