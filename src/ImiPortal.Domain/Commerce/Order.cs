using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Commerce;

/// <summary>A purchase from IMI (membership fee, training, publication). Its existence allows the email soft opt-in.</summary>
[PersonalDataEntity(nameof(MemberId))]
public class Order
{
    public Guid Id { get; set; }

    public Guid MemberId { get; set; }

    [PersonalData(DataCategory.Transaction)]
    public string OrderNumber { get; set; } = "";

    [PersonalData(DataCategory.Transaction)]
    public DateTime PlacedAt { get; set; }

    [PersonalData(DataCategory.Transaction)]
    public string Description { get; set; } = "";

    [PersonalData(DataCategory.Transaction)]
    public long TotalPence { get; set; }

    [PersonalData(DataCategory.Transaction)]
    public string Currency { get; set; } = "GBP";

    public List<Payment> Payments { get; } = [];
}
