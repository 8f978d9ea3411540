using CsvHelper;
using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// Streams the request register as RFC 4180 CSV with the queue's filters, row by row as the database returns them.
/// Reference, type, channel, status, dates, outcome code and assignee only: no requester name, email or details.
/// </summary>
public sealed class RequestRegisterCsvWriter(RequestRegister register, PortalDbContext db)
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public async Task WriteAsync(Stream destination, RequestQueueFilter filter, Guid currentUserId, CancellationToken cancellationToken)
    {
        var rows =
            from r in RequestRegister.Sort(register.Filter(filter, currentUserId).AsNoTracking(), filter.Sort)
            join u in db.Users on r.AssigneeUserId equals u.Id into assignees
            from u in assignees.DefaultIfEmpty()
            select new { r.Reference, r.Type, r.Channel, r.Status, r.ReceivedOn, r.DueOn, r.IsExtended, r.ClosedAt, r.RefusalReason, Assignee = u != null ? u.Email : null };

        await using var csv = CsvWriter.Create(destination, Options, leaveOpen: true);
        await csv.WriteRecordsAsync(
            rows.AsAsyncEnumerable().Select(r => new RequestRegisterRow(
                r.Reference, r.Type.ToString(), r.Channel.ToString(), r.Status.ToString(), r.ReceivedOn, r.DueOn,
                r.IsExtended ? "yes" : "no", r.ClosedAt is { } closed ? UkTime.DateOf(closed) : null,
                OutcomeCode(r.Status, r.RefusalReason), r.Assignee ?? "")),
            cancellationToken);
        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>"completed", "refused-manifestly-unfounded", "refused-manifestly-excessive", "refused-exemption", "withdrawn", or empty while open.</summary>
    public static string OutcomeCode(RightsRequestStatus status, RefusalReason? reason) => status switch
    {
        RightsRequestStatus.Completed => "completed",
        RightsRequestStatus.Withdrawn => "withdrawn",
        RightsRequestStatus.Refused => reason switch
        {
            RefusalReason.ManifestlyUnfounded => "refused-manifestly-unfounded",
            RefusalReason.ManifestlyExcessive => "refused-manifestly-excessive",
            RefusalReason.ExemptionApplies => "refused-exemption",
            _ => "refused",
        },
        _ => "",
    };
}
