using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Members;

/// <summary>Helpers for the details tests: members, the details form as a browser fills it, and a snapshot of what is stored.</summary>
internal static class MembersKit
{
    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@example.net";

    public static async Task<(ApplicationUser User, Guid MemberId)> CreateMemberAsync(PortalFactory factory, string email, string firstName = "Test", string lastName = "Member")
    {
        var user = await factory.CreateMemberAsync(email, firstName, lastName);
        var memberId = await factory.WithDbAsync(db => db.Members.Where(m => m.UserId == user.Id).Select(m => m.Id).SingleAsync());
        return (user, memberId);
    }

    /// <summary>Every field of the form filled with good values; tests change one to make it bad.</summary>
    public static Dictionary<string, string> AllFields() => new()
    {
        ["Input.Title"] = "Dr",
        ["Input.FirstName"] = "Aisha",
        ["Input.MaidenName"] = "Khan",
        ["Input.LastName"] = "Patel-Jones",
        ["Input.DateOfBirth"] = "1985-06-14",
        ["Input.Gender"] = "Female",
        ["Input.MaritalStatus"] = "Married",
        ["Input.Phone"] = "01992 519025",
        ["Input.Billing.Line1"] = "Fanshaws",
        ["Input.Billing.Line2"] = "Brickendon",
        ["Input.Billing.Town"] = "Hertford",
        ["Input.Billing.County"] = "Hertfordshire",
        ["Input.Billing.Postcode"] = "sg13 8pq",
        ["Input.Billing.Country"] = "GB",
        ["Input.DeliverySameAsBilling"] = "false",
        ["Input.Delivery.Line1"] = "Unit 4",
        ["Input.Delivery.Line2"] = "Trade Park",
        ["Input.Delivery.Town"] = "Leeds",
        ["Input.Delivery.County"] = "West Yorkshire",
        ["Input.Delivery.Postcode"] = "ls1 4dy",
        ["Input.Delivery.Country"] = "GB",
    };

    public static Dictionary<string, string> With(this Dictionary<string, string> fields, string name, string value)
    {
        fields[name] = value;
        return fields;
    }

    /// <summary>The stored member and addresses, flattened so that two snapshots can be compared.</summary>
    public static Task<string> SnapshotAsync(PortalFactory factory, Guid memberId) => factory.WithDbAsync(async db =>
    {
        var member = await db.Members.AsNoTracking().Include(m => m.Addresses).SingleAsync(m => m.Id == memberId);
        var addresses = member.Addresses.OrderBy(a => a.Kind)
            .Select(a => $"{a.Kind}:{a.Line1}|{a.Line2}|{a.Town}|{a.County}|{a.Postcode}|{a.CountryCode}");
        return string.Join(";", [member.ConcurrencyStamp.ToString(), member.Title, member.FirstName, member.MaidenName, member.LastName,
            member.DateOfBirth?.ToString("O"), member.Gender, member.MaritalStatus, member.Phone, member.Email, .. addresses]);
    });

    public static Task<List<DetailsChange>> HistoryAsync(PortalFactory factory, Guid memberId) =>
        factory.WithDbAsync(db => db.DetailsChanges.AsNoTracking().Where(c => c.MemberId == memberId).OrderBy(c => c.Id).ToListAsync());

    public static string ValueOf(IHtmlDocument page, string id) =>
        page.GetElementById(id) switch
        {
            IHtmlInputElement input => input.Value,
            IHtmlSelectElement select => select.Value ?? "",
            IHtmlTextAreaElement area => area.Value,
            _ => throw new InvalidOperationException($"No field #{id}"),
        };

    public static string ErrorSummary(IHtmlDocument page) =>
        page.QuerySelector("#error-summary")?.TextContent ?? throw new InvalidOperationException("The page has no error summary.");

    /// <summary>Posts a form read earlier (a tab left open), with its token and hidden fields as they were then.</summary>
    public static async Task<HttpResponseMessage> PostStaleFormAsync(PortalClient client, IHtmlDocument page, string action, Dictionary<string, string> fields)
    {
        var form = page.Forms.First(f => f.Action.Contains(action, StringComparison.OrdinalIgnoreCase));
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(i => !fields.ContainsKey(i.Name!))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(fields)
            .ToList();
        using var content = new FormUrlEncodedContent(values);
        return await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content);
    }
}
