using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Members;

/// <summary>A postal address of a member: billing or delivery.</summary>
[PersonalDataEntity(nameof(MemberId))]
public class Address
{
    public Guid Id { get; set; }

    public Guid MemberId { get; set; }

    [NotPersonalData]
    public AddressKind Kind { get; set; }

    [PersonalData(DataCategory.Contact, Provided = true)]
    public string Line1 { get; set; } = "";

    [PersonalData(DataCategory.Contact, Provided = true)]
    public string? Line2 { get; set; }

    [PersonalData(DataCategory.Contact, Provided = true)]
    public string Town { get; set; } = "";

    [PersonalData(DataCategory.Contact, Provided = true)]
    public string? County { get; set; }

    [PersonalData(DataCategory.Contact, Provided = true)]
    public string Postcode { get; set; } = "";

    /// <summary>ISO 3166-1 alpha-2 country code.</summary>
    [PersonalData(DataCategory.Contact, Provided = true)]
    public string CountryCode { get; set; } = "GB";
}
