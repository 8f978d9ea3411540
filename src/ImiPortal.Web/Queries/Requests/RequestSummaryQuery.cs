using ImiPortal.Domain;
using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Models.Requests;
using Microsoft.EntityFrameworkCore;

namespace ImiPortal.Web.Queries.Requests;

/// <summary>Requests as their requester sees them: the member's list, one request, or one found by a private link.</summary>
public sealed class RequestSummaryQuery(PortalDbContext db, RequestFormQuery forms)
{
    /// <summary>The logged-in member's list (null when the login has no member), its queries on one connection.</summary>
    public async Task<IReadOnlyList<MyRequestRow>?> MineForUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var connection = await db.Database.HoldConnectionAsync(cancellationToken);
        return await forms.MemberIdForUserAsync(userId, cancellationToken) is { } memberId ? await MineAsync(memberId, cancellationToken) : null;
    }

    private async Task<IReadOnlyList<MyRequestRow>> MineAsync(Guid memberId, CancellationToken cancellationToken)
    {
        var requests = await db.RightsRequests.AsNoTracking()
            .Where(r => r.MemberId == memberId)
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        var duplicates = await ReferencesAsync(requests.Select(r => r.DuplicateOfId), cancellationToken);
        return [.. requests.Select(r => new MyRequestRow(r.Id, r.Reference, RequestWords.Title(r.Type), RequestWords.Status(r.Status), DueText(r),
            UkTime.Format(UkTime.DateOf(r.CreatedAt)), r.DuplicateOfId is { } d ? duplicates.GetValueOrDefault(d) : null))];
    }

    /// <summary>The member's own request, or null (also for another member's: never say which).</summary>
    public Task<RequestSummaryViewModel?> ForMemberAsync(Guid memberId, Guid requestId, CancellationToken cancellationToken) =>
        BuildAsync(db.RightsRequests.Where(r => r.Id == requestId && r.MemberId == memberId), withAnswers: true, cancellationToken);

    /// <summary>A request found by a signed link or by the member of staff who just recorded it; what was asked is left out.</summary>
    public Task<RequestSummaryViewModel?> ByIdAsync(Guid requestId, CancellationToken cancellationToken) =>
        BuildAsync(db.RightsRequests.Where(r => r.Id == requestId), withAnswers: false, cancellationToken);

    private async Task<RequestSummaryViewModel?> BuildAsync(IQueryable<RightsRequest> query, bool withAnswers, CancellationToken cancellationToken)
    {
        var request = await query.AsNoTracking().Include(r => r.Events).SingleOrDefaultAsync(cancellationToken);
        if (request is null)
        {
            return null;
        }

        var duplicateOf = (await ReferencesAsync([request.DuplicateOfId], cancellationToken)).Values.FirstOrDefault();
        return new RequestSummaryViewModel
        {
            Id = request.Id,
            Reference = request.Reference,
            Type = request.Type,
            Status = request.Status,
            StatusText = RequestWords.Status(request.Status),
            DueText = DueText(request),
            DueOn = request.IsOpen ? request.DueOn : null,
            ReceivedText = request.Status == RightsRequestStatus.AwaitingEmailConfirmation ? "Not yet: confirm your email address" : UkTime.Format(request.ReceivedOn),
            ChannelText = RequestWords.Channel(request.Channel),
            Outcome = request.Outcome,
            DuplicateOfReference = duplicateOf,
            IsOpen = request.IsOpen,
            CanWithdraw = request.IsOpen && request.Status != RightsRequestStatus.AwaitingEmailConfirmation,
            Asked = withAnswers ? await AnswersAsync(request, cancellationToken) : [],
            Timeline = [.. request.Events.Where(e => e.VisibleToRequester).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id)
                .Select(e => new RequestTimelineItem(e.OccurredAt, UkTime.Format(e.OccurredAt), RequestWords.Event(e.Kind), e.Note))],
        };
    }

    public static string DueText(RightsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var closed = request.ClosedAt is { } at ? UkTime.Format(UkTime.DateOf(at)) : null;
        return request.Status switch
        {
            RightsRequestStatus.AwaitingEmailConfirmation => "Not started: confirm your email address first",
            RightsRequestStatus.Completed => $"Completed on {closed}",
            RightsRequestStatus.Refused => $"Refused on {closed}",
            RightsRequestStatus.Withdrawn => $"Withdrawn on {closed}",
            _ when request.DueOn is { } due => UkTime.Format(due),
            RightsRequestStatus.AwaitingIdentity => "Paused until we receive what we asked you for",
            RightsRequestStatus.AwaitingClarification => "Paused until you answer our question",
            _ => "Paused",
        };
    }

    private async Task<IReadOnlyList<KeyValuePair<string, string>>> AnswersAsync(RightsRequest request, CancellationToken cancellationToken)
    {
        var right = RightsCatalogue.For(request.Type);
        var answers = new List<KeyValuePair<string, string>>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                answers.Add(new(label, value));
            }
        }

        Add("Full name", request.FullName);
        Add("Membership number", request.MembershipNumber);
        Add("Date of birth", request.DateOfBirth is { } dob ? UkTime.Format(dob) : null);
        Add("Email address", request.Email);
        Add("Telephone", request.Phone);
        Add("Postal address", request.PostalAddress);
        Add("Reason", request.RestrictionGround is { } ground ? RequestWords.Ground(ground) : null);
        Add("Objection", request.ObjectionKind is { } kind ? RequestWords.Objection(kind) : null);
        if (request.Type == RightsRequestType.WithdrawConsent)
        {
            Add("Withdraw", await ScopeTextAsync(request.WithdrawalScope, cancellationToken));
        }

        Add(right.DetailsLabel?.Replace(" (optional)", "", StringComparison.Ordinal) ?? "Details", request.Details);
        Add("Relevant dates", request.RelevantDates);
        return answers;
    }

    private async Task<string> ScopeTextAsync(string? scope, CancellationToken cancellationToken)
    {
        var keys = RequestImmediateEffects.ParseScope(scope);
        if (keys is null)
        {
            return "Everything: all marketing and sharing for marketing";
        }

        var labels = (await forms.WithdrawOptionsAsync(cancellationToken)).ToDictionary(o => o.Key, o => o.Label, StringComparer.Ordinal);
        return string.Join("; ", keys.Select(k => labels.GetValueOrDefault(k, "A permission that no longer exists")));
    }

    private async Task<Dictionary<Guid, string>> ReferencesAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.RightsRequests.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Reference, cancellationToken);
    }
}
