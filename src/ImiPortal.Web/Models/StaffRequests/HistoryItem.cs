namespace ImiPortal.Web.Models.StaffRequests;

/// <summary>One step in a request's history, as staff see it.</summary>
/// <param name="At">When it was recorded (UTC; shown in UK time).</param>
/// <param name="EffectiveOn">The date it took effect, when different from the day it was recorded.</param>
/// <param name="What">The step in plain words.</param>
/// <param name="Actor">A staff email, "the requester" or "system".</param>
/// <param name="Note">The note or message, if any.</param>
/// <param name="VisibleToRequester">False for internal steps such as notes.</param>
public sealed record HistoryItem(DateTime At, DateOnly? EffectiveOn, string What, string Actor, string? Note, bool VisibleToRequester);
