namespace ImiPortal.Web.Models.Account;

public sealed record AuthenticatorSetupViewModel(string SharedKey, string QrCodeDataUri, EnableAuthenticatorInput Input);
