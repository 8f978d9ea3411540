using ImiPortal.Domain.Members;
using ImiPortal.Web.TagHelpers;

namespace ImiPortal.Web.Members;

/// <summary>The answers to the optional personal questions as a select's options, encoded once.</summary>
public static class PersonalDetailLists
{
    public static SelectOptions Genders { get; } = From(PersonalDetailOptions.Genders);

    public static SelectOptions MaritalStatuses { get; } = From(PersonalDetailOptions.MaritalStatuses);

    private static SelectOptions From(IEnumerable<string> answers) => new(FormFieldTagHelper.OptionLabel, answers.Select(a => (a, a)));
}
