namespace ImiPortal.Web.Models.Requests;

/// <summary>A step of a request's history the requester may see.</summary>
public sealed record RequestTimelineItem(DateTime OccurredAt, string When, string What, string? Note);
