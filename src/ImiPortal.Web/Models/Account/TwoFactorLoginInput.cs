namespace ImiPortal.Web.Models.Account;

public sealed class TwoFactorLoginInput
{
    public string Code { get; set; } = "";

    public bool RememberMachine { get; set; }

    public bool RememberMe { get; set; }

    /// <summary>True when the code is one of the recovery codes instead of the authenticator app's.</summary>
    public bool UseRecoveryCode { get; set; }
}
