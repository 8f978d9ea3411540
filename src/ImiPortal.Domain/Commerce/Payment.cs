using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Commerce;

/// <summary>A payment against an order. Never a card number: only what the payment provider returns.</summary>
[PersonalDataEntity(nameof(MemberId))]
public class Payment
{
    public Guid Id { get; set; }

    public Guid OrderId { get; set; }

    public Guid MemberId { get; set; }

    [PersonalData(DataCategory.Transaction)]
    public DateTime PaidAt { get; set; }

    [PersonalData(DataCategory.Transaction)]
    public long AmountPence { get; set; }

    /// <summary>The payment provider's reference for the transaction.</summary>
    [PersonalData(DataCategory.Financial)]
    public string ProviderReference { get; set; } = "";

    [PersonalData(DataCategory.Financial)]
    public string? CardBrand { get; set; }

    /// <summary>The last four digits, as payment receipts show them.</summary>
    [PersonalData(DataCategory.Financial)]
    public string? CardLast4 { get; set; }
}
