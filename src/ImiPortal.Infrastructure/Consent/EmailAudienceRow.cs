using CsvHelper;

namespace ImiPortal.Infrastructure.Consent;

[CsvRecord]
public sealed partial record EmailAudienceRow(
    [property: CsvColumn("Membership number")] string MembershipNumber,
    [property: CsvColumn("Name")] string Name,
    [property: CsvColumn("Email")] string Email,
    [property: CsvColumn("Basis")] string Basis);
