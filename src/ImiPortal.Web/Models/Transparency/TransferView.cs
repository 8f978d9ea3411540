namespace ImiPortal.Web.Models.Transparency;

public sealed record TransferView(string Recipient, string Countries, string Safeguard);
