namespace ImiPortal.Web.Models.Requests;

/// <summary>The staff intake page: the channel and date received, then the same fields as the request form.</summary>
public sealed record StaffIntakeViewModel(StaffIntakeInput Input, IReadOnlyList<WithdrawOption> WithdrawOptions)
{
    public RequestFormViewModel Form => new(Input, RequestFormMode.Staff, WithdrawOptions);
}
