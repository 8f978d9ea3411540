using ImiPortal.Domain.Consent;
using ImiPortal.Infrastructure.Consent;
using ImiPortal.Web.Models.Marketing;

namespace ImiPortal.Web.Handlers.Marketing;

/// <summary>Records an opt-out a member gave member services by phone or by letter, dated the day they told us.</summary>
public sealed class RecordOptOutHandler(ConsentLedger ledger)
{
    /// <returns>False when the member no longer exists (or was erased).</returns>
    public async Task<bool> HandleAsync(Guid memberId, Guid staffUserId, OptOutInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var changes = input.Channels().Select(c => new ConsentChange(ConsentSubject.ForChannel(c), Granted: false)).ToList();
        var result = await ledger.RecordAsync(
            new ConsentRecord(memberId, changes, input.Source!.Value) { ActorUserId = staffUserId, ReceivedOn = input.ReceivedOn },
            cancellationToken);
        return result.MemberFound;
    }
}
