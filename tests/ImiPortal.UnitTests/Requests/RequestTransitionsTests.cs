using ImiPortal.Domain.Requests;

namespace ImiPortal.UnitTests.Requests;

public sealed class RequestTransitionsTests
{
    private static readonly RightsRequestStatus[] Closed = [RightsRequestStatus.Completed, RightsRequestStatus.Refused, RightsRequestStatus.Withdrawn];

    public static TheoryData<RequestAction, RightsRequestStatus> EveryActionFromEveryClosedOrUnconfirmedStatus()
    {
        var data = new TheoryData<RequestAction, RightsRequestStatus>();
        foreach (var action in Enum.GetValues<RequestAction>())
        {
            foreach (var status in Closed.Append(RightsRequestStatus.AwaitingEmailConfirmation))
            {
                data.Add(action, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryActionFromEveryClosedOrUnconfirmedStatus))]
    public void NothingHappens_AfterClosing_OrBeforeTheEmailIsConfirmed(RequestAction action, RightsRequestStatus status)
    {
        var check = RequestTransitions.Check(action, State(status, identityVerified: true, canExtend: true), actorIsPrivacyOfficer: true);

        Assert.False(check.IsAllowed);
        Assert.False(RequestTransitions.Table.ContainsKey((action, status)));
        Assert.Contains(status == RightsRequestStatus.AwaitingEmailConfirmation ? "not confirmed their email address" : "nothing more can be done", check.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RequestAction.VerifyIdentity, RightsRequestStatus.Received, RightsRequestStatus.InProgress)]
    [InlineData(RequestAction.VerifyIdentity, RightsRequestStatus.AwaitingClarification, RightsRequestStatus.AwaitingClarification)]
    [InlineData(RequestAction.RequestIdentity, RightsRequestStatus.Received, RightsRequestStatus.AwaitingIdentity)]
    [InlineData(RequestAction.RequestIdentity, RightsRequestStatus.InProgress, RightsRequestStatus.AwaitingIdentity)]
    [InlineData(RequestAction.ReceiveIdentity, RightsRequestStatus.AwaitingIdentity, RightsRequestStatus.InProgress)]
    [InlineData(RequestAction.RequestClarification, RightsRequestStatus.Received, RightsRequestStatus.AwaitingClarification)]
    [InlineData(RequestAction.ReceiveClarification, RightsRequestStatus.AwaitingClarification, RightsRequestStatus.InProgress)]
    [InlineData(RequestAction.Extend, RightsRequestStatus.InProgress, RightsRequestStatus.InProgress)]
    [InlineData(RequestAction.Complete, RightsRequestStatus.InProgress, RightsRequestStatus.Completed)]
    [InlineData(RequestAction.Refuse, RightsRequestStatus.AwaitingIdentity, RightsRequestStatus.Refused)]
    [InlineData(RequestAction.Assign, RightsRequestStatus.AwaitingIdentity, RightsRequestStatus.AwaitingIdentity)]
    [InlineData(RequestAction.AddNote, RightsRequestStatus.Received, RightsRequestStatus.Received)]
    public void AllowedSteps_LeadToTheirStatus(RequestAction action, RightsRequestStatus from, RightsRequestStatus to)
    {
        Assert.True(RequestTransitions.Check(action, State(from, identityVerified: action == RequestAction.Complete, canExtend: true), actorIsPrivacyOfficer: true).IsAllowed);
        Assert.Equal(to, RequestTransitions.NextStatus(action, from));
    }

    [Fact]
    public void NoStep_LeadsBackToReceivedOrToAwaitingEmailConfirmation()
    {
        Assert.DoesNotContain(RequestTransitions.Table, t => t.Value == RightsRequestStatus.AwaitingEmailConfirmation);
        Assert.All(RequestTransitions.Table.Where(t => t.Value == RightsRequestStatus.Received), t => Assert.Equal(RightsRequestStatus.Received, t.Key.From));
    }

    [Theory]
    [InlineData(RightsRequestStatus.Received)]
    [InlineData(RightsRequestStatus.InProgress)]
    public void Complete_BeforeIdentityIsVerified_IsRefused(RightsRequestStatus status)
    {
        var check = RequestTransitions.Check(RequestAction.Complete, State(status, identityVerified: false), actorIsPrivacyOfficer: true);

        Assert.False(check.IsAllowed);
        Assert.Equal("Verify the requester's identity before completing the request.", check.Reason);
    }

    [Theory]
    [InlineData(RightsRequestStatus.AwaitingIdentity)]
    [InlineData(RightsRequestStatus.AwaitingClarification)]
    public void Complete_WhileWaitingForTheRequester_IsRefused_EvenWithIdentityVerified(RightsRequestStatus status)
    {
        var check = RequestTransitions.Check(RequestAction.Complete, State(status, identityVerified: true), actorIsPrivacyOfficer: true);

        Assert.False(check.IsAllowed);
        Assert.Contains("waiting for the requester", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extend_ASecondTime_IsRefused()
    {
        var check = RequestTransitions.Check(RequestAction.Extend, State(RightsRequestStatus.InProgress, extended: true, canExtend: false), actorIsPrivacyOfficer: true);

        Assert.False(check.IsAllowed);
        Assert.Contains("only once", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extend_WhenTheEngineSaysItIsTooLate_IsRefused()
    {
        var check = RequestTransitions.Check(RequestAction.Extend, State(RightsRequestStatus.InProgress, canExtend: false), actorIsPrivacyOfficer: true);

        Assert.False(check.IsAllowed);
        Assert.Contains("one-month deadline has passed", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extend_WhileAwaitingIdentity_IsRefused_BecauseNoClockRuns()
    {
        Assert.False(RequestTransitions.Check(RequestAction.Extend, State(RightsRequestStatus.AwaitingIdentity, canExtend: true), actorIsPrivacyOfficer: true).IsAllowed);
    }

    [Theory]
    [InlineData(RequestAction.Extend)]
    [InlineData(RequestAction.Refuse)]
    public void Decisions_NeedThePrivacyOfficer(RequestAction action)
    {
        var state = State(RightsRequestStatus.InProgress, identityVerified: true, canExtend: true);

        Assert.False(RequestTransitions.Check(action, state, actorIsPrivacyOfficer: false).IsAllowed);
        Assert.True(RequestTransitions.Check(action, state, actorIsPrivacyOfficer: true).IsAllowed);
    }

    [Theory]
    [InlineData(RequestAction.VerifyIdentity)]
    [InlineData(RequestAction.RequestIdentity)]
    [InlineData(RequestAction.Complete)]
    [InlineData(RequestAction.AddNote)]
    public void OtherSteps_AreOpenToMemberServices(RequestAction action)
    {
        var state = State(RightsRequestStatus.Received, identityVerified: action == RequestAction.Complete);

        Assert.True(RequestTransitions.Check(action, state, actorIsPrivacyOfficer: false).IsAllowed);
    }

    [Fact]
    public void AskingForId_OnceIdentityIsVerified_OrTwice_IsRefused()
    {
        Assert.False(RequestTransitions.Check(RequestAction.RequestIdentity, State(RightsRequestStatus.InProgress, identityVerified: true), false).IsAllowed);
        Assert.False(RequestTransitions.Check(RequestAction.RequestIdentity, State(RightsRequestStatus.AwaitingIdentity), false).IsAllowed);
        Assert.False(RequestTransitions.Check(RequestAction.VerifyIdentity, State(RightsRequestStatus.InProgress, identityVerified: true), false).IsAllowed);
    }

    [Fact]
    public void ReceivingIdOrAnAnswer_WithoutHavingAsked_IsRefused()
    {
        Assert.Equal("No ID has been asked for.", RequestTransitions.Check(RequestAction.ReceiveIdentity, State(RightsRequestStatus.InProgress), false).Reason);
        Assert.Equal("No clarification has been asked for.", RequestTransitions.Check(RequestAction.ReceiveClarification, State(RightsRequestStatus.Received), false).Reason);
    }

    [Fact]
    public void NextStatus_ForAStepNotInTheTable_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => RequestTransitions.NextStatus(RequestAction.Complete, RightsRequestStatus.Completed));
    }

    private static RequestState State(RightsRequestStatus status, bool identityVerified = false, bool extended = false, bool canExtend = true) =>
        new(status, identityVerified, extended, canExtend);
}
