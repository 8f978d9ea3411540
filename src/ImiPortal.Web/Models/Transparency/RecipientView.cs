namespace ImiPortal.Web.Models.Transparency;

public sealed record RecipientView(string Name, string Kind, string Description, string? TransferCountries, string? TransferSafeguard);
