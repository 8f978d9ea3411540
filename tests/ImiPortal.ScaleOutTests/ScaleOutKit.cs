using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.ScaleOutTests;

/// <summary>What the scale-out tests share: the instances' settings, direct database access and a browser-like client.</summary>
public static partial class ScaleOutKit
{
    public const string StaffEmail = "scale-staff@theimi.org.uk";
    public const string StaffPassword = "Scale-Out-Test-Passphrase-1";

    /// <summary>
    /// Settings for an instance, as an operator would give them: one PostgreSQL database, SMTP on loopback, the outbox
    /// job every second, a short claim and a short cluster check-in so that a killed instance is noticed quickly.
    /// </summary>
    public static Dictionary<string, string> Settings(string connectionString, int smtpPort, string dataFolder) => new()
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Postgres"] = connectionString,
        ["DataFolder"] = dataFolder,
        ["Seed:DemoData"] = "false",
        ["Email:Transport"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
        ["Email:ClaimDuration"] = "00:00:10",
        ["Jobs:Schedules:outbox-dispatch"] = "0/1 * * * * ?",
        ["Jobs:ClusterCheckinInterval"] = "00:00:02",
        ["RateLimiting:PermitsPerMinute"] = "10000",
    };

    public static PortalDbContext Db(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DbContextOptionsFactory.Configure(options, DatabaseProvider.Postgres, connectionString);
        return new PortalDbContext(options.Options);
    }

    /// <summary>Queues emails the way the portal does (outbox rows), to addresses that name the batch.</summary>
    public static async Task<List<string>> QueueEmailsAsync(string connectionString, string batch, int count)
    {
        await using var db = Db(connectionString);
        var now = DateTime.UtcNow;
        var addresses = Enumerable.Range(1, count).Select(i => $"{batch}-{i:000}@example.net").ToList();
        db.OutboxMessages.AddRange(addresses.Select(to => new OutboxMessage
        {
            Kind = "test.scale-out", To = to, Subject = "Scale-out test", TextBody = "One of many.", CreatedAt = now, NextAttemptAt = now,
        }));
        await db.SaveChangesAsync();
        return addresses;
    }

    /// <summary>Polls until <paramref name="done"/> holds or the time is up; returns whether it held.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await done())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return await done();
    }

    /// <summary>A client that keeps cookies across both instances (cookies are per host, not per port) and follows no redirects.</summary>
    public static HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>GETs a page and returns the antiforgery token of its form.</summary>
    public static async Task<string> FormTokenAsync(HttpClient client, Uri page)
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(page);
        var input = TokenInput().Match(html);
        var value = input.Success ? ValueAttribute().Match(input.Value) : Match.Empty;
        return value.Success ? WebUtility.HtmlDecode(value.Groups[1].Value) : throw new InvalidOperationException($"No antiforgery token on {page}");
    }

    public static Task<HttpResponseMessage> PostFormAsync(HttpClient client, Uri target, Dictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*>")]
    private static partial Regex TokenInput();

    [GeneratedRegex("value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();
}
