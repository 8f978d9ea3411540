using ImiPortal.Domain.Consent;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace ImiPortal.Web.Models.Marketing;

/// <summary>The audience form; its fields are named like <see cref="AudienceInput"/> so the query string reads ?channel=Email&amp;topicId=1.</summary>
public sealed record AudienceFormViewModel(MarketingChannel? Channel, int? TopicId, IReadOnlyList<SelectListItem> Channels, IReadOnlyList<SelectListItem> Topics);
