using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Foundation;

/// <summary>Nothing the portal logs may carry personal data, whatever a person types in.</summary>
public sealed class LogPrivacyTests : IClassFixture<PortalFactory>
{
    private static readonly string[] Distinctive =
    [
        "Zephyrine", "Quillfeather", "zq-unique-7391@example.net", "Zq-Secret-Passphrase-9",
        "Vandermolen", "Ffestiniog Crescent", "SY9 9QQ", "1971-08-29", "1992519025", "Wigtownshire",
    ];

    private readonly PortalFactory _factory;

    public LogPrivacyTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task RegisteringLoggingInAndEditingDetails_WritesNoPersonalDataToTheLogs()
    {
        using var client = _factory.CreatePortalClient();
        await client.SubmitFormAsync("/Account/Register", new()
        {
            ["FirstName"] = "Zephyrine", ["LastName"] = "Quillfeather", ["Email"] = "zq-unique-7391@example.net",
            ["Password"] = "Zq-Secret-Passphrase-9", ["ConfirmPassword"] = "Zq-Secret-Passphrase-9",
        });
        await client.GetAsync(await Outbox.LinkAsync(_factory, "zq-unique-7391@example.net", "account.confirm-email"));
        await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = "zq-unique-7391@example.net", ["Password"] = "wrong-password-here" });
        await client.SubmitFormAsync("/Account/Login", new() { ["Email"] = "zq-unique-7391@example.net", ["Password"] = "Zq-Secret-Passphrase-9" });
        await client.GetAsync("/MyImi");
        var edit = new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Zephyrine", ["Input.MaidenName"] = "Vandermolen", ["Input.LastName"] = "Quillfeather",
            ["Input.DateOfBirth"] = "1971-08-29", ["Input.Phone"] = "01992 519025",
            ["Input.Billing.Line1"] = "7 Ffestiniog Crescent", ["Input.Billing.Town"] = "Stranraer", ["Input.Billing.County"] = "Wigtownshire",
            ["Input.Billing.Postcode"] = "SY9 9QQ", ["Input.Billing.Country"] = "GB", ["Input.DeliverySameAsBilling"] = "true",
        };
        var saved = await client.SubmitFormAsync("/Details", edit, "/Details");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        // An invalid edit too: validation failures must not log the values either.
        await client.SubmitFormAsync("/Details", new Dictionary<string, string>(edit) { ["Input.Billing.Postcode"] = "NOT A POSTCODE Wigtownshire" }, "/Details");
        await client.SubmitFormAsync("/Account/Register", new() { ["FirstName"] = "Zephyrine", ["Email"] = "zq-unique-7391@example.net" });

        var lines = _factory.Logs.Lines;
        Assert.True(lines.Any(l => l.Contains("/Account/Login", StringComparison.Ordinal)), "The logs were not captured: " + lines.Count + " lines\n" + string.Join("\n", lines.Take(20)));
        foreach (var value in Distinctive)
        {
            Assert.DoesNotContain(lines, l => l.Contains(value, StringComparison.OrdinalIgnoreCase));
        }
    }
}
