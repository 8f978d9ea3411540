using ImiPortal.Domain.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ImiPortal.Infrastructure.PersonalData;

/// <summary>The personal-data fields of the model, read from its tags.</summary>
public sealed class PersonalDataMap
{
    public PersonalDataMap(IModel model)
    {
        var fields = new List<PersonalDataField>();
        var entities = new List<IEntityType>();
        foreach (var entityType in model.GetEntityTypes().OrderBy(e => e.ClrType.Name, StringComparer.Ordinal))
        {
            if (entityType.GetSubjectKey() is not null)
            {
                entities.Add(entityType);
            }

            foreach (var property in entityType.GetProperties())
            {
                if (property.GetDataCategory() is { } category)
                {
                    fields.Add(new PersonalDataField(
                        entityType.ClrType.Name,
                        entityType.GetTableName() ?? entityType.ClrType.Name,
                        property.Name,
                        property.GetColumnName(),
                        category,
                        property.IsProvidedByDataSubject()));
                }
            }
        }

        Fields = fields;
        SubjectEntities = entities;
    }

    public IReadOnlyList<PersonalDataField> Fields { get; }

    /// <summary>Entity types that hold personal data about a member, each with the property linking a row to them.</summary>
    public IReadOnlyList<IEntityType> SubjectEntities { get; }

    public IEnumerable<PersonalDataField> InCategory(DataCategory category) => Fields.Where(f => f.Category == category);
}
