using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// Case-insensitive prefix searches that behave alike on every provider. SQLite's LIKE ignores (ASCII) case and
/// SQL Server's default collation is case-insensitive, so a plain StartsWith is right there; PostgreSQL's LIKE
/// is case-sensitive, so it gets ILIKE with the same escaped pattern.
/// </summary>
public static class TextSearch
{
    private const string Escape = "\\";

    private static readonly System.Reflection.MethodInfo ILike = typeof(NpgsqlDbFunctionsExtensions).GetMethod(
        nameof(NpgsqlDbFunctionsExtensions.ILike), [typeof(DbFunctions), typeof(string), typeof(string), typeof(string)])!;

    private static readonly System.Reflection.MethodInfo StartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    /// <summary>Rows whose <paramref name="column"/> starts with <paramref name="prefix"/>, ignoring case.</summary>
    public static IQueryable<T> WhereStartsWith<T>(this IQueryable<T> source, DatabaseFacade database, Expression<Func<T, string>> column, string prefix)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(prefix);
        Expression test;
        if (database.IsNpgsql())
        {
            var pattern = new Holder(EscapeLike(prefix) + "%");
            test = Expression.Call(ILike, Expression.Constant(EF.Functions), column.Body,
                Expression.Property(Expression.Constant(pattern), nameof(Holder.Value)), Expression.Constant(Escape));
        }
        else
        {
            var value = new Holder(prefix);
            test = Expression.Call(column.Body, StartsWith, Expression.Property(Expression.Constant(value), nameof(Holder.Value)));
        }

        return source.Where(Expression.Lambda<Func<T, bool>>(test, column.Parameters));
    }

    /// <summary>Escapes LIKE's wildcards so that the user's text matches literally.</summary>
    internal static string EscapeLike(string value) =>
        value.Replace(Escape, Escape + Escape, StringComparison.Ordinal)
            .Replace("%", Escape + "%", StringComparison.Ordinal)
            .Replace("_", Escape + "_", StringComparison.Ordinal);

    /// <summary>A member access (not a constant) so that EF Core sends the value as a parameter.</summary>
    private sealed class Holder(string value)
    {
        public string Value { get; } = value;
    }
}
