using System.Security.Cryptography;
using System.Text;
using ImiPortal.Domain.Erasure;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Erasure;

/// <summary>
/// Keyed hashes (HMAC-SHA256) of erased people's email addresses and phone numbers. The key is generated on first
/// use and kept in the database, never in configuration or the repository.
/// </summary>
public sealed class SuppressionList(PortalDbContext db, TimeProvider time)
{
    private const string KeyName = "suppression-hash-key";

    public async Task AddAsync(string? email, string? phone, string reason, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        db.SuppressionEntries.Add(new SuppressionEntry
        {
            EmailHash = Hash(key, NormaliseEmail(email)),
            PhoneHash = Hash(key, NormalisePhone(phone)),
            CreatedAt = time.GetUtcNow().UtcDateTime,
            Reason = reason,
        });
    }

    public async Task<bool> IsSuppressedAsync(string? email, string? phone, CancellationToken cancellationToken)
    {
        var key = await KeyAsync(cancellationToken);
        var emailHash = Hash(key, NormaliseEmail(email));
        var phoneHash = Hash(key, NormalisePhone(phone));
        return (emailHash is not null || phoneHash is not null)
            && await db.SuppressionEntries.AnyAsync(s => (emailHash != null && s.EmailHash == emailHash) || (phoneHash != null && s.PhoneHash == phoneHash), cancellationToken);
    }

    private static string? NormaliseEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim().ToUpperInvariant();

    private static string? NormalisePhone(string? phone)
    {
        var digits = phone is null ? "" : new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }

    private static string? Hash(byte[] key, string? value) =>
        value is null ? null : Convert.ToHexString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value)));

    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        var stored = await db.PortalSecrets.AsNoTracking().Where(s => s.Name == KeyName).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        if (stored is not null)
        {
            return Convert.FromBase64String(stored);
        }

        var key = RandomNumberGenerator.GetBytes(32);
        db.PortalSecrets.Add(new PortalSecret { Name = KeyName, Value = Convert.ToBase64String(key), CreatedAt = time.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return key;
        }
        catch (DbUpdateException)
        {
            // Another instance created it first: use theirs.
            db.ChangeTracker.Clear();
            return Convert.FromBase64String(await db.PortalSecrets.AsNoTracking().Where(s => s.Name == KeyName).Select(s => s.Value).SingleAsync(cancellationToken));
        }
    }
}
