using ImiPortal.Domain.Auditing;
using ImiPortal.Domain.Commerce;
using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Members;
using ImiPortal.Domain.Processing;
using ImiPortal.Domain.Requests;
using ImiPortal.Domain.Retention;
using ImiPortal.Domain.Security;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Email;
using ImiPortal.Infrastructure.Requests;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.IntegrationTests.Retention;

/// <summary>Builds rows of every kind the retention sweep handles, dated relative to the factory's clock.</summary>
internal sealed class RetentionSeed(PortalDbContext db, DateTime now, Guid loginUserId)
{
    public DateTime YearsAgo(double years) => now.AddDays(-365.25 * years);

    public Member Member(MembershipStatus status, double updatedYearsAgo, MembershipGrade grade = MembershipGrade.Member, string? email = null, int joined = 2012)
    {
        var member = new Member
        {
            MembershipNumber = MembershipNumber.NewRandom(),
            FirstName = "Ret" + Guid.NewGuid().ToString("N")[..6],
            LastName = "Ention",
            Email = email ?? $"ret-{Guid.NewGuid():N}@example.org",
            Phone = "+441632960123",
            Status = status,
            Grade = grade,
            MemberSince = new DateOnly(joined, 3, 1),
            CreatedAt = YearsAgo(updatedYearsAgo + 1),
            UpdatedAt = YearsAgo(updatedYearsAgo),
        };
        member.Addresses.Add(new Address { Kind = AddressKind.Billing, Line1 = "1 Old Road", Town = "Hertford", Postcode = "SG13 8PQ" });
        db.Members.Add(member);
        return member;
    }

    public Order Order(Member member, double yearsAgo)
    {
        var order = new Order { MemberId = member.Id, OrderNumber = "ORD-" + Guid.NewGuid().ToString("N")[..12], PlacedAt = YearsAgo(yearsAgo), Description = "Course", TotalPence = 5000 };
        order.Payments.Add(new Payment { MemberId = member.Id, PaidAt = YearsAgo(yearsAgo), AmountPence = 5000, ProviderReference = "pay_" + Guid.NewGuid().ToString("N")[..8] });
        db.Orders.Add(order);
        return order;
    }

    public void Login(Member member, double yearsAgo, bool succeeded = true) =>
        db.LoginRecords.Add(new LoginRecord { UserId = loginUserId, MemberId = member.Id, OccurredAt = YearsAgo(yearsAgo), Succeeded = succeeded, IpAddress = "192.0.2.1" });

    public void Audit(Member? member, double yearsAgo) =>
        db.AuditEvents.Add(new AuditEvent { OccurredAt = YearsAgo(yearsAgo), Action = "member.viewed", SubjectMemberId = member?.Id, EntityType = "Member" });

    public async Task ConsentAsync(Member member, MarketingChannel channel, bool granted, double yearsAgo)
    {
        var wording = await db.ConsentWordings.Select(w => w.Id).FirstAsync();
        db.ConsentEvents.Add(new ConsentEvent
        {
            MemberId = member.Id, SubjectKind = ConsentSubjectKind.Channel, Channel = channel, Granted = granted,
            Basis = ConsentBasis.Consent, Source = ConsentSource.MyImiForm, WordingId = wording, OccurredAt = YearsAgo(yearsAgo),
        });
    }

    public void DetailsChange(Member member, double yearsAgo) =>
        db.DetailsChanges.Add(new DetailsChange { MemberId = member.Id, ChangedAt = YearsAgo(yearsAgo), Fields = "Phone" });

    public async Task DisclosureAsync(Member member, double yearsAgo) =>
        db.Disclosures.Add(new Disclosure { MemberId = member.Id, RecipientId = await db.Recipients.Select(r => r.Id).FirstAsync(), DisclosedAt = YearsAgo(yearsAgo), Description = "Achievement record" });

    public RightsRequest Request(Member? member, RightsRequestStatus status, DateTime createdAt, DateTime? closedAt)
    {
        var request = new RightsRequest
        {
            Reference = RequestReference.NewReference(), Type = RightsRequestType.Access, Channel = RequestChannel.MyImi, Status = status,
            MemberId = member?.Id, FullName = "Rhiannon Requester", Email = $"req-{Guid.NewGuid():N}@example.org", Details = "Everything you hold",
            ReceivedOn = Domain.UkTime.DateOf(createdAt), CreatedAt = createdAt, ClosedAt = closedAt,
        };
        request.Events.Add(new RightsRequestEvent { Kind = RightsRequestEventKind.Submitted, OccurredAt = createdAt, MemberId = member?.Id, Note = "From Rhiannon" });
        db.RightsRequests.Add(request);
        return request;
    }

    public void SentEmail(double daysAgo, bool sent) => db.OutboxMessages.Add(new OutboxMessage
    {
        Kind = "test", To = $"mail-{Guid.NewGuid():N}@example.org", Subject = "Hello", TextBody = "Dear member",
        CreatedAt = now.AddDays(-daysAgo), NextAttemptAt = now.AddDays(-daysAgo), SentAt = sent ? now.AddDays(-daysAgo) : null,
    });

    public void Hold(Member member) =>
        db.LegalHolds.Add(new LegalHold { MemberId = member.Id, Reference = "CLAIM-1", Reason = "Employment tribunal", PlacedAt = now });
}
