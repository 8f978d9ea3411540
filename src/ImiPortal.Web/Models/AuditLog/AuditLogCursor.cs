using System.Globalization;

namespace ImiPortal.Web.Models.AuditLog;

/// <summary>
/// Keyset paging: a page ends at an entry (time, id); the next page starts strictly before it in the order
/// "newest first, then highest id". No OFFSET, so page 10,000 costs what page 1 costs.
/// </summary>
public readonly record struct AuditLogCursor(DateTime OccurredAt, long Id)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{OccurredAt.Ticks}-{Id}");

    public static AuditLogCursor? Parse(string? value)
    {
        var parts = value?.Split('-');
        return parts is { Length: 2 }
               && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
               && ticks <= DateTime.MaxValue.Ticks
               && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new AuditLogCursor(new DateTime(ticks, DateTimeKind.Utc), id)
            : null;
    }
}
