using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ImiPortal.Infrastructure.PersonalData;

/// <summary>Removes every personal-data value of a tracked row, driven by the model's tags.</summary>
public static class RowAnonymiser
{
    /// <summary>Nullable columns become null, required text becomes empty (or a unique placeholder where a unique index
    /// needs one); dates, grades and flags stay for statistics.</summary>
    public static void Anonymise(DbContext db, IEntityType entityType, object row)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entityType);
        var entry = db.Entry(row);
        foreach (var property in entityType.GetProperties().Where(p => p.GetDataCategory() is not null))
        {
            var current = entry.Property(property.Name);
            if (property.IsNullable)
            {
                current.CurrentValue = null;
            }
            else if (property.ClrType == typeof(string))
            {
                var unique = entityType.GetIndexes().Any(i => i.IsUnique && i.Properties.Contains(property));
                var key = string.Concat(entityType.FindPrimaryKey()!.Properties.Select(k => Convert.ToString(entry.Property(k.Name).CurrentValue, CultureInfo.InvariantCulture)));
                var placeholder = "X" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
                current.CurrentValue = unique ? placeholder[..Math.Min(placeholder.Length, property.GetMaxLength() ?? 32)] : "";
            }
        }
    }

    public static void Anonymise<T>(DbContext db, T row)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        Anonymise(db, db.Model.FindEntityType(typeof(T))!, row);
    }
}
