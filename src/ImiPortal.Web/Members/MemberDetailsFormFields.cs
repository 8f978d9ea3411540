using System.Text.Encodings.Web;
using ImiPortal.Web.Models.Members;
using ImiPortal.Web.TagHelpers;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ImiPortal.Web.Members;

/// <summary>
/// The fields of the details form, the same on the member's page and the back office's: the concurrency stamp, then
/// one fieldset per group. Declared once and written straight to the page, with the same markup as <c>&lt;form-field&gt;</c>:
/// as 26 tag helpers in a partial view they were about a third of the My details page's cost (issue #11, ADR-016).
/// </summary>
public static class MemberDetailsFormFields
{
    private static readonly FormFieldSpec<IMemberDetailsForm> ConcurrencyStamp = new(m => m.Input.ConcurrencyStamp, "") { Type = "hidden" };

    private static readonly Fieldset[] Fieldsets =
    [
        new("Name", null,
        [
            new(m => m.Input.Title, "Title (optional)") { Autocomplete = "honorific-prefix", InputClass = "w-auto", Hint = "For example, Mr, Mrs, Ms or Dr." },
            new(m => m.Input.FirstName, "First name") { Autocomplete = "given-name" },
            new(m => m.Input.MaidenName, "Maiden name (optional)") { Autocomplete = "off" },
            new(m => m.Input.LastName, "Last name") { Autocomplete = "family-name" },
        ]),
        new("About you", null,
        [
            new(m => m.Input.DateOfBirth, "Date of birth (optional)") { Type = "date", Autocomplete = "bday", InputClass = "w-auto", Hint = "For example, 14/06/1985." },
            new(m => m.Input.Gender, "Gender (optional)") { Type = "select", Options = PersonalDetailLists.Genders, InputClass = "w-auto" },
            new(m => m.Input.MaritalStatus, "Marital status (optional)") { Type = "select", Options = PersonalDetailLists.MaritalStatuses, InputClass = "w-auto" },
        ]),
        new("Phone", null,
        [
            new(m => m.Input.Phone, "Phone number (optional)")
            {
                Type = "tel", Autocomplete = "tel", InputClass = "w-auto",
                Hint = "A UK number like 01992 519025, or a number in another country starting with + and its country code, like +33 1 23 45 67 89.",
            },
        ]),
        new("Billing address", "Where we send invoices and your membership post. Leave it empty if you do not want to give one.",
        [
            new(m => m.Input.Billing.Line1, "Address line 1") { Autocomplete = "billing address-line1" },
            new(m => m.Input.Billing.Line2, "Address line 2 (optional)") { Autocomplete = "billing address-line2" },
            new(m => m.Input.Billing.Town, "Town or city") { Autocomplete = "billing address-level2" },
            new(m => m.Input.Billing.County, "County (optional)") { Autocomplete = "billing address-level1" },
            new(m => m.Input.Billing.Postcode, "Postcode") { Autocomplete = "billing postal-code", InputClass = "w-auto", Hint = "UK postcodes like SG13 8PQ." },
            new(m => m.Input.Billing.Country, "Country") { Type = "select", Options = Countries.Options, Autocomplete = "billing country", InputClass = "w-auto" },
        ]),
        new("Delivery address", null,
        [
            new(m => m.Input.DeliverySameAsBilling, "Deliver to my billing address") { Type = "checkbox", Hint = "Untick this and fill in the address below to have orders delivered somewhere else." },
            new(m => m.Input.Delivery.Line1, "Address line 1") { Autocomplete = "shipping address-line1" },
            new(m => m.Input.Delivery.Line2, "Address line 2 (optional)") { Autocomplete = "shipping address-line2" },
            new(m => m.Input.Delivery.Town, "Town or city") { Autocomplete = "shipping address-level2" },
            new(m => m.Input.Delivery.County, "County (optional)") { Autocomplete = "shipping address-level1" },
            new(m => m.Input.Delivery.Postcode, "Postcode") { Autocomplete = "shipping postal-code", InputClass = "w-auto", Hint = "UK postcodes like SG13 8PQ." },
            new(m => m.Input.Delivery.Country, "Country") { Type = "select", Options = Countries.Options, Autocomplete = "shipping country", InputClass = "w-auto" },
        ]),
    ];

    /// <summary>The form's fields for this page, showing what was posted and its errors when the form came back with errors.</summary>
    public static IHtmlContent For(IMemberDetailsForm model, ModelStateDictionary modelState) => new Content(model, modelState);

    private sealed record Fieldset(string Legend, string? Intro, FormFieldSpec<IMemberDetailsForm>[] Fields);

    private sealed class Content(IMemberDetailsForm model, ModelStateDictionary modelState) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ConcurrencyStamp.For(model, modelState).WriteTo(writer, encoder);
            foreach (var fieldset in Fieldsets)
            {
                writer.Write("\n<fieldset class=\"mb-4\">\n    <legend class=\"h4\">");
                encoder.Encode(writer, fieldset.Legend);
                writer.Write("</legend>\n");
                if (fieldset.Intro is not null)
                {
                    writer.Write("    <p class=\"form-text mt-0\">");
                    encoder.Encode(writer, fieldset.Intro);
                    writer.Write("</p>\n");
                }

                foreach (var field in fieldset.Fields)
                {
                    field.For(model, modelState).WriteTo(writer, encoder);
                }

                writer.Write("\n</fieldset>");
            }

            writer.Write('\n');
        }
    }
}
