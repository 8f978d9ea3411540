namespace ImiPortal.Web.Models.Account;

/// <summary>A form with only an email address: forgotten password, resend confirmation.</summary>
public sealed class EmailInput
{
    public string Email { get; set; } = "";
}
