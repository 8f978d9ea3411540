namespace ImiPortal.Web.Models.Account;

public sealed class EnableAuthenticatorInput
{
    public string Code { get; set; } = "";
}
