using System.Globalization;
using ImiPortal.Domain.Commerce;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImiPortal.IntegrationTests.Marketing.MarketingKit;

namespace ImiPortal.IntegrationTests.Marketing;

public sealed class AudienceExportTests : IClassFixture<PortalFactory>
{
    private const int Population = 60;

    private readonly PortalFactory _factory;

    public AudienceExportTests(PortalFactory factory) => _factory = factory;

    [Fact]
    public async Task Export_ForEveryChannelAndTopic_MatchesTheDomainRulesMemberByMember()
    {
        await SeedPopulationAsync(offset: 0);
        using var staff = await StaffAsync("audience-rules@example.net");
        var topics = await _factory.WithDbAsync(db => db.MarketingTopics.Select(t => t.Id).ToListAsync());
        var members = await _factory.WithDbAsync(db => db.Members.Select(m => new { m.Id, m.MembershipNumber }).ToListAsync());
        await using var scope = _factory.Scope();
        var profiles = scope.ServiceProvider.GetRequiredService<MarketingProfiles>();
        var byMember = new Dictionary<string, MarketingProfile>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            byMember[member.MembershipNumber] = (await profiles.ForMemberAsync(member.Id, CancellationToken.None))!;
        }

        foreach (var channel in MarketingPermissions.Channels)
        {
            foreach (var topicId in topics)
            {
                var exported = MembershipNumbers(await ExportAsync(staff, channel, topicId));
                var expected = byMember.Where(p => MarketingPermissions.MayContact(p.Value, channel, topicId)).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);

                Assert.True(expected.SetEquals(exported), $"{channel}, topic {topicId}: only exported {string.Join(' ', exported.Except(expected))}; missing {string.Join(' ', expected.Except(exported))}");
                Assert.True(exported.Count > 0, $"{channel}, topic {topicId}: nobody"); // the population is varied enough for every audience to have someone
                Assert.True(exported.Count < members.Count);
            }
        }
    }

    [Fact]
    public async Task Export_NeverListsOptedOutRestrictedObjectingErasedOrSuppressedMembers()
    {
        var numbers = await SeedPopulationAsync(offset: 1000);
        using var staff = await StaffAsync("audience-excluded@example.net");
        var topicId = await FirstTopicIdAsync(_factory);
        var excluded = await _factory.WithDbAsync(db => db.Members
            .Where(m => numbers.Contains(m.MembershipNumber) && (m.IsRestricted || m.ObjectsToDirectMarketing || m.ErasedAt != null || m.IsMarketingSuppressed))
            .Select(m => m.MembershipNumber).ToListAsync());
        Assert.NotEmpty(excluded);

        foreach (var channel in MarketingPermissions.Channels)
        {
            var exported = MembershipNumbers(await ExportAsync(staff, channel, topicId));
            var optedOut = await _factory.WithDbAsync(db => db.Members
                .Where(m => db.ConsentStates.Any(s => s.MemberId == m.Id && s.SubjectKey == ConsentSubject.ForChannel(channel).Key && !s.Granted))
                .Select(m => m.MembershipNumber).ToListAsync());
            Assert.NotEmpty(optedOut);
            Assert.Empty(exported.Intersect(excluded));
            Assert.Empty(exported.Intersect(optedOut));
        }
    }

    [Fact]
    public async Task Export_HasTheColumnsOfTheChannelAndIsAuditedWithoutPersonalData()
    {
        var (_, memberId) = await CreateMemberAsync(_factory, "audience-columns@example.net", bought: true);
        await _factory.WithDbAsync(async db =>
        {
            var member = await db.Members.Include(m => m.Addresses).SingleAsync(m => m.Id == memberId);
            member.FirstName = "=Formula";
            member.Addresses.Add(new Address { Kind = AddressKind.Billing, Line1 = "1 High Street, Flat 2", Town = "Hertford", Postcode = "SG13 8PQ" });
            return await db.SaveChangesAsync();
        });
        var number = await MembershipNumberAsync(_factory, memberId);
        var topicId = await FirstTopicIdAsync(_factory);
        using var staff = await StaffAsync("audience-columns-staff@example.net");

        var email = await ExportAsync(staff, MarketingChannel.Email, topicId);
        var post = await ExportAsync(staff, MarketingChannel.Post, topicId);

        Assert.Equal("Membership number,Name,Email,Basis", email[0]);
        Assert.Contains($"{number},\"'=Formula Member\",audience-columns@example.net,Soft opt-in (customer)", email);
        Assert.Equal("Membership number,Name,Address line 1,Address line 2,Town,County,Postcode,Country,Basis", post[0]);
        Assert.Contains($"{number},\"'=Formula Member\",\"1 High Street, Flat 2\",,Hertford,,SG13 8PQ,GB,Legitimate interests", post);
        var audits = await _factory.WithDbAsync(db => db.AuditEvents.Where(a => a.Action == "marketing.audience.exported").ToListAsync());
        Assert.Contains(audits, a => a.Details == $"channel=Email; topicId={topicId}");
        Assert.All(audits, a => Assert.DoesNotContain("@", a.Details ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_WithUnknownTopicOrChannel_ShowsTheFormWithAnError()
    {
        using var staff = await StaffAsync("audience-bad@example.net");

        var topic = await staff.GetAsync("/Staff/Marketing/Audience?channel=Email&topicId=999");
        var channel = await staff.GetAsync("/Staff/Marketing/Audience?channel=Fax&topicId=1");
        var form = await staff.GetDocumentAsync("/Staff/Marketing/Audience");

        Assert.Equal("text/html", topic.Content.Headers.ContentType?.MediaType);
        Assert.NotNull((await PortalClient.ParseAsync(topic)).QuerySelector("#error-summary"));
        Assert.NotNull((await PortalClient.ParseAsync(channel)).QuerySelector("#error-summary"));
        Assert.Null(form.QuerySelector("#error-summary"));
        Assert.NotNull(form.QuerySelector("select#Channel"));
    }

    private async Task<PortalClient> StaffAsync(string email)
    {
        await _factory.CreateStaffAsync(email, Roles.MemberServices);
        return await _factory.LoginAsync(email);
    }

    /// <summary>
    /// Members with every mix of purchase, flags, contact details and choices (some changed twice), written
    /// through the ledger like real ones. Returns their membership numbers.
    /// </summary>
    private async Task<List<string>> SeedPopulationAsync(int offset)
    {
        var topics = await _factory.WithDbAsync(db => db.MarketingTopics.OrderBy(t => t.Id).Select(t => t.Id).ToListAsync());
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        var members = Enumerable.Range(offset, Population).Select(i => new Member
        {
            MembershipNumber = "IMI" + (20_000_000 + i).ToString(CultureInfo.InvariantCulture),
            FirstName = "Pop",
            LastName = "Member " + i.ToString(CultureInfo.InvariantCulture),
            Email = i % 17 == 4 ? "" : $"pop{i}@example.net",
            Phone = i % 3 == 0 ? null : "+4416329601" + (i % 100).ToString("00", CultureInfo.InvariantCulture),
            IsRestricted = i % 7 == 3,
            ObjectsToDirectMarketing = i % 11 == 5,
            ErasedAt = i % 13 == 6 ? now : null,
            IsMarketingSuppressed = i % 19 == 8,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        await _factory.WithDbAsync(db =>
        {
            foreach (var (member, i) in members.Select((m, i) => (m, i + offset)))
            {
                if (i % 6 != 5)
                {
                    member.Addresses.Add(new Address { Kind = i % 2 == 0 ? AddressKind.Billing : AddressKind.Delivery, Line1 = $"{i} Test Road", Town = "Hertford", Postcode = "SG13 8PQ" });
                }

                db.Members.Add(member);
                if (i % 2 == 1)
                {
                    db.Orders.Add(new Order { MemberId = member.Id, OrderNumber = $"ORD-POP-{i}", PlacedAt = now, Description = "Course", TotalPence = 100 });
                }
            }

            return db.SaveChangesAsync();
        });

        foreach (var (member, i) in members.Select((m, i) => (m, i + offset)).Where(p => p.m.ErasedAt is null))
        {
            foreach (var (channel, n) in MarketingPermissions.Channels.Select((c, n) => (c, n)))
            {
                // 0: no choice, 1: yes, 2: no, 3: yes then no, 4: no then yes
                foreach (var granted in ((i + n) % 5) switch { 1 => new[] { true }, 2 => [false], 3 => [true, false], 4 => [false, true], _ => [] })
                {
                    await RecordAsync(_factory, member.Id, ConsentSource.MyImiForm, (ConsentSubject.ForChannel(channel), granted));
                }
            }

            // 0: never chose topics, 1: first topic, 2: said no to the first, 3: second topic and no to the first
            var topicChoices = (i % 4) switch
            {
                1 => new[] { (ConsentSubject.ForTopic(topics[0]), true) },
                2 => [(ConsentSubject.ForTopic(topics[0]), false)],
                3 => [(ConsentSubject.ForTopic(topics[1]), true), (ConsentSubject.ForTopic(topics[0]), false)],
                _ => [],
            };
            if (topicChoices.Length > 0)
            {
                await RecordAsync(_factory, member.Id, ConsentSource.MyImiForm, topicChoices);
            }
        }

        return members.Select(m => m.MembershipNumber).ToList();
    }
}
