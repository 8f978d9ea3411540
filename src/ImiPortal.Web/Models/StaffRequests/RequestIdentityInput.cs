namespace ImiPortal.Web.Models.StaffRequests;

public sealed class RequestIdentityInput : RequestStepInput
{
    /// <summary>What proof of identity is needed, in words for the requester (sent to them).</summary>
    public string WhatWeNeed { get; set; } = "";
}
