namespace ImiPortal.Web.Models.Members;

public sealed record StaffEditViewModel : IMemberDetailsForm
{
    public required Guid MemberId { get; init; }

    public required string MembershipNumber { get; init; }

    public required string FullName { get; init; }

    public required StaffDetailsInput Input { get; init; }

    MemberDetailsInput IMemberDetailsForm.Input => Input;
}
