using ImiPortal.Domain.Consent;
using ImiPortal.Domain.Processing;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>
/// Requests the law gives no discretion over, applied as they arrive: an objection to direct marketing (absolute,
/// Art. 21(3)) and a withdrawal of consent (Art. 7(3)). The member's flag and the consent ledger are written in the
/// caller's transaction, and the request is completed with the outcome in plain words.
/// </summary>
public sealed class RequestImmediateEffects(PortalDbContext db, ConsentLedger ledger)
{
    public static bool AppliesTo(RightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Type == RightsRequestType.WithdrawConsent
            || (request.Type == RightsRequestType.Objection && request.ObjectionKind == ObjectionKind.DirectMarketing);
    }

    /// <summary>Applies the request and completes it. Call inside a transaction, with the request tracked.</summary>
    public async Task ApplyAsync(RightsRequest request, Guid? actorUserId, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var objection = request.Type == RightsRequestType.Objection;
        var member = request.MemberId is { } memberId
            ? await db.Members.SingleOrDefaultAsync(m => m.Id == memberId && m.ErasedAt == null, cancellationToken)
            : null;

        string outcome;
        if (member is null)
        {
            // Nothing is held to stop yet; the request itself is the record (a suppression list comes later).
            outcome = (objection ? "We have recorded your objection to direct marketing." : "We have recorded the withdrawal of your consent.") +
                " We found no member record for you, so we hold no marketing permissions of yours to withdraw. We keep this request as the record of your instruction.";
        }
        else
        {
            if (objection)
            {
                member.ObjectsToDirectMarketing = true;
                member.Touch(now);
            }

            var all = await AllSubjectsAsync(member.Id, cancellationToken);
            var chosen = objection ? null : ParseScope(request.WithdrawalScope);
            var subjects = chosen is null ? all : all.Where(s => chosen.Contains(s.Key, StringComparer.Ordinal)).ToList();
            if (subjects.Count > 0)
            {
                var record = new ConsentRecord(member.Id, [.. subjects.Select(s => new ConsentChange(s, Granted: false))], ConsentSource.RightsRequest)
                {
                    ActorUserId = actorUserId,
                    ReceivedOn = request.Channel is RequestChannel.Phone or RequestChannel.Post or RequestChannel.Email ? request.ReceivedOn : null,
                };
                await ledger.RecordAsync(record, cancellationToken);
            }

            outcome = objection
                ? "We have recorded your objection to direct marketing. From today we will not send you marketing by email, text message, post or phone, " +
                  "and we have withdrawn every marketing permission you had given us, including sharing your details with other organisations for their marketing. " +
                  "We will still send you messages we must send about your membership and your account."
                : await WithdrawalOutcomeAsync(chosen is null, subjects, cancellationToken);
        }

        request.Status = RightsRequestStatus.Completed;
        request.Outcome = outcome;
        request.ClosedAt = now;
        request.Events.Add(new RightsRequestEvent
        {
            MemberId = request.MemberId,
            Kind = RightsRequestEventKind.Completed,
            OccurredAt = now,
            ActorUserId = actorUserId,
            Note = outcome,
        });
    }

    /// <summary>Reads <see cref="RightsRequest.WithdrawalScope"/>: null for every permission.</summary>
    public static IReadOnlyList<string>? ParseScope(string? scope) =>
        scope is null ? null : scope.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? FormatScope(IReadOnlyList<ConsentSubject>? subjects) =>
        subjects is null ? null : string.Join(',', subjects.Select(s => s.Key).Distinct(StringComparer.Ordinal));

    /// <summary>Every marketing permission there is (each channel, active topic and named third party), and any the member still holds.</summary>
    private async Task<List<ConsentSubject>> AllSubjectsAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var subjects = Enum.GetValues<MarketingChannel>().Select(ConsentSubject.ForChannel).ToList();
        subjects.AddRange((await db.MarketingTopics.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).Select(t => t.Id).ToListAsync(cancellationToken))
            .Select(ConsentSubject.ForTopic));
        subjects.AddRange((await db.Recipients.AsNoTracking().Where(r => r.Kind == RecipientKind.MarketingThirdParty && r.IsActive).OrderBy(r => r.Name).Select(r => r.Id).ToListAsync(cancellationToken))
            .Select(ConsentSubject.ForThirdParty));
        var held = await db.ConsentStates.AsNoTracking().Where(s => s.MemberId == memberId && s.Granted).Select(s => s.SubjectKey).ToListAsync(cancellationToken);
        foreach (var key in held)
        {
            if (ConsentSubject.TryParse(key, out var subject) && !subjects.Contains(subject))
            {
                subjects.Add(subject);
            }
        }

        return subjects;
    }

    private async Task<string> WithdrawalOutcomeAsync(bool everything, IReadOnlyList<ConsentSubject> subjects, CancellationToken cancellationToken)
    {
        const string Before = " This does not affect anything we did with your consent before today.";
        if (everything)
        {
            return "We have withdrawn all your consent to marketing: by email, text message, post and phone, for every subject, " +
                   "and to sharing your details with other organisations for their marketing. It applies from today." + Before;
        }

        if (subjects.Count == 0)
        {
            return "The permissions you chose no longer exist, so there was nothing to withdraw. Your other choices are unchanged." + Before;
        }

        var names = await LabelsAsync(subjects, cancellationToken);
        return $"We have withdrawn your consent to: {string.Join("; ", names)}. It applies from today. " +
               "Your other marketing choices are unchanged; you can see and change them on your marketing preferences page." + Before;
    }

    private async Task<List<string>> LabelsAsync(IReadOnlyList<ConsentSubject> subjects, CancellationToken cancellationToken)
    {
        var topicIds = subjects.Where(s => s.TopicId is not null).Select(s => s.TopicId!.Value).ToList();
        var recipientIds = subjects.Where(s => s.RecipientId is not null).Select(s => s.RecipientId!.Value).ToList();
        var topics = await db.MarketingTopics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var recipients = await db.Recipients.AsNoTracking().Where(r => recipientIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        return [.. subjects.Select(s => s.Kind switch
        {
            ConsentSubjectKind.Channel => RequestWords.MarketingChannel(s.Channel!.Value),
            ConsentSubjectKind.Topic => $"marketing about {topics.GetValueOrDefault(s.TopicId!.Value, "a subject")}",
            _ => $"sharing your details with {recipients.GetValueOrDefault(s.RecipientId!.Value, "another organisation")} for its marketing",
        })];
    }
}
