namespace ImiPortal.Web.Models.Marketing;

/// <summary>One permission as staff see it: what, whether marketing may use it now, and why.</summary>
public sealed record StaffChoiceRow(string Subject, bool Allowed, string Reason);
