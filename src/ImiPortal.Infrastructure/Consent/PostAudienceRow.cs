using CsvHelper;

namespace ImiPortal.Infrastructure.Consent;

[CsvRecord]
public sealed partial record PostAudienceRow(
    [property: CsvColumn("Membership number")] string MembershipNumber,
    [property: CsvColumn("Name")] string Name,
    [property: CsvColumn("Address line 1")] string Line1,
    [property: CsvColumn("Address line 2")] string? Line2,
    [property: CsvColumn("Town")] string Town,
    [property: CsvColumn("County")] string? County,
    [property: CsvColumn("Postcode")] string Postcode,
    [property: CsvColumn("Country")] string CountryCode,
    [property: CsvColumn("Basis")] string Basis);
