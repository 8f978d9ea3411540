namespace ImiPortal.Web.Models.Members;

/// <param name="ChangedAt">UTC.</param>
/// <param name="What">The changed fields, in words ("first name and phone number").</param>
/// <param name="ByStaff">Made by IMI staff on the member's behalf.</param>
/// <param name="StaffEmail">Which member of staff; filled for the back office only.</param>
/// <param name="Reason">Why staff made the correction.</param>
public sealed record DetailsHistoryRow(DateTime ChangedAt, string What, bool ByStaff, string? StaffEmail, string? Reason);
