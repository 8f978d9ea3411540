using System.Net;
using ImiPortal.IntegrationTests.Infrastructure;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// Every controller action, read from the app's endpoint metadata, called as every kind of user; the answers must
/// match the one declared <see cref="AccessTable"/>. Nobody can add an action without saying who may reach it.
/// </summary>
public sealed class AuthorizationMatrixTests : IClassFixture<SecurityWorld>
{
    /// <summary>The page the access-denied redirect leads to: open to all, and it answers 403 by design.</summary>
    private const string AccessDeniedPage = "Account/AccessDenied/GET";

    private readonly SecurityWorld _world;

    public AuthorizationMatrixTests(SecurityWorld world) => _world = world;

    public static TheoryData<Persona> Personas => [.. Enum.GetValues<Persona>()];

    [Fact]
    public void EveryAction_IsInTheAccessTable()
    {
        var declared = AccessTable.Rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        var missing = EndpointCatalogue.Read(_world.Services).Where(e => !declared.Contains(e.Key)).Select(e => e.Key).ToList();

        Assert.True(missing.Count == 0,
            $"These actions are not in Security/AccessTable.cs; add one line each saying who may reach them: {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryLineOfTheAccessTable_IsAnActionThatExists()
    {
        var actual = EndpointCatalogue.Read(_world.Services).Select(e => e.Key).ToHashSet(StringComparer.Ordinal);

        var stale = AccessTable.Rows.Where(r => !actual.Contains(r.Key)).Select(r => r.Key).ToList();

        Assert.True(stale.Count == 0, $"These lines of Security/AccessTable.cs name no action any more; remove them: {string.Join(", ", stale)}");
    }

    [Fact]
    public void AccessTable_IsSortedWithOneLinePerAction()
    {
        var keys = AccessTable.Rows.Select(r => r.Key).ToList();

        Assert.Equal(keys.Distinct(StringComparer.Ordinal).Count(), keys.Count);
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public void EveryActionTakingAnId_NamesASeededRowInTheTable()
    {
        var rows = AccessTable.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);

        var unnamed = EndpointCatalogue.Read(_world.Services)
            .Where(e => e.TakesId && rows.TryGetValue(e.Key, out var row) && row.Id == SampleId.None)
            .Select(e => e.Key).ToList();

        Assert.True(unnamed.Count == 0, $"These actions take an id; give their line in Security/AccessTable.cs a SampleId: {string.Join(", ", unnamed)}");
    }

    [Theory]
    [MemberData(nameof(Personas))]
    public async Task EveryAction_AnswersThePersonaAsTheAccessTableSays(Persona persona)
    {
        var rows = AccessTable.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var (client, token) = await _world.SessionAsync(persona);
        using var _ = client;
        var wrong = new List<string>();

        // Signing out last, so that the session holds for every other call.
        foreach (var endpoint in EndpointCatalogue.Read(_world.Services).Where(e => rows.ContainsKey(e.Key)).OrderBy(e => e.Key == "Account/Logout/POST"))
        {
            var row = rows[endpoint.Key];
            var path = EndpointCatalogue.PathFor(endpoint, name => name == "id" ? _world.IdValue(row.Id) : SecurityWorld.RouteValue(name));
            using var response = await CallAsync(client, endpoint, path, token);
            var allowed = IsAllowed(persona, row.Access);
            var ok = allowed
                ? (!Outcome.IsRefusal(response) || endpoint.Key == AccessDeniedPage) && (int)response.StatusCode < 500
                : persona == Persona.Anonymous ? Outcome.IsLoginChallenge(response) : Outcome.IsAccessDenied(response);
            if (!ok)
            {
                wrong.Add($"{endpoint.Method} {path} ({row.Access}): expected {(allowed ? "allowed" : persona == Persona.Anonymous ? "302 to log in" : "302 to access denied")}, got {Outcome.Describe(response)}");
            }
        }

        Assert.True(wrong.Count == 0, $"As {persona}:\n{string.Join("\n", wrong)}");
    }

    [Fact]
    public async Task AccessDeniedPage_AnswersForbidden()
    {
        var (client, _) = await _world.SessionAsync(Persona.MemberA);
        using var _client = client;

        var response = await client.GetAsync("/Staff/Dashboard");
        var denied = await client.GetAsync(response.Headers.Location!.PathAndQuery());

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    internal static bool IsAllowed(Persona persona, Access access) => access switch
    {
        Access.Anyone => true,
        Access.SignedIn => persona != Persona.Anonymous,
        Access.Member => persona is Persona.MemberA or Persona.MemberB,
        Access.AnyStaff => persona is Persona.MemberServices or Persona.PrivacyOfficer or Persona.Administrator,
        Access.RequestHandlers => persona is Persona.MemberServices or Persona.PrivacyOfficer,
        Access.PrivacyOfficer => persona == Persona.PrivacyOfficer,
        Access.AuditReaders => persona is Persona.PrivacyOfficer or Persona.Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(access)),
    };

    internal static async Task<HttpResponseMessage> CallAsync(PortalClient client, ActionEndpoint endpoint, string path, string? token)
    {
        if (!endpoint.IsPost)
        {
            return await client.GetAsync(path);
        }

        var fields = token is null ? [] : new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
