using ImiPortal.Web.Transparency;

namespace ImiPortal.Web.Models.Transparency;

public sealed record CookieSettingsViewModel(AnalyticsChoice Choice, bool ExemptionApplies, IReadOnlyList<CookieInfo> Cookies, string ReturnUrl);
