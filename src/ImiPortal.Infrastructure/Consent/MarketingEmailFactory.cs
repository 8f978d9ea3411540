using System.Text;
using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ImiPortal.Infrastructure.Consent;

/// <summary>
/// Builds every marketing email, so that none goes out without its one-click unsubscribe: a signed
/// per-member link in the body, and the same URL in the List-Unsubscribe headers (RFC 8058) that the
/// outbox dispatcher adds. It also refuses members who may not be emailed about the topic.
/// </summary>
public sealed class MarketingEmailFactory(PortalDbContext db, MarketingProfiles profiles, UnsubscribeTokens tokens, IOptions<MarketingOptions> options)
{
    public const string Kind = "marketing";

    public Uri UnsubscribeUrl(Guid memberId) => new(BaseUrl, "Unsubscribe/" + tokens.For(memberId));

    /// <summary>The email, or null when the rules do not allow emailing this member about this topic today.</summary>
    public async Task<EmailMessage?> CreateAsync(Guid memberId, int topicId, string subject, string textBody, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentNullException.ThrowIfNull(textBody);
        var profile = await profiles.ForMemberAsync(memberId, cancellationToken);
        if (profile is null || !MarketingPermissions.MayContact(profile, MarketingChannel.Email, topicId))
        {
            return null;
        }

        var email = await db.Members.Where(m => m.Id == memberId).Select(m => m.Email).SingleAsync(cancellationToken);
        var unsubscribe = UnsubscribeUrl(memberId).AbsoluteUri;
        var body = new StringBuilder(textBody.TrimEnd())
            .Append("\n\n--\n")
            .Append("You get this email from the Institute of the Motor Industry because of your marketing choices.\n")
            .Append("Unsubscribe from all IMI marketing email with one click: ").Append(unsubscribe).Append('\n')
            .Append("Choose what we send you (log in to MyIMI): ").Append(new Uri(BaseUrl, "Preferences").AbsoluteUri).Append('\n');
        return new EmailMessage(Kind, email, subject, body.ToString()) { ListUnsubscribeUrl = unsubscribe };
    }

    private Uri BaseUrl => options.Value.PublicBaseUrl.AbsoluteUri.EndsWith('/') ? options.Value.PublicBaseUrl : new Uri(options.Value.PublicBaseUrl.AbsoluteUri + "/");
}
