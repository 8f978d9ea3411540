using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// Insecure direct object references: every member-facing action that takes an identifier, found in the endpoint
/// metadata, is called by member B with member A's real value. B gets a refusal and none of A's data, and nothing of
/// A's changes.
/// </summary>
public sealed partial class IdorTests : IClassFixture<SecurityWorld>
{
    private readonly SecurityWorld _world;

    public IdorTests(SecurityWorld world) => _world = world;

    public static TheoryData<string> Cases => [.. IdorCases.All.Select(c => c.Key)];

    [Fact]
    public void EveryMemberActionTakingAnIdentifier_HasAnIdorCase()
    {
        var declared = IdorCases.All.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);

        var missing = MemberActionsTakingAnIdentifier().Where(e => !declared.Contains(e.Key)).Select(e => e.Key).ToList();

        Assert.True(missing.Count == 0,
            $"These member-facing actions take an identifier but have no line in Security/IdorCases.cs; add one each: {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryIdorCase_IsAMemberActionTakingAnIdentifier()
    {
        var actual = MemberActionsTakingAnIdentifier().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain(IdorCases.All, c => !actual.Contains(c.Key));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task MemberB_WithMemberAsIdentifier_IsRefusedAndSeesNothingOfA(string key)
    {
        var idor = IdorCases.All.Single(c => c.Key == key);
        var endpoint = EndpointCatalogue.Read(_world.Services).Single(e => e.Key == key);
        var path = EndpointCatalogue.PathFor(endpoint, name => name == "id" ? _world.IdValue(idor.Id) : SecurityWorld.RouteValue(name));
        var query = new List<string>();
        foreach (var (name, _) in endpoint.RequestParameters.Where(p => p.Name != "id"))
        {
            if (await IdentifierOfAAsync(name) is { } value)
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        var before = await SnapshotOfAAsync();
        var (memberB, token) = await _world.SessionAsync(Persona.MemberB);
        using var _ = memberB;

        using var response = await AuthorizationMatrixTests.CallAsync(memberB, endpoint, url, token);

        var body = await response.Content.ReadAsStringAsync();
        switch (idor.Answer)
        {
            case IdorAnswer.NotFound:
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                break;
            case IdorAnswer.RedirectToOwnPage:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal($"/{endpoint.Controller}", response.Headers.Location!.PathAndQuery());
                break;
            case IdorAnswer.LinkNotValid:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Matches(LinkNotValidHeading(), (await PortalClient.ParseAsync(response)).QuerySelector("h1")!.TextContent);
                break;
        }

        foreach (var value in new[] { SecurityWorld.FirstNameOfA, SecurityWorld.LastNameOfA, SecurityWorld.RequestDetailsOfA, _world.EmailOfA, _world.RequestReferenceOfA, _world.MembershipNumberOfA })
        {
            Assert.DoesNotContain(value, body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(before, await SnapshotOfAAsync());
    }

    /// <summary>Non-staff actions with a parameter (or a bound model property) that names a row.</summary>
    private IEnumerable<ActionEndpoint> MemberActionsTakingAnIdentifier() =>
        EndpointCatalogue.Read(_world.Services).Where(e => e.Area != "Staff" && e.RequestParameters.Any(p =>
            IsIdentifier(p.Name) || (Nullable.GetUnderlyingType(p.Type) ?? p.Type) == typeof(Guid)
            || (p.Type.IsClass && p.Type != typeof(string) && p.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(pr => pr.CanWrite && IsIdentifier(pr.Name)))));

    private static bool IsIdentifier(string name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Id", StringComparison.Ordinal) || name.Equals("ticket", StringComparison.OrdinalIgnoreCase);

    /// <summary>Member A's value for a query parameter: a real download ticket of A's, A's user id, a forged code.</summary>
    private async Task<string?> IdentifierOfAAsync(string name) => name switch
    {
        "userId" => _world.UserIdOfA.ToString(),
        "code" => "forged-code",
        "ticket" => await _world.DownloadTicketOfAAsync(),
        _ => null,
    };

    /// <summary>What B must not be able to change: A's request, A's account and A's audit trail.</summary>
    private Task<string> SnapshotOfAAsync() => _world.WithDbAsync(async db =>
    {
        var request = await db.RightsRequests.Include(r => r.Events).AsNoTracking().SingleAsync(r => r.Id == _world.RequestIdOfA);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == _world.UserIdOfA);
        var audit = await db.AuditEvents.CountAsync(a => a.SubjectMemberId == _world.MemberIdOfA);
        return $"{request.Status}|{request.ClosedAt}|{request.Events.Count}|{user.Email}|{user.EmailConfirmed}|{user.SecurityStamp}|{audit}";
    });

    [GeneratedRegex("link (did|does) not work")]
    private static partial Regex LinkNotValidHeading();
}
