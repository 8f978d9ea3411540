using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// Every text field a POST action binds has a maximum length in its validator, no longer than the database column of
/// the same name: an over-long value is refused with a message and never reaches the database.
/// </summary>
public sealed class InputLengthTests : IClassFixture<SecurityWorld>
{
    /// <summary>Text fields capped by another rule (a pattern, a list, a parse) or never stored as typed, with the reason.</summary>
    private static readonly Dictionary<string, string> CappedOtherwise = new(StringComparer.Ordinal)
    {
        ["AddressInput.Country"] = "must be one of the known country codes",
        ["AddressInput.Postcode"] = "a real UK postcode (pattern) in the UK, MaximumLength(10) elsewhere",
        ["ChangePasswordInput.ConfirmPassword"] = "must equal the new password, which is capped; never stored",
        ["DisclosureInput.MembershipNumber"] = "must be a well-formed membership number (IMI + 8 digits)",
        ["LegalHoldInput.MembershipNumber"] = "must be a well-formed membership number (IMI + 8 digits)",
        ["DownloadInput.Kind"] = "must be \"access\" or \"portable\"; never stored",
        ["EnableAuthenticatorInput.Code"] = "must be the 6-digit code; never stored",
        ["MemberDetailsInput.DateOfBirth"] = "must parse as a date; stored as a date",
        ["MemberDetailsInput.Gender"] = "must be one of the listed options",
        ["MemberDetailsInput.MaritalStatus"] = "must be one of the listed options",
        ["MemberDetailsInput.Phone"] = "capped at 30 as typed, stored normalised to E.164 (at most 16 characters)",
        ["RegisterInput.ConfirmPassword"] = "must equal the password, which is capped; never stored",
        ["RequestFormInput.FormToken"] = "must be a GUID in \"N\" form (32 characters)",
        ["RequestFormInput.MembershipNumber"] = "must be a well-formed membership number (IMI + 8 digits)",
        ["RequestFormInput.Phone"] = "must match the phone pattern (at most 20 characters)",
        ["ResetPasswordInput.ConfirmPassword"] = "must equal the new password, which is capped; never stored",
        ["StaffDetailsInput.DateOfBirth"] = "must parse as a date; stored as a date",
        ["StaffDetailsInput.Gender"] = "must be one of the listed options",
        ["StaffDetailsInput.MaritalStatus"] = "must be one of the listed options",
        ["StaffDetailsInput.Phone"] = "capped at 30 as typed, stored normalised to E.164 (at most 16 characters)",
        ["StaffIntakeInput.FormToken"] = "must be a GUID in \"N\" form (32 characters)",
        ["StaffIntakeInput.MembershipNumber"] = "must be a well-formed membership number (IMI + 8 digits)",
        ["StaffIntakeInput.Phone"] = "must match the phone pattern (at most 20 characters)",
    };

    /// <summary>Where each form's text is stored: its fields are checked against the columns of the same name there.</summary>
    private static readonly Dictionary<string, string[]> StoredIn = new(StringComparer.Ordinal)
    {
        ["AddressInput"] = ["Address"],
        ["ConfirmErasureInput"] = [],
        ["DisclosureInput"] = ["Disclosure"],
        ["MemberDetailsInput"] = ["Member"],
        ["NoticePublishInput"] = ["PrivacyNoticeVersion"],
        ["PurposeEditInput"] = ["ProcessingPurpose"],
        ["RegisterInput"] = ["Member"],
        ["RequestFormInput"] = ["RightsRequest"],
        ["StaffDetailsInput"] = ["Member", "DetailsChange"],
        ["StaffIntakeInput"] = ["RightsRequest"],
    };

    private readonly SecurityWorld _world;

    public InputLengthTests(SecurityWorld world) => _world = world;

    [Fact]
    public void EveryTextFieldOfEveryPostedForm_HasAMaximumLengthWithinItsColumn()
    {
        using var scope = _world.Services.CreateScope();
        var columns = ColumnLengths(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
        var inputs = EndpointCatalogue.Read(_world.Services).Where(e => e.IsPost)
            .SelectMany(e => e.RequestParameters).Select(p => p.Type).Where(IsInputModel).Distinct().ToList();
        var problems = new List<string>();
        var seen = new HashSet<Type>();

        foreach (var type in inputs)
        {
            Check(scope.ServiceProvider, type, columns, problems, seen);
        }

        Assert.True(inputs.Count >= 15, $"Only {inputs.Count} input models were found.");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void Check(IServiceProvider services, Type type, Dictionary<string, int> columns, List<string> problems, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        // Nested validators built by their parent (e.g. one per kind of address) are not in the container.
        var validator = services.GetService(typeof(IValidator<>).MakeGenericType(type)) as IValidator
                        ?? (type.Assembly.GetType(type.FullName + "Validator") is { } nested
                            ? Activator.CreateInstance(nested, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, ["test"], null) as IValidator
                            : null);
        var stored = StoredIn.GetValueOrDefault(type.Name) ?? [];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            if (IsInputModel(property.PropertyType))
            {
                Check(services, property.PropertyType, columns, problems, seen);
                continue;
            }

            if (property.PropertyType != typeof(string) || CappedOtherwise.ContainsKey($"{type.Name}.{property.Name}"))
            {
                continue;
            }

            var max = validator?.CreateDescriptor().GetValidatorsForMember(property.Name)
                .Select(v => v.Validator).OfType<ILengthValidator>().Where(l => l.Max > 0).Select(l => (int?)l.Max).Min();
            if (max is null)
            {
                problems.Add($"{type.Name}.{property.Name} has no MaximumLength rule: add one (the column's length or less).");
            }
            else if (stored.Select(entity => columns.GetValueOrDefault($"{entity}.{property.Name}")).Where(c => c > 0).DefaultIfEmpty(int.MaxValue).Min() is var column && max > column)
            {
                problems.Add($"{type.Name}.{property.Name} allows {max} characters but its column holds {column}.");
            }
        }
    }

    /// <summary>The declared length of each text column, by "Entity.Property" (e.g. "Member.FirstName" → 100).</summary>
    private static Dictionary<string, int> ColumnLengths(PortalDbContext db) =>
        db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties().Select(p => (Entity: e.ClrType.Name, Property: p)))
            .Where(x => x.Property.ClrType == typeof(string) && x.Property.GetMaxLength() is not null)
            .DistinctBy(x => $"{x.Entity}.{x.Property.Name}")
            .ToDictionary(x => $"{x.Entity}.{x.Property.Name}", x => x.Property.GetMaxLength()!.Value, StringComparer.Ordinal);

    private static bool IsInputModel(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("ImiPortal.Web.Models", StringComparison.Ordinal) == true;
}
