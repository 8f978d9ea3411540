using System.Net;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Requests;

/// <summary>Moves the clock, so it has a portal of its own.</summary>
public sealed class StaffIntakeReceivedDateTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public StaffIntakeReceivedDateTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task LetterReceivedOnTheLastDayOfJanuary_RecordedLater_IsDueOnTheFirstWorkingDayAfterFebruaryEnds()
    {
        // Recorded on Tuesday 2 February 2027 for a letter that arrived on Sunday 31 January 2027:
        // a month on is 28 February (the month is shorter), a Sunday, so the deadline is Monday 1 March 2027.
        _factory.Clock.SetUtcNow(new DateTimeOffset(2027, 2, 2, 10, 0, 0, TimeSpan.Zero));
        var email = $"staff-{Guid.NewGuid():N}@theimi.example";
        await _factory.CreateStaffAsync(email, Roles.PrivacyOfficer);
        using var staff = await _factory.LoginAsync(email);
        var fields = RequestForms.Valid("Erasure", "letter@example.org", "Lee Letter");
        fields["Input.Channel"] = "Post";
        fields["Input.ReceivedOn"] = "2027-01-31";

        var response = await staff.SubmitFormAsync("/Staff/Intake/New?type=Erasure", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = await _factory.WithDbAsync(db => db.RightsRequests.SingleAsync(r => r.Email == "letter@example.org"));
        Assert.Equal(new DateOnly(2027, 1, 31), request.ReceivedOn);
        Assert.Equal(new DateOnly(2027, 3, 1), request.DueOn);
        var recorded = await staff.GetDocumentAsync(response.Headers.Location!.PathAndQuery());
        Assert.Equal("1 March 2027", recorded.QuerySelector("#request-due")!.TextContent.Trim());
    }
}
