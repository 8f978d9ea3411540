using ImiPortal.Domain.Requests;

namespace ImiPortal.Web.Models.Requests;

/// <summary>A request received by phone, post or email, entered by member services with the day it reached us.</summary>
public sealed class StaffIntakeInput : RequestFormInput
{
    public RequestChannel? Channel { get; set; }

    /// <summary>The UK date the request reached IMI: the statutory month runs from it.</summary>
    public DateOnly? ReceivedOn { get; set; }
}
