namespace ImiPortal.Web.Models.Transparency;

public sealed record DisclosureView(string Recipient, string Date, string Description, string? Purpose);
