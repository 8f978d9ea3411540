using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ImiPortal.Infrastructure.Data;

/// <summary>Stores DateTime values as UTC and marks them as UTC when read, whatever the provider.</summary>
public sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
