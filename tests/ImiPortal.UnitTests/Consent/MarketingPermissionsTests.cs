using ImiPortal.Domain.Consent;
using static ImiPortal.UnitTests.Consent.ConsentTestKit;

namespace ImiPortal.UnitTests.Consent;

public class MarketingPermissionsTests
{
    [Theory]
    // Email and SMS need consent...
    [InlineData(MarketingChannel.Email, "", "", false, PermissionReason.NoConsent)]
    [InlineData(MarketingChannel.Sms, "", "", false, PermissionReason.NoConsent)]
    [InlineData(MarketingChannel.Email, "", "channel:Email=yes", true, PermissionReason.Consented)]
    [InlineData(MarketingChannel.Sms, "", "channel:Sms=yes", true, PermissionReason.Consented)]
    [InlineData(MarketingChannel.Email, "", "channel:Email=no", false, PermissionReason.OptedOut)]
    // ...or the soft opt-in of a customer, which the customer can refuse.
    [InlineData(MarketingChannel.Email, "bought", "", true, PermissionReason.SoftOptIn)]
    [InlineData(MarketingChannel.Sms, "bought", "", true, PermissionReason.SoftOptIn)]
    [InlineData(MarketingChannel.Email, "bought", "channel:Email=no", false, PermissionReason.OptedOut)]
    [InlineData(MarketingChannel.Sms, "bought", "channel:Sms=no", false, PermissionReason.OptedOut)]
    [InlineData(MarketingChannel.Email, "bought", "channel:Email=yes", true, PermissionReason.Consented)]
    // A refusal of one channel leaves the others alone.
    [InlineData(MarketingChannel.Sms, "bought", "channel:Email=no", true, PermissionReason.SoftOptIn)]
    // Post and phone: legitimate interests until the member opts out.
    [InlineData(MarketingChannel.Post, "", "", true, PermissionReason.LegitimateInterests)]
    [InlineData(MarketingChannel.Phone, "", "", true, PermissionReason.LegitimateInterests)]
    [InlineData(MarketingChannel.Post, "", "channel:Post=no", false, PermissionReason.OptedOut)]
    [InlineData(MarketingChannel.Phone, "bought", "channel:Phone=no", false, PermissionReason.OptedOut)]
    [InlineData(MarketingChannel.Post, "", "channel:Post=yes", true, PermissionReason.Consented)]
    // Restricted, objecting or erased members receive nothing, whatever they agreed to.
    [InlineData(MarketingChannel.Email, "restricted", "channel:Email=yes", false, PermissionReason.Restricted)]
    [InlineData(MarketingChannel.Post, "restricted", "", false, PermissionReason.Restricted)]
    [InlineData(MarketingChannel.Sms, "bought restricted", "", false, PermissionReason.Restricted)]
    [InlineData(MarketingChannel.Email, "objected", "channel:Email=yes", false, PermissionReason.ObjectedToDirectMarketing)]
    [InlineData(MarketingChannel.Phone, "objected", "", false, PermissionReason.ObjectedToDirectMarketing)]
    [InlineData(MarketingChannel.Email, "bought objected", "", false, PermissionReason.ObjectedToDirectMarketing)]
    [InlineData(MarketingChannel.Email, "erased", "channel:Email=yes", false, PermissionReason.Erased)]
    [InlineData(MarketingChannel.Post, "erased", "", false, PermissionReason.Erased)]
    [InlineData(MarketingChannel.Post, "erased objected restricted", "", false, PermissionReason.Erased)]
    [InlineData(MarketingChannel.Post, "objected restricted", "", false, PermissionReason.ObjectedToDirectMarketing)]
    // A re-registered member whose details are on the suppression list of an earlier erasure.
    [InlineData(MarketingChannel.Email, "suppressed", "channel:Email=yes", false, PermissionReason.Suppressed)]
    [InlineData(MarketingChannel.Phone, "bought suppressed", "", false, PermissionReason.Suppressed)]
    public void ForChannel_FollowsThePolicy(MarketingChannel channel, string facts, string choices, bool allowed, PermissionReason reason)
    {
        var permission = MarketingPermissions.ForChannel(Profile(facts, choices), channel);

        Assert.Equal(allowed, permission.Allowed);
        Assert.Equal(reason, permission.Reason);
    }

    [Theory]
    [InlineData(MarketingChannel.Email, "", "channel:Email=yes", ConsentBasis.Consent)]
    [InlineData(MarketingChannel.Email, "bought", "", ConsentBasis.SoftOptIn)]
    [InlineData(MarketingChannel.Post, "", "", ConsentBasis.LegitimateInterests)]
    [InlineData(MarketingChannel.Phone, "bought", "", ConsentBasis.LegitimateInterests)]
    public void ForChannel_WhenAllowed_SaysOnWhichBasis(MarketingChannel channel, string facts, string choices, ConsentBasis basis)
    {
        Assert.Equal(basis, MarketingPermissions.ForChannel(Profile(facts, choices), channel).Basis);
    }

    [Fact]
    public void ForChannel_WithARecordedChoice_SaysSinceWhen()
    {
        Assert.Equal(Agreed, MarketingPermissions.ForChannel(Profile("", "channel:Email=yes"), MarketingChannel.Email).Since);
        Assert.Equal(Agreed, MarketingPermissions.ForChannel(Profile("", "channel:Post=no"), MarketingChannel.Post).Since);
        Assert.Null(MarketingPermissions.ForChannel(Profile("bought"), MarketingChannel.Email).Since);
    }

    [Theory]
    // Never chosen: every topic.
    [InlineData("", 1, true)]
    [InlineData("", 2, true)]
    // Once chosen: only the ticked ones.
    [InlineData("topic:1=yes", 1, true)]
    [InlineData("topic:1=yes", 2, false)]
    [InlineData("topic:1=no", 1, false)]
    [InlineData("topic:1=no", 2, false)]
    [InlineData("topic:1=no topic:2=yes", 2, true)]
    // Channel and partner choices are not topic choices.
    [InlineData("channel:Email=yes third-party:5=yes", 3, true)]
    public void WantsTopic_FiltersWhatIsSent(string choices, int topicId, bool expected)
    {
        Assert.Equal(expected, MarketingPermissions.WantsTopic(Profile("", choices), topicId));
    }

    [Theory]
    [InlineData("", "", 5, false)] // never pre-ticked
    [InlineData("bought", "channel:Email=yes channel:Post=yes", 5, false)] // no other consent implies it
    [InlineData("", "third-party:5=yes", 5, true)]
    [InlineData("suppressed", "third-party:5=yes", 5, false)]
    [InlineData("", "third-party:5=yes", 6, false)] // consent names one partner only
    [InlineData("", "third-party:5=no", 5, false)]
    [InlineData("restricted", "third-party:5=yes", 5, false)]
    [InlineData("objected", "third-party:5=yes", 5, false)]
    [InlineData("erased", "third-party:5=yes", 5, false)]
    public void MayShareWith_NeedsExpressConsentNamingThePartner(string facts, string choices, int recipientId, bool expected)
    {
        Assert.Equal(expected, MarketingPermissions.MayShareWith(Profile(facts, choices), recipientId));
    }

    [Theory]
    [InlineData(MarketingChannel.Email, "bought", "", true)]
    [InlineData(MarketingChannel.Email, "bought no-email", "", false)]
    [InlineData(MarketingChannel.Sms, "bought no-phone", "", false)]
    [InlineData(MarketingChannel.Phone, "no-phone", "", false)]
    [InlineData(MarketingChannel.Post, "no-address", "", false)]
    [InlineData(MarketingChannel.Post, "", "topic:2=yes", false)] // topic 1 is asked for
    [InlineData(MarketingChannel.Post, "", "topic:1=yes", true)]
    [InlineData(MarketingChannel.Email, "", "topic:1=yes", false)] // wants the topic, but no consent for email
    [InlineData(MarketingChannel.Post, "restricted", "topic:1=yes", false)]
    public void MayContact_NeedsAnOpenChannelTheTopicAndAContactDetail(MarketingChannel channel, string facts, string choices, bool expected)
    {
        Assert.Equal(expected, MarketingPermissions.MayContact(Profile(facts, choices), channel, topicId: 1));
    }

    [Theory]
    [InlineData(MarketingChannel.Email, false, null)]
    [InlineData(MarketingChannel.Email, true, ConsentBasis.SoftOptIn)]
    [InlineData(MarketingChannel.Sms, true, ConsentBasis.SoftOptIn)]
    [InlineData(MarketingChannel.Post, false, ConsentBasis.LegitimateInterests)]
    [InlineData(MarketingChannel.Phone, true, ConsentBasis.LegitimateInterests)]
    public void BasisWithoutChoice_IsSoftOptInForCustomersOnElectronicChannels(MarketingChannel channel, bool bought, ConsentBasis? expected)
    {
        Assert.Equal(expected, MarketingPermissions.BasisWithoutChoice(channel, bought));
    }
}
