using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using ImiPortal.Domain.PersonalData;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ImiPortal.Infrastructure.PersonalData;

/// <summary>
/// Walks every table that holds personal data about a subject, driven by the model's tags (ADR-002): the access
/// package, portability export and the "what we hold" page all read through here, so none can miss a column.
/// </summary>
public sealed class SubjectDataReader(PortalDbContext db)
{
    private PersonalDataMap? _map;

    public PersonalDataMap Map => _map ??= new PersonalDataMap(db.Model);

    /// <summary>Streams the subject's rows, entity by entity, with the columns the scope asks for.</summary>
    public async IAsyncEnumerable<SubjectRow> ReadAsync(DataSubject subject, RowScope scope = RowScope.PersonalData,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subject);
        foreach (var entityType in Map.SubjectEntities)
        {
            var columns = ColumnsOf(entityType, scope);
            if (columns.Count == 0 || SubjectIdFor(entityType, subject) is not { } id)
            {
                continue;
            }

            // Only the scope's columns are selected, into an array per row: no entity is built and no other column
            // read (the ledger has 50,000 rows for some members), and no row is tracked, so memory stays flat.
            await foreach (var row in ValuesOf(entityType, id, columns).AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                var values = new Dictionary<string, object?>(columns.Count);
                for (var i = 0; i < columns.Count; i++)
                {
                    values.Add(columns[i], row[i]);
                }

                yield return new SubjectRow(entityType.ClrType.Name, values);
            }
        }
    }

    /// <summary>The columns of an entity that a scope covers, in model order.</summary>
    public static IReadOnlyList<string> ColumnsOf(IEntityType entityType, RowScope scope)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        return entityType.GetProperties()
            .Where(p => !p.IsShadowProperty() && scope switch
            {
                RowScope.AllButSecrets => !p.IsSecret(),
                RowScope.PersonalData => p.GetDataCategory() is not null,
                RowScope.Provided => p.GetDataCategory() is not null && p.IsProvidedByDataSubject(),
                _ => false,
            })
            .Select(p => p.Name)
            .ToList();
    }

    /// <summary>The categories of which at least one non-empty value about the subject is stored.</summary>
    public async Task<IReadOnlySet<DataCategory>> CategoriesHeldAsync(DataSubject subject, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var held = new HashSet<DataCategory>();
        foreach (var entityType in Map.SubjectEntities)
        {
            if (SubjectIdFor(entityType, subject) is not { } id)
            {
                continue;
            }

            foreach (var group in Map.Fields.Where(f => f.Entity == entityType.ClrType.Name).GroupBy(f => f.Category))
            {
                if (!held.Contains(group.Key) && await AnyValueAsync(entityType, id, group.Select(f => f.Property), cancellationToken))
                {
                    held.Add(group.Key);
                }
            }
        }

        return held;
    }

    /// <summary>How many rows of one entity are about the subject.</summary>
    public Task<int> CountAsync(IEntityType entityType, DataSubject subject, CancellationToken cancellationToken) =>
        SubjectIdFor(entityType, subject) is { } id
            ? Invoke<Task<int>>(nameof(TypedCountAsync), entityType, id, cancellationToken)
            : Task.FromResult(0);

    /// <summary>Deletes the subject's rows of one entity in the database, without loading them.</summary>
    public Task<int> DeleteAsync(IEntityType entityType, DataSubject subject, CancellationToken cancellationToken) =>
        SubjectIdFor(entityType, subject) is { } id
            ? Invoke<Task<int>>(nameof(TypedDeleteAsync), entityType, id, cancellationToken)
            : Task.FromResult(0);

    /// <summary>The subject's rows of one entity, tracked, for changing them.</summary>
    public Task<List<object>> LoadForUpdateAsync(IEntityType entityType, DataSubject subject, CancellationToken cancellationToken) =>
        SubjectIdFor(entityType, subject) is { } id
            ? Invoke<Task<List<object>>>(nameof(TypedLoadAsync), entityType, id, cancellationToken)
            : Task.FromResult(new List<object>());

    private T Invoke<T>(string method, IEntityType entityType, Guid id, CancellationToken cancellationToken) =>
        (T)typeof(SubjectDataReader).GetMethod(method, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(entityType.ClrType).Invoke(this, [entityType, id, cancellationToken])!;

    private Task<int> TypedCountAsync<T>(IEntityType entityType, Guid id, CancellationToken cancellationToken)
        where T : class => db.Set<T>().CountAsync(SubjectFilter<T>(entityType, id, []), cancellationToken);

    private Task<int> TypedDeleteAsync<T>(IEntityType entityType, Guid id, CancellationToken cancellationToken)
        where T : class => db.Set<T>().Where(SubjectFilter<T>(entityType, id, [])).ExecuteDeleteAsync(cancellationToken);

    private async Task<List<object>> TypedLoadAsync<T>(IEntityType entityType, Guid id, CancellationToken cancellationToken)
        where T : class => [.. await db.Set<T>().Where(SubjectFilter<T>(entityType, id, [])).ToListAsync(cancellationToken)];

    private static Guid? SubjectIdFor(IEntityType entityType, DataSubject subject) =>
        entityType.ClrType == typeof(ApplicationUser) ? subject.UserId : subject.MemberId;

    private IQueryable<object?[]> ValuesOf(IEntityType entityType, Guid id, IReadOnlyList<string> columns)
    {
        var method = typeof(SubjectDataReader).GetMethod(nameof(TypedValues), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        return (IQueryable<object?[]>)method.MakeGenericMethod(entityType.ClrType).Invoke(this, [entityType, id, columns])!;
    }

    /// <summary>The subject's rows as row => new object[] { EF.Property&lt;T1&gt;(row, "C1"), ... }.</summary>
    private IQueryable<object?[]> TypedValues<T>(IEntityType entityType, Guid id, IReadOnlyList<string> columns)
        where T : class
    {
        var row = Expression.Parameter(typeof(T), "row");
        var property = typeof(EF).GetMethod(nameof(EF.Property))!;
        var values = Expression.NewArrayInit(typeof(object), columns.Select(c => Expression.Convert(
            Expression.Call(property.MakeGenericMethod(entityType.FindProperty(c)!.ClrType), row, Expression.Constant(c)), typeof(object))));
        return db.Set<T>().AsNoTracking().Where(SubjectFilter<T>(entityType, id, [])).Select(Expression.Lambda<Func<T, object?[]>>(values, row));
    }

    private Task<bool> AnyValueAsync(IEntityType entityType, Guid id, IEnumerable<string> properties, CancellationToken cancellationToken)
    {
        var method = typeof(SubjectDataReader).GetMethod(nameof(TypedAnyAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        return (Task<bool>)method.MakeGenericMethod(entityType.ClrType).Invoke(this, [entityType, id, properties.ToList(), cancellationToken])!;
    }

    private Task<bool> TypedAnyAsync<T>(IEntityType entityType, Guid id, List<string> properties, CancellationToken cancellationToken)
        where T : class =>
        db.Set<T>().AsNoTracking().AnyAsync(SubjectFilter<T>(entityType, id, properties), cancellationToken);

    /// <summary>row => row.SubjectKey == id [&amp;&amp; (row.P1 != null || row.P2 != null ...)], built from the model.</summary>
    private static Expression<Func<T, bool>> SubjectFilter<T>(IEntityType entityType, Guid id, IReadOnlyCollection<string> anyNotNull)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var keyProperty = entityType.FindProperty(entityType.GetSubjectKey()!)!;
        Expression key = Expression.Property(row, keyProperty.PropertyInfo!);
        // The id is read from a holder object, not inlined as a constant: EF Core then sends it as a parameter and
        // compiles each query shape once, instead of once per data subject (an erasure walks every table).
        Expression value = Expression.Property(Expression.Constant(new SubjectId(id)), nameof(SubjectId.Value));
        if (key.Type != typeof(Guid))
        {
            value = Expression.Convert(value, key.Type);
        }

        Expression body = Expression.Equal(key, value);
        var nullable = anyNotNull
            .Select(name => entityType.FindProperty(name)!)
            .Where(p => p.IsNullable && p.PropertyInfo is not null)
            .Select(p => (Expression)Expression.NotEqual(Expression.Property(row, p.PropertyInfo!), Expression.Constant(null, p.ClrType)))
            .ToList();
        // A group with a non-nullable column always holds a value when a row exists.
        if (anyNotNull.Count > 0 && nullable.Count == anyNotNull.Count)
        {
            body = Expression.AndAlso(body, nullable.Aggregate(Expression.OrElse));
        }

        return Expression.Lambda<Func<T, bool>>(body, row);
    }

    private sealed class SubjectId(Guid value)
    {
        public Guid Value { get; } = value;
    }
}
