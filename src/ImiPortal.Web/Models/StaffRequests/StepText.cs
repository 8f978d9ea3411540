namespace ImiPortal.Web.Models.StaffRequests;

/// <summary>Limits for the free text of request steps (the columns hold 4,000 characters).</summary>
public static class StepText
{
    public const int MaxLength = 4000;

    public static string TooLong(string what) => $"{what} must be 4,000 characters or fewer";
}
