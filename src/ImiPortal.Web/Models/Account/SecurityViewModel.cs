namespace ImiPortal.Web.Models.Account;

public sealed record SecurityViewModel(bool TwoFactorEnabled, int RecoveryCodesLeft, IReadOnlyList<string>? NewRecoveryCodes);
