namespace ImiPortal.Web.Models.StaffRequests;

/// <summary>How close an open request is to its statutory deadline, shown as a badge with words.</summary>
public enum Urgency
{
    None = 0,

    /// <summary>Due within the configured number of working days (5 by default), including today.</summary>
    DueSoon = 1,

    Overdue = 2,
}
