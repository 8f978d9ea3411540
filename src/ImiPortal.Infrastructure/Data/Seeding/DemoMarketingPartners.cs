using ImiPortal.Domain.Processing;

namespace ImiPortal.Infrastructure.Data.Seeding;

/// <summary>
/// Made-up marketing partners for Development only, so that the third-party sharing choices can be tried.
/// Real partners are added by the privacy officer when a sharing agreement exists.
/// </summary>
public static class DemoMarketingPartners
{
    public static IReadOnlyList<Recipient> All { get; } =
    [
        new()
        {
            Name = "Brightwheel Motor Insurance Ltd (demo partner)", Kind = RecipientKind.MarketingThirdParty,
            Description = "A fictional insurer offering motor trade insurance to IMI members. Demo data only.",
        },
        new()
        {
            Name = "Torquewise Tools Ltd (demo partner)", Kind = RecipientKind.MarketingThirdParty,
            Description = "A fictional supplier of garage tools and diagnostic equipment. Demo data only.",
        },
    ];
}
