using System.IO.Compression;
using System.Text.Json;
using ImiPortal.Infrastructure.Fulfilment;
using ImiPortal.Infrastructure.PersonalData;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Fulfilment;

/// <summary>
/// A member with 50,000 consent events gets every one of them in their access package. (Memory and time of this export
/// are measured by the benchmark, not asserted here.)
/// </summary>
public sealed class LargeExportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const int Events = 50_000;

    [Fact]
    public async Task AccessPackage_ForAMemberWith50kLedgerRows_ContainsEveryRow()
    {
        var user = await factory.CreateMemberAsync("large-export@example.org");
        var memberId = await factory.WithDbAsync(db => db.Members.Where(m => m.UserId == user.Id).Select(m => m.Id).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            var wording = await db.ConsentWordings.Select(w => w.Id).FirstAsync();
            // One set-based insert: alternate grant and withdrawal of email marketing, a minute apart.
            return await db.Database.ExecuteSqlInterpolatedAsync($"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Events})
                INSERT INTO ConsentEvents (MemberId, SubjectKind, Channel, TopicId, RecipientId, Granted, Basis, Source, WordingId, OccurredAt, ActorUserId, ReceivedOn)
                SELECT {memberId}, 1, 1, NULL, NULL, i % 2, 1, 1, {wording}, strftime('%Y-%m-%d %H:%M:%S', '2020-01-01', '+' || i || ' minutes'), NULL, NULL FROM n
                """);
        });
        Assert.Equal(Events, await factory.WithDbAsync(db => db.ConsentEvents.CountAsync(e => e.MemberId == memberId)));

        await using var scope = factory.Scope();
        var writer = scope.ServiceProvider.GetRequiredService<AccessPackageWriter>();
        await using var package = await writer.WriteAsync(new DataSubject(memberId, user.Id), RowScope.PersonalData, CancellationToken.None);
        using var zip = new ZipArchive(package, ZipArchiveMode.Read);
        await using var json = zip.GetEntry("my-imi-data.json")!.Open();
        using var document = await JsonDocument.ParseAsync(json);

        Assert.Equal(Events, document.RootElement.GetProperty("data").GetProperty("ConsentEvent").GetArrayLength());
    }
}
