namespace ImiPortal.Web.Models.Members;

public sealed class ChangeEmailInput
{
    public string NewEmail { get; set; } = "";

    public string CurrentPassword { get; set; } = "";
}
