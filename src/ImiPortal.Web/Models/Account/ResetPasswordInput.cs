namespace ImiPortal.Web.Models.Account;

public sealed class ResetPasswordInput
{
    public string Email { get; set; } = "";

    public string Code { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}
