namespace ImiPortal.Domain.Requests;

/// <summary>
/// The rules of the rights-request workflow in one table: which step may be taken from which status, and where it
/// leads. A step that is not in the table cannot happen, so steps cannot be skipped or reversed by accident; the
/// guards add what a status alone cannot say (identity verified, extension still lawful, the actor's role).
/// </summary>
public static class RequestTransitions
{
    private static readonly RightsRequestStatus[] Open =
        [RightsRequestStatus.Received, RightsRequestStatus.AwaitingIdentity, RightsRequestStatus.AwaitingClarification, RightsRequestStatus.InProgress];

    private static readonly Dictionary<(RequestAction Action, RightsRequestStatus From), RightsRequestStatus> Steps = Build();

    /// <summary>The statuses in which a request is open and can be worked (not awaiting email confirmation, not closed).</summary>
    public static IReadOnlyList<RightsRequestStatus> Workable => Open;

    /// <summary>Every allowed (step, from) pair and the status it leads to.</summary>
    public static IReadOnlyDictionary<(RequestAction Action, RightsRequestStatus From), RightsRequestStatus> Table => Steps;

    /// <summary>Refusals and extensions are decisions for the privacy officer (product brief: roles).</summary>
    public static bool RequiresPrivacyOfficer(RequestAction action) => action is RequestAction.Extend or RequestAction.Refuse;

    /// <summary>Whether <paramref name="action"/> may be taken now, and if not, why.</summary>
    public static TransitionCheck Check(RequestAction action, RequestState state, bool actorIsPrivacyOfficer)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (RequiresPrivacyOfficer(action) && !actorIsPrivacyOfficer)
        {
            return TransitionCheck.Refused("Only the privacy officer can extend a deadline or refuse a request.");
        }

        if (!Steps.ContainsKey((action, state.Status)))
        {
            return TransitionCheck.Refused(WhyNotFrom(action, state.Status));
        }

        return action switch
        {
            RequestAction.VerifyIdentity when state.IdentityVerified => TransitionCheck.Refused("The requester's identity is already verified."),
            RequestAction.RequestIdentity when state.IdentityVerified => TransitionCheck.Refused("The requester's identity is already verified: there is no need to ask for ID."),
            RequestAction.Complete when !state.IdentityVerified => TransitionCheck.Refused("Verify the requester's identity before completing the request."),
            RequestAction.Extend when state.IsExtended => TransitionCheck.Refused("The deadline has already been extended; it can be extended only once."),
            RequestAction.Extend when !state.CanExtendToday => TransitionCheck.Refused("The one-month deadline has passed: the law does not allow an extension now."),
            _ => TransitionCheck.Allowed,
        };
    }

    /// <summary>The status after <paramref name="action"/>; throws when the table does not allow it.</summary>
    public static RightsRequestStatus NextStatus(RequestAction action, RightsRequestStatus from) =>
        Steps.TryGetValue((action, from), out var to)
            ? to
            : throw new InvalidOperationException($"{action} is not allowed from {from}.");

    private static string WhyNotFrom(RequestAction action, RightsRequestStatus status) => (action, status) switch
    {
        (_, RightsRequestStatus.Completed) => "This request is completed: nothing more can be done to it.",
        (_, RightsRequestStatus.Refused) => "This request was refused: nothing more can be done to it.",
        (_, RightsRequestStatus.Withdrawn) => "This request was withdrawn: nothing more can be done to it.",
        (_, RightsRequestStatus.AwaitingEmailConfirmation) => "The requester has not confirmed their email address yet, so the request cannot be worked.",
        (RequestAction.ReceiveIdentity, _) => "No ID has been asked for.",
        (RequestAction.ReceiveClarification, _) => "No clarification has been asked for.",
        (RequestAction.RequestIdentity, RightsRequestStatus.AwaitingIdentity) => "ID has already been asked for: record it when it arrives.",
        (RequestAction.RequestClarification, RightsRequestStatus.AwaitingClarification) => "A clarification question is already waiting for an answer.",
        (_, RightsRequestStatus.AwaitingIdentity) => "We are waiting for the requester's ID: record it as received first.",
        (_, RightsRequestStatus.AwaitingClarification) => "We are waiting for the requester's clarification: record the answer first.",
        _ => $"This step is not possible while the request is {status}.",
    };

    private static Dictionary<(RequestAction, RightsRequestStatus), RightsRequestStatus> Build()
    {
        var steps = new Dictionary<(RequestAction, RightsRequestStatus), RightsRequestStatus>
        {
            [(RequestAction.VerifyIdentity, RightsRequestStatus.Received)] = RightsRequestStatus.InProgress,
            [(RequestAction.VerifyIdentity, RightsRequestStatus.InProgress)] = RightsRequestStatus.InProgress,
            [(RequestAction.VerifyIdentity, RightsRequestStatus.AwaitingClarification)] = RightsRequestStatus.AwaitingClarification,
            [(RequestAction.RequestIdentity, RightsRequestStatus.Received)] = RightsRequestStatus.AwaitingIdentity,
            [(RequestAction.RequestIdentity, RightsRequestStatus.InProgress)] = RightsRequestStatus.AwaitingIdentity,
            [(RequestAction.ReceiveIdentity, RightsRequestStatus.AwaitingIdentity)] = RightsRequestStatus.InProgress,
            [(RequestAction.RequestClarification, RightsRequestStatus.Received)] = RightsRequestStatus.AwaitingClarification,
            [(RequestAction.RequestClarification, RightsRequestStatus.InProgress)] = RightsRequestStatus.AwaitingClarification,
            [(RequestAction.ReceiveClarification, RightsRequestStatus.AwaitingClarification)] = RightsRequestStatus.InProgress,
            [(RequestAction.Extend, RightsRequestStatus.Received)] = RightsRequestStatus.Received,
            [(RequestAction.Extend, RightsRequestStatus.InProgress)] = RightsRequestStatus.InProgress,
            [(RequestAction.Extend, RightsRequestStatus.AwaitingClarification)] = RightsRequestStatus.AwaitingClarification,
            [(RequestAction.Complete, RightsRequestStatus.Received)] = RightsRequestStatus.Completed,
            [(RequestAction.Complete, RightsRequestStatus.InProgress)] = RightsRequestStatus.Completed,
        };

        // Assigning and noting keep the status; a refusal can close any open request (even one awaiting ID or an answer).
        foreach (var status in Open)
        {
            steps[(RequestAction.Assign, status)] = status;
            steps[(RequestAction.AddNote, status)] = status;
            steps[(RequestAction.Refuse, status)] = RightsRequestStatus.Refused;
        }

        return steps;
    }
}
