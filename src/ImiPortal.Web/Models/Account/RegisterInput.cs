namespace ImiPortal.Web.Models.Account;

public sealed class RegisterInput
{
    public string? Title { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string Email { get; set; } = "";

    public string Password { get; set; } = "";

    public string ConfirmPassword { get; set; } = "";
}
