using System.Diagnostics;
using System.Globalization;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Accounts;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ImiPortal.Bench.DataGen;

/// <summary>
/// Creates a fresh database with the portal's real migrations, roles and reference data, the benchmark's login
/// accounts (through Identity, so their passwords hash as the app's do), then bulk-inserts realistic volumes with
/// prepared statements in large transactions. Deterministic: the same scale gives the same data.
/// </summary>
internal sealed class Generator(string databaseFile, Scale scale, TextWriter log)
{
    public const string MemberEmail = "bench.member@example.org";
    public const string LedgerMemberEmail = "bench.ledger@example.org";

    /// <summary>The member whose preferences the save target posts: its ledger grows with every save, so the pages
    /// measured for the bench member show the same data before and after the saves.</summary>
    public const string SaverEmail = "bench.saver@example.org";
    public const string StaffEmail = "bench.staff@example.org";
    public const string Password = "Bench-Portal-Passphrase-2026";

    private const int StaffCount = 6;

    private static readonly string[] FirstNames = ["Olivia", "Amelia", "Isla", "Ava", "Mia", "Grace", "Noah", "Oliver", "George", "Arthur", "Leo", "Harry", "Priya", "Mohammed", "Siobhan", "Rhys", "Callum", "Zara", "Tomasz", "Chloe"];
    private static readonly string[] LastNames = ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts", "Patel", "Khan", "Murphy", "Campbell", "Hughes", "Edwards", "Kowalski", "Green", "Hall"];
    private static readonly string[] Towns = ["Hertford", "Leeds", "Cardiff", "Glasgow", "Belfast", "Bristol", "Norwich", "Swindon", "Derby", "Exeter"];
    private static readonly string[] AuditActions = ["member.viewed", "member.details.corrected", "request.viewed", "request.assigned", "marketing.member.viewed", "access-package.downloaded"];

    private readonly Random _random = new(20261201);
    private readonly DateTime _now = TimeProvider.System.GetUtcNow().UtcDateTime;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(databaseFile + suffix);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databaseFile))!);
        Accounts accounts;
        await using (var app = PortalHost.Build(databaseFile))
        {
            // The app's own start-up step: migrations, roles, reference data (the record of processing, wordings, topics).
            await app.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single().InitializeOnceAsync(cancellationToken);
            accounts = await CreateAccountsAsync(app.Services, cancellationToken);
        }

        SqliteConnection.ClearAllPools();
        Step("schema, reference data and login accounts", total);

        await using (var connection = new SqliteConnection($"Data Source={Path.GetFullPath(databaseFile)};Pooling=False"))
        {
            await connection.OpenAsync(cancellationToken);
            Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -1000000;");
            var reference = ReadReference(connection);
            var members = InsertMembers(connection, accounts, total);
            InsertConsent(connection, members, reference, accounts, total);
            InsertRequests(connection, members, accounts, total);
            InsertHistory(connection, members, accounts, total);
            Execute(connection, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; ANALYZE;");
            Step("ANALYZE", total);
        }

        await log.WriteLineAsync($"database={Path.GetFullPath(databaseFile)}");
        await log.WriteLineAsync($"size_mib={new FileInfo(databaseFile).Length / 1024.0 / 1024.0:0}");
        await log.WriteLineAsync($"generate_seconds={total.Elapsed.TotalSeconds:0.0}");
        return 0;
    }

    private sealed record Accounts(Guid MemberId, Guid MemberUserId, Guid LedgerMemberId, Guid LedgerUserId, Guid SaverMemberId, Guid[] StaffUserIds, Guid MemberRoleId);

    private sealed record Reference(Dictionary<string, long> Wordings, int[] TopicIds);

    private async Task<Accounts> CreateAccountsAsync(IServiceProvider root, CancellationToken cancellationToken)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var accountService = services.GetRequiredService<AccountService>();
        var db = services.GetRequiredService<PortalDbContext>();

        async Task<(Guid MemberId, Guid UserId)> MemberAsync(string email, string first, string last, int number)
        {
            var created = await accountService.CreateMemberAsync(new NewMember(email, Password, "Mx", first, last), emailConfirmed: true, cancellationToken);
            var user = created.User ?? throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            var member = await db.Members.SingleAsync(m => m.UserId == user.Id, cancellationToken);
            member.Status = MembershipStatus.Active;
            member.Grade = MembershipGrade.Member;
            member.DateOfBirth = new DateOnly(1984, 5, 17);
            member.Phone = "+441632960456";
            // Below the generated range ("IMI10000000" upwards) so the bulk insert cannot collide with it.
            member.MembershipNumber = "IMI0999999" + number.ToString(CultureInfo.InvariantCulture);
            member.Addresses.Add(new Address { Kind = AddressKind.Billing, Line1 = "2 Bench Road", Town = "Hertford", Postcode = "SG13 8PQ" });
            await db.SaveChangesAsync(cancellationToken);
            return (member.Id, user.Id);
        }

        var (memberId, memberUserId) = await MemberAsync(MemberEmail, "Sam", "Bench", 0);
        var (ledgerId, ledgerUserId) = await MemberAsync(LedgerMemberEmail, "Lee", "Ledger", 1);
        var (saverId, _) = await MemberAsync(SaverEmail, "Sid", "Saver", 2);
        var staff = new Guid[StaffCount];
        for (var i = 0; i < StaffCount; i++)
        {
            var email = i == 0 ? StaffEmail : $"bench.staff{i}@example.org";
            var created = await accountService.CreateStaffAsync(email, Password, i % 2 == 0 ? Roles.MemberServices : Roles.PrivacyOfficer);
            staff[i] = (created.User ?? throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)))).Id;
        }

        var roles = services.GetRequiredService<RoleManager<ApplicationRole>>();
        var memberRole = await roles.FindByNameAsync(Roles.Member) ?? throw new InvalidOperationException("No Member role.");
        return new Accounts(memberId, memberUserId, ledgerId, ledgerUserId, saverId, staff, memberRole.Id);
    }

    private static Reference ReadReference(SqliteConnection connection)
    {
        var wordings = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"Key\", MAX(\"Id\") FROM \"ConsentWordings\" GROUP BY \"Key\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                wordings[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        var topics = new List<int>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"Id\" FROM \"MarketingTopics\" WHERE \"IsActive\" = 1 ORDER BY \"Id\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                topics.Add(reader.GetInt32(0));
            }
        }

        return new Reference(wordings, [.. topics]);
    }

    /// <summary>Members with logins, addresses, orders and payments. Returns the member ids (EF Core's Guid text).</summary>
    private string[] InsertMembers(SqliteConnection connection, Accounts accounts, Stopwatch total)
    {
        using var bulk = new BulkSession(connection);
        var passwordHash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Password);
        var memberRole = G(accounts.MemberRoleId);
        var ids = new string[scale.Members];
        using var users = bulk.Table("AspNetUsers", "Id", "CreatedAt", "DisabledAt", "UserName", "NormalizedUserName", "Email", "NormalizedEmail",
            "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumber", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnd",
            "LockoutEnabled", "AccessFailedCount");
        using var userRoles = bulk.Table("AspNetUserRoles", "UserId", "RoleId");
        using var members = bulk.Table("Members", "Id", "UserId", "MembershipNumber", "Title", "FirstName", "MaidenName", "LastName", "DateOfBirth",
            "Gender", "MaritalStatus", "Email", "Phone", "Status", "Grade", "MemberSince", "IsRestricted", "ObjectsToDirectMarketing", "IsMarketingSuppressed",
            "ErasedAt", "CreatedAt", "UpdatedAt", "ConcurrencyStamp");
        using var addresses = bulk.Table("Addresses", "Id", "MemberId", "Kind", "Line1", "Line2", "Town", "County", "Postcode", "CountryCode");
        using var orders = bulk.Table("Orders", "Id", "MemberId", "OrderNumber", "PlacedAt", "Description", "TotalPence", "Currency");
        using var payments = bulk.Table("Payments", "Id", "OrderId", "MemberId", "PaidAt", "AmountPence", "ProviderReference", "CardBrand", "CardLast4");

        var orderNumber = 0;
        for (var i = 0; i < scale.Members; i++)
        {
            var id = G(NewGuid());
            ids[i] = id;
            var userId = G(NewGuid());
            var first = Pick(FirstNames);
            var last = Pick(LastNames);
            var email = $"{first}.{last}.{i}@example.net".ToLowerInvariant();
            var since = _now.AddDays(-_random.Next(30, 365 * 15));
            var updated = _now.AddDays(-_random.Next(0, 365 * 10));
            var status = _random.Next(100) switch
            {
                < 80 => MembershipStatus.Active,
                < 88 => MembershipStatus.Lapsed,
                < 93 => MembershipStatus.Resigned,
                < 98 => MembershipStatus.Applicant,
                _ => MembershipStatus.Suspended,
            };

            users.Add(userId, T(since), null, email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), 1L, passwordHash,
                Guid.NewGuid().ToString("N").ToUpperInvariant(), Guid.NewGuid().ToString(), null, 0L, 0L, null, 1L, 0L);
            userRoles.Add(userId, memberRole);
            members.Add(id, userId, "IMI" + (10_000_000 + i).ToString(CultureInfo.InvariantCulture), _random.Next(3) == 0 ? "Mr" : null, first, null, last,
                D(DateOnly.FromDateTime(_now).AddDays(-_random.Next(18 * 365, 70 * 365))), null, null, email,
                _random.Next(3) == 0 ? null : "+4479" + _random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
                (long)status, (long)(1 + _random.Next(4)), D(DateOnly.FromDateTime(since)), _random.Next(500) == 0 ? 1L : 0L,
                _random.Next(50) == 0 ? 1L : 0L, 0L, null, T(since), T(updated), G(NewGuid()));

            addresses.Add(G(NewGuid()), id, (long)AddressKind.Billing, $"{1 + _random.Next(200)} {Pick(LastNames)} Road", null, Pick(Towns), null,
                $"SG{1 + _random.Next(19)} {_random.Next(10)}PQ", "GB");
            if (_random.Next(10) < 4)
            {
                addresses.Add(G(NewGuid()), id, (long)AddressKind.Delivery, $"Unit {1 + _random.Next(50)} Trade Park", null, Pick(Towns), null,
                    $"LS{1 + _random.Next(28)} {_random.Next(10)}AB", "GB");
            }

            var orderCount = _random.Next(100) switch { < 25 => 0, < 70 => 1, < 90 => 2, _ => 3 };
            for (var o = 0; o < orderCount; o++)
            {
                var orderId = G(NewGuid());
                var placed = _now.AddMinutes(-_random.Next(1, 60 * 24 * 365 * 10));
                var pence = 5_000L + (_random.Next(20) * 500);
                orderNumber++;
                orders.Add(orderId, id, "ORD-" + orderNumber.ToString("D8", CultureInfo.InvariantCulture), T(placed), "Annual membership", pence, "GBP");
                payments.Add(G(NewGuid()), orderId, id, T(placed), pence, "pay_" + orderNumber.ToString(CultureInfo.InvariantCulture), "Visa",
                    _random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture));
            }
        }

        bulk.Commit();
        Step($"{scale.Members:N0} members with logins, {addresses.Rows:N0} addresses, {orders.Rows:N0} orders", total);
        return ids;
    }

    /// <summary>The consent ledger and the current state it leads to; the ledger member's 50k events; the bench member's few.</summary>
    private void InsertConsent(SqliteConnection connection, string[] members, Reference reference, Accounts accounts, Stopwatch total)
    {
        using var bulk = new BulkSession(connection);
        using var events = bulk.Table("ConsentEvents", "MemberId", "SubjectKind", "Channel", "TopicId", "RecipientId", "Granted", "Basis",
            "Source", "WordingId", "OccurredAt", "ActorUserId", "ReceivedOn");
        using var states = bulk.Table("ConsentStates", "MemberId", "SubjectKey", "Granted", "Basis", "LastEventId", "UpdatedAt");
        var nextId = Scalar(connection, "SELECT IFNULL(MAX(\"Id\"), 0) + 1 FROM \"ConsentEvents\"");
        var latest = new Dictionary<string, (bool Granted, ConsentBasis Basis, long EventId, DateTime At)>(StringComparer.Ordinal);

        void Member(string memberId, int count, bool choosesTopics, DateTime from)
        {
            latest.Clear();
            var at = from;
            var step = (_now - from) / Math.Max(1, count + 1);
            for (var e = 0; e < count; e++)
            {
                at += step;
                var topic = choosesTopics && reference.TopicIds.Length > 0 && _random.Next(3) == 0;
                var subject = topic
                    ? ConsentSubject.ForTopic(reference.TopicIds[_random.Next(reference.TopicIds.Length)])
                    : ConsentSubject.ForChannel((MarketingChannel)(1 + _random.Next(4)));
                var granted = _random.Next(3) != 0;
                var basis = subject.Channel is MarketingChannel.Post or MarketingChannel.Phone ? ConsentBasis.LegitimateInterests : ConsentBasis.Consent;
                events.Add(memberId, (long)subject.Kind, (long?)subject.Channel, (long?)subject.TopicId, null, granted ? 1L : 0L, (long)basis,
                    (long)(e == 0 ? ConsentSource.Registration : ConsentSource.MyImiForm), reference.Wordings[ConsentWordings.KeyFor(subject)], T(at), null, null);
                latest[subject.Key] = (granted, basis, nextId++, at);
            }

            foreach (var (key, state) in latest)
            {
                states.Add(memberId, key, state.Granted ? 1L : 0L, (long)state.Basis, state.EventId, T(state.At));
            }
        }

        var perMember = (int)Math.Round((double)(scale.ConsentEvents - scale.LedgerRows) / scale.Members);
        for (var i = 0; i < members.Length; i++)
        {
            // Most members never chose topics, so a post audience covers most of the membership.
            Member(members[i], Math.Max(1, perMember - 3 + _random.Next(7)), _random.Next(5) == 0, _now.AddDays(-_random.Next(60, 365 * 12)));
        }

        Member(G(accounts.MemberId), 12, true, _now.AddYears(-3));
        Member(G(accounts.SaverMemberId), 12, true, _now.AddYears(-3));
        Member(G(accounts.LedgerMemberId), scale.LedgerRows, true, _now.AddYears(-10));
        bulk.Commit();
        Step($"{events.Rows:N0} consent events ({scale.LedgerRows:N0} for the ledger member), {states.Rows:N0} consent states", total);
    }

    /// <summary>Rights requests in every status, due dates spread around today, with their history.</summary>
    private void InsertRequests(SqliteConnection connection, string[] members, Accounts accounts, Stopwatch total)
    {
        using var bulk = new BulkSession(connection);
        using var requests = bulk.Table("RightsRequests", "Id", "Reference", "Type", "Status", "Channel", "MemberId", "FullName",
            "MembershipNumber", "DateOfBirth", "Email", "Phone", "PostalAddress", "Details", "RelevantDates", "RestrictionGround", "ObjectionKind",
            "WithdrawalScope", "ReceivedOn", "ClockStartsOn", "DueOn", "IsExtended", "EmailConfirmedAt", "IdentityVerifiedBy", "IdentityVerifiedAt",
            "IdentityVerifiedByUserId", "AssigneeUserId", "DuplicateOfId", "RefusalReason", "RefusalExemption", "Outcome", "CreatedAt", "ClosedAt",
            "ConcurrencyStamp", "SubmissionKey");
        using var history = bulk.Table("RightsRequestEvents", "RequestId", "MemberId", "Kind", "OccurredAt", "ActorUserId", "EffectiveOn",
            "Note", "VisibleToRequester");
        var today = DateOnly.FromDateTime(_now);
        var statuses = Enum.GetValues<RightsRequestStatus>();

        void Request(int index, string? memberId, RightsRequestStatus status)
        {
            var id = G(NewGuid());
            var closed = status is RightsRequestStatus.Completed or RightsRequestStatus.Refused or RightsRequestStatus.Withdrawn;
            // Open requests: received in the last ~3 months, so due dates fall from two months ago to a month ahead.
            // Closed ones: a fifth of them years ago, for the retention sweep's anonymisation of closed requests.
            var received = closed && _random.Next(5) == 0 ? today.AddDays(-_random.Next(365, 365 * 9)) : today.AddDays(-_random.Next(0, 95));
            var confirmed = status != RightsRequestStatus.AwaitingEmailConfirmation;
            var due = confirmed ? received.AddMonths(1) : (DateOnly?)null;
            var receivedAt = received.ToDateTime(new TimeOnly(9 + _random.Next(8), _random.Next(60)), DateTimeKind.Utc);
            var closedAt = closed ? receivedAt.AddDays(_random.Next(1, 30)) : (DateTime?)null;
            var assignee = _random.Next(2) == 0 ? G(accounts.StaffUserIds[_random.Next(accounts.StaffUserIds.Length)]) : null;
            var name = $"{Pick(FirstNames)} {Pick(LastNames)}";
            requests.Add(id, ReferenceFor(index), (long)(1 + _random.Next(7)), (long)status, (long)(1 + _random.Next(5)), memberId, name, null, null,
                $"requester{index}@example.com", null, null, "Please send me a copy of my data.", null, null, null, null, D(received),
                confirmed ? D(received) : null, due is { } d ? D(d) : null, 0L, confirmed ? T(receivedAt.AddHours(1)) : null, null, null, null, assignee,
                null, status == RightsRequestStatus.Refused ? 1L : null, null, status == RightsRequestStatus.Completed ? "Sent the access package." : null,
                T(receivedAt), closedAt is { } c ? T(c) : null, G(NewGuid()), null);
            history.Add(id, memberId, (long)RightsRequestEventKind.Submitted, T(receivedAt), null, D(received), null, 1L);
            if (confirmed)
            {
                history.Add(id, memberId, (long)RightsRequestEventKind.Acknowledged, T(receivedAt.AddHours(1)), null, D(received), null, 1L);
            }

            if (assignee is not null)
            {
                history.Add(id, memberId, (long)RightsRequestEventKind.Assigned, T(receivedAt.AddHours(3)), assignee, null, null, 0L);
            }

            if (closedAt is { } at)
            {
                var kind = status switch
                {
                    RightsRequestStatus.Completed => RightsRequestEventKind.Completed,
                    RightsRequestStatus.Refused => RightsRequestEventKind.Refused,
                    _ => RightsRequestEventKind.Withdrawn,
                };
                history.Add(id, memberId, (long)kind, T(at), assignee, null, null, 1L);
            }
        }

        for (var i = 0; i < scale.Requests; i++)
        {
            Request(i, _random.Next(10) < 7 ? members[_random.Next(members.Length)] : null, statuses[i % statuses.Length]);
        }

        // The bench member's own "My requests": one of each of several statuses.
        for (var i = 0; i < 6; i++)
        {
            Request(scale.Requests + i, G(accounts.MemberId), statuses[(i * 3) % statuses.Length]);
        }

        bulk.Commit();
        Step($"{requests.Rows:N0} rights requests in every status, {history.Rows:N0} request events", total);
    }

    /// <summary>The audit log, login records and details history, spread over twelve years: older rows are the retention sweep's work.</summary>
    private void InsertHistory(SqliteConnection connection, string[] members, Accounts accounts, Stopwatch total)
    {
        using var bulk = new BulkSession(connection);
        using (var audit = bulk.Table("AuditEvents", "OccurredAt", "ActorUserId", "Action", "SubjectMemberId", "EntityType", "EntityId", "Details", "IpAddress"))
        {
            // Ascending time, as the log is written.
            var step = TimeSpan.FromDays(365 * 12) / scale.AuditEvents;
            var at = _now.AddYears(-12);
            for (var i = 0; i < scale.AuditEvents; i++)
            {
                at += step;
                var member = members[_random.Next(members.Length)];
                audit.Add(T(at), G(accounts.StaffUserIds[_random.Next(accounts.StaffUserIds.Length)]), Pick(AuditActions), member, "Member", member,
                    "fields=Phone", "10.0." + _random.Next(256).ToString(CultureInfo.InvariantCulture) + ".7");
            }

            bulk.Commit();
            Step($"{audit.Rows:N0} audit events", total);
        }

        using (var logins = bulk.Table("LoginRecords", "UserId", "MemberId", "OccurredAt", "Succeeded", "IpAddress", "UserAgent"))
        {
            using var userOf = connection.CreateCommand();
            var userIds = new List<(string User, string Member)>();
            userOf.CommandText = "SELECT \"UserId\", \"Id\" FROM \"Members\" WHERE \"UserId\" IS NOT NULL";
            using (var reader = userOf.ExecuteReader())
            {
                while (reader.Read())
                {
                    userIds.Add((reader.GetString(0), reader.GetString(1)));
                }
            }

            var step = TimeSpan.FromDays(365 * 12) / scale.LoginRecords;
            var at = _now.AddYears(-12);
            for (var i = 0; i < scale.LoginRecords; i++)
            {
                at += step;
                var (user, member) = userIds[_random.Next(userIds.Count)];
                logins.Add(user, member, T(at), _random.Next(20) == 0 ? 0L : 1L, "10.0.0.9", "Mozilla/5.0 (X11; Linux x86_64)");
            }

            bulk.Commit();
            Step($"{logins.Rows:N0} login records", total);
        }

        using (var changes = bulk.Table("DetailsChanges", "MemberId", "ChangedAt", "ChangedByUserId", "ChangedByStaff", "Fields", "Reason"))
        {
            for (var i = 0; i < scale.DetailsChanges; i++)
            {
                changes.Add(members[_random.Next(members.Length)], T(_now.AddDays(-_random.Next(0, 365 * 12))), null, 0L, "Phone", null);
            }

            bulk.Commit();
            Step($"{changes.Rows:N0} details changes", total);
        }
    }

    private void Step(string what, Stopwatch total) => log.WriteLine($"# {total.Elapsed.TotalSeconds,6:0.0}s  {what}");

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    /// <summary>A request reference in the app's alphabet, unique per index.</summary>
    private static string ReferenceFor(int index)
    {
        const string alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
        Span<char> chars = stackalloc char[8];
        var n = (long)index;
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            chars[i] = alphabet[(int)(n % alphabet.Length)];
            n /= alphabet.Length;
        }

        return $"RR-{chars[..4]}-{chars[4..]}";
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A Guid as EF Core's SQLite provider stores it (upper-case text).</summary>
    internal static string G(Guid value) => value.ToString().ToUpperInvariant();

    /// <summary>A UTC DateTime as EF Core's SQLite provider stores it.</summary>
    private static string T(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static string D(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
