using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// A compiled EF Core query (<c>EF.CompileAsyncQuery</c>) for each model it runs against. A compiled query binds
/// itself to the first model it is executed with and refuses any other, and one process can hold several: each
/// provider has its own compiled model (ADR-017), and the tests run SQLite and PostgreSQL portals side by side.
/// </summary>
/// <typeparam name="TQuery">The delegate <c>EF.CompileAsyncQuery</c> returns.</typeparam>
public sealed class CompiledPerModel<TQuery>
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];
    private readonly ConditionalWeakTable<IModel, TQuery>.CreateValueCallback _compile;

    public CompiledPerModel(Func<TQuery> compile)
    {
        ArgumentNullException.ThrowIfNull(compile);
        _compile = _ => compile();
    }

    /// <summary>The query compiled for this context's model.</summary>
    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _byModel.GetValue(db.Model, _compile);
    }
}
