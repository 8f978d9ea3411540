using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.Requests;

/// <summary>The request form page: the input (prefilled for a member) and the choices it offers.</summary>
public sealed record RequestFormViewModel(RequestFormInput Input, RequestFormMode Mode, IReadOnlyList<WithdrawOption> WithdrawOptions)
{
    public RightsRequestType Type => Input.Type ?? RightsRequestType.Access;

    public RightInfo Right => RightsCatalogue.For(Type);

    public bool IsStaff => Mode == RequestFormMode.Staff;
}
