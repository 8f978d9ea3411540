using CsvHelper;
using ImiPortal.Domain.Consent;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>
/// Streams a marketing audience as RFC 4180 CSV: rows are written as the database returns them, never
/// collected in memory. Text that a spreadsheet would run as a formula is escaped (so numbers in
/// E.164 form start with an apostrophe, which spreadsheets read as "this is text").
/// </summary>
public sealed class AudienceCsvWriter(MarketingAudience audience)
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public async Task WriteAsync(Stream destination, MarketingChannel channel, int topicId, CancellationToken cancellationToken)
    {
        var rows = audience.Rows(channel, topicId).AsAsyncEnumerable();
        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        switch (channel)
        {
            case MarketingChannel.Email:
                await csv.WriteRecordsAsync(rows.Select(m => new EmailAudienceRow(m.MembershipNumber, NameOf(m), m.Email, BasisText(m.Basis))), cancellationToken);
                break;
            case MarketingChannel.Sms or MarketingChannel.Phone:
                await csv.WriteRecordsAsync(rows.Select(m => new PhoneAudienceRow(m.MembershipNumber, NameOf(m), m.Phone ?? "", BasisText(m.Basis))), cancellationToken);
                break;
            default:
                await csv.WriteRecordsAsync(rows.Select(m => new PostAudienceRow(m.MembershipNumber, NameOf(m), m.Address?.Line1 ?? "", m.Address?.Line2,
                    m.Address?.Town ?? "", m.Address?.County, m.Address?.Postcode ?? "", m.Address?.CountryCode ?? "", BasisText(m.Basis))), cancellationToken);
                break;
        }

        await csv.FlushAsync(cancellationToken);
    }

    public static string BasisText(ConsentBasis basis) => basis switch
    {
        ConsentBasis.Consent => "Consent",
        ConsentBasis.SoftOptIn => "Soft opt-in (customer)",
        _ => "Legitimate interests",
    };

    private static string NameOf(AudienceMember member) => $"{member.FirstName} {member.LastName}".Trim();
}
