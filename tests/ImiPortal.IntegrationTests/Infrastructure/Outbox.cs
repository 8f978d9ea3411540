using System.Text.RegularExpressions;
using ImiPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Infrastructure;

/// <summary>Reads what the portal queued to send, as a person would read their inbox.</summary>
public static partial class Outbox
{
    public static Task<List<OutboxMessage>> ForAsync(PortalFactory factory, string to) =>
        factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == to).OrderBy(m => m.Id).ToListAsync());

    /// <summary>The path and query of the first link in the newest email of the given kind to the address.</summary>
    public static async Task<string> LinkAsync(PortalFactory factory, string to, string kind)
    {
        var message = (await ForAsync(factory, to)).LastOrDefault(m => m.Kind == kind)
                      ?? throw new InvalidOperationException($"No '{kind}' email was queued.");
        var match = LinkPattern().Match(message.TextBody);
        return match.Success ? new Uri(match.Value).PathAndQuery : throw new InvalidOperationException("The email has no link.");
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
