namespace ImiPortal.Web.Models.Account;

public sealed class LoginInput
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public bool RememberMe { get; set; }
}
