namespace ImiPortal.Web.Models.Requests;

/// <summary>A line of the member's "My requests" table.</summary>
public sealed record MyRequestRow(Guid Id, string Reference, string TypeTitle, string StatusText, string DueText, string MadeOn, string? DuplicateOfReference);
