using ImiPortal.IntegrationTests.Infrastructure;

// The same behaviour on a PostgreSQL server: everything concurrent (outbox claiming, the append-only consent ledger,
// request intake and reference numbering, the erasure transaction, the once-a-day reminders), case-insensitive searches
// and the account and workflow journeys. Each class runs the tests it inherits on its own fresh PostgreSQL database.
// They fail (never skip) when the test command has not started PostgreSQL (see TestPostgres).
namespace ImiPortal.IntegrationTests.OnPostgres;

public sealed class OutboxOnPostgresTests(PostgresPortalFactory factory)
    : Foundation.OutboxTests(factory), IClassFixture<PostgresPortalFactory>;

public sealed class ConsentLedgerOnPostgresTests(PostgresPortalFactory factory)
    : Marketing.ConsentLedgerTests(factory), IClassFixture<PostgresPortalFactory>;

public sealed class PreferencesOnPostgresTests(PostgresPortalFactory factory)
    : Marketing.PreferencesTests(factory), IClassFixture<PostgresPortalFactory>;

public sealed class PublicRequestOnPostgresTests(PostgresPortalFactory factory)
    : Requests.PublicRequestTests(factory), IClassFixture<PostgresPortalFactory>;

public sealed class MemberRequestOnPostgresTests(PostgresPortalFactory factory)
    : Requests.MemberRequestTests(factory), IClassFixture<PostgresPortalFactory>;

public sealed class StaffIntakeOnPostgresTests(PostgresPortalFactory factory)
    : Requests.StaffIntakeTests(factory), IClassFixture<PostgresPortalFactory>;

public sealed class ErasureOnPostgresTests(PostgresPortalFactory factory)
    : Fulfilment.ErasureTests(factory), IClassFixture<PostgresPortalFactory>;

public sealed class ReminderOnPostgresTests(PostgresPortalFactory factory)
    : StaffRequests.ReminderTests(factory), IClassFixture<PostgresPortalFactory>;

public sealed class WorkflowOnPostgresTests(PostgresPortalFactory factory)
    : StaffRequests.WorkflowTests(factory), IClassFixture<PostgresPortalFactory>;

public sealed class MemberSearchOnPostgresTests(PostgresPortalFactory factory)
    : Members.MemberSearchTests(factory), IClassFixture<PostgresPortalFactory>;

public sealed class RegistrationOnPostgresTests(PostgresPortalFactory factory)
    : Account.RegistrationTests(factory), IClassFixture<PostgresPortalFactory>;
