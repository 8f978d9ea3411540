using System.Reflection;
using ImiPortal.Domain.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ImiPortal.Infrastructure.PersonalData;

/// <summary>
/// Carries the personal-data tags into the EF model, so that everything that walks personal data
/// (export, erasure, retention, "what we hold") reads one source: the model.
/// </summary>
public static class PersonalDataAnnotations
{
    public const string Category = "ImiPortal:PersonalDataCategory";
    public const string Provided = "ImiPortal:PersonalDataProvided";
    public const string NotPersonal = "ImiPortal:NotPersonalData";
    public const string SubjectKey = "ImiPortal:PersonalDataSubjectKey";
    public const string Secret = "ImiPortal:Secret";

    /// <summary>Tags a property whose declaration the domain does not own (e.g. inherited Identity columns).</summary>
    public static PropertyBuilder<T> HasPersonalData<T>(this PropertyBuilder<T> builder, DataCategory category, bool provided = false)
    {
        builder.HasAnnotation(Category, category.ToString());
        builder.HasAnnotation(Provided, provided);
        return builder;
    }

    public static PropertyBuilder<T> IsNotPersonalData<T>(this PropertyBuilder<T> builder)
    {
        builder.HasAnnotation(NotPersonal, true);
        return builder;
    }

    /// <summary>A credential (password hash, security stamp): never shown, exported or copied anywhere.</summary>
    public static PropertyBuilder<T> IsSecret<T>(this PropertyBuilder<T> builder)
    {
        builder.HasAnnotation(NotPersonal, true);
        builder.HasAnnotation(Secret, true);
        return builder;
    }

    public static EntityTypeBuilder<T> HoldsPersonalDataOf<T>(this EntityTypeBuilder<T> builder, string subjectKey)
        where T : class
    {
        builder.HasAnnotation(SubjectKey, subjectKey);
        return builder;
    }

    /// <summary>Copies the domain's attributes onto the model; called once at the end of OnModelCreating.</summary>
    public static void ApplyAttributes(ModelBuilder modelBuilder)
    {
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            var entityAttribute = entityType.ClrType.GetCustomAttribute<PersonalDataEntityAttribute>();
            if (entityAttribute is not null)
            {
                entityType.SetAnnotation(SubjectKey, entityAttribute.SubjectKey);
            }

            foreach (var property in entityType.GetProperties())
            {
                var member = property.PropertyInfo;
                if (member is null)
                {
                    continue;
                }

                if (member.GetCustomAttribute<PersonalDataAttribute>() is { } tag)
                {
                    property.SetAnnotation(Category, tag.Category.ToString());
                    property.SetAnnotation(Provided, tag.Provided);
                }
                else if (member.GetCustomAttribute<NotPersonalDataAttribute>() is not null)
                {
                    property.SetAnnotation(NotPersonal, true);
                }
            }
        }
    }

    public static DataCategory? GetDataCategory(this IReadOnlyProperty property) =>
        property.FindAnnotation(Category)?.Value is string name ? Enum.Parse<DataCategory>(name) : null;

    public static bool IsProvidedByDataSubject(this IReadOnlyProperty property) =>
        property.FindAnnotation(Provided)?.Value is true;

    public static bool IsMarkedNotPersonal(this IReadOnlyProperty property) =>
        property.FindAnnotation(NotPersonal)?.Value is true;

    public static bool IsSecret(this IReadOnlyProperty property) =>
        property.FindAnnotation(Secret)?.Value is true;

    public static string? GetSubjectKey(this IReadOnlyEntityType entityType) =>
        entityType.FindAnnotation(SubjectKey)?.Value as string;
}
