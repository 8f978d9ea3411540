using CsvHelper;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>A row of an SMS or phone audience. Numbers are E.164; check phone numbers against the TPS before calling.</summary>
[CsvRecord]
public sealed partial record PhoneAudienceRow(
    [property: CsvColumn("Membership number")] string MembershipNumber,
    [property: CsvColumn("Name")] string Name,
    [property: CsvColumn("Phone")] string Phone,
    [property: CsvColumn("Basis")] string Basis);
