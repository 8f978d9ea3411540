using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ImiPortal.Infrastructure.Requests;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace ImiPortal.Web.Queries.StaffRequests;

/// <summary>A pager link's position: the page after (or before) the request with <paramref name="Key"/>, and its number.</summary>
public sealed record QueueCursor(QueueKey Key, bool Backward, int Page);

/// <summary>
/// Writes and reads the queue pager's cursors: opaque, URL-safe strings protected by Data Protection (encrypted and
/// authenticated), tied to the order and the filters of the page that made them. Anything that does not read back
/// (malformed, tampered with, made for other filters or another order, made with a retired key) is no cursor at
/// all, and the queue shows page 1.
/// </summary>
public sealed class QueueCursors(IDataProtectionProvider protection)
{
    private const byte Version = 1;
    private const int FingerprintLength = 8;
    private const int PayloadLength = 1 + 1 + 1 + 4 + 1 + 4 + 4 + 8 + 16 + FingerprintLength;

    /// <summary>Longer than any cursor this class writes: a longer value is not even decoded.</summary>
    private const int MaxLength = 400;

    private readonly IDataProtector _protector = protection.CreateProtector("ImiPortal.StaffQueue.Cursor");

    public string Write(RequestQueueFilter filter, QueueOrder order, QueueCursor cursor)
    {
        ArgumentNullException.ThrowIfNull(cursor);
        var payload = new byte[PayloadLength];
        var span = payload.AsSpan();
        span[0] = Version;
        span[1] = (byte)order;
        span[2] = cursor.Backward ? (byte)1 : (byte)0;
        BinaryPrimitives.WriteInt32LittleEndian(span[3..], cursor.Page);
        span[7] = cursor.Key.DueOn is null ? (byte)0 : (byte)1;
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], cursor.Key.DueOn?.DayNumber ?? 0);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], cursor.Key.ReceivedOn.DayNumber);
        BinaryPrimitives.WriteInt64LittleEndian(span[16..], cursor.Key.CreatedAt.Ticks);
        cursor.Key.Id.TryWriteBytes(span.Slice(24, 16));
        Fingerprint(filter, span.Slice(40, FingerprintLength));
        return WebEncoders.Base64UrlEncode(_protector.Protect(payload));
    }

    /// <summary>The cursor in <paramref name="value"/> when it is one this class wrote for these filters and this order; otherwise null.</summary>
    public QueueCursor? Read(string? value, RequestQueueFilter filter, QueueOrder order)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > MaxLength)
        {
            return null;
        }

        byte[] payload;
        try
        {
            payload = _protector.Unprotect(WebEncoders.Base64UrlDecode(value.Trim()));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }

        var span = payload.AsSpan();
        Span<byte> fingerprint = stackalloc byte[FingerprintLength];
        Fingerprint(filter, fingerprint);
        if (payload.Length != PayloadLength || span[0] != Version || span[1] != (byte)order || span[2] > 1 || span[7] > 1
            || !span.Slice(40, FingerprintLength).SequenceEqual(fingerprint))
        {
            return null;
        }

        var page = BinaryPrimitives.ReadInt32LittleEndian(span[3..]);
        var due = BinaryPrimitives.ReadInt32LittleEndian(span[8..]);
        var received = BinaryPrimitives.ReadInt32LittleEndian(span[12..]);
        var ticks = BinaryPrimitives.ReadInt64LittleEndian(span[16..]);
        if (page < 1 || !IsDay(due) || !IsDay(received) || ticks < DateTime.MinValue.Ticks || ticks > DateTime.MaxValue.Ticks)
        {
            return null;
        }

        var key = new QueueKey(
            span[7] == 1 ? DateOnly.FromDayNumber(due) : null,
            DateOnly.FromDayNumber(received),
            new DateTime(ticks, DateTimeKind.Utc),
            new Guid(span.Slice(24, 16)));
        return new QueueCursor(key, span[2] == 1, page);
    }

    private static bool IsDay(int dayNumber) => dayNumber >= DateOnly.MinValue.DayNumber && dayNumber <= DateOnly.MaxValue.DayNumber;

    /// <summary>A short hash of the filters (not the page, the order or a cursor), case and spacing aside.</summary>
    private static void Fingerprint(RequestQueueFilter filter, Span<byte> destination)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in filter.ToRouteValues().Where(p => p.Key != "sort").OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            text.Append(name.ToLowerInvariant()).Append('=').Append(value.Trim().ToLowerInvariant()).Append('\n');
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()), hash);
        hash[..destination.Length].CopyTo(destination);
    }
}
