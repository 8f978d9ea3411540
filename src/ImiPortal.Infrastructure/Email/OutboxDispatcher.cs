using ImiPortal.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ImiPortal.Infrastructure.Email;

/// <summary>
/// Sends queued email. Rows are claimed with a conditional UPDATE before sending, so two dispatchers
/// (two instances) never send the same message; a claim that expires (a crashed instance) is taken over.
/// </summary>
public sealed partial class OutboxDispatcher(
    PortalDbContext db,
    IEmailTransport transport,
    IOptions<EmailOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    private static readonly TimeSpan[] Backoff =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15),
        TimeSpan.FromHours(1), TimeSpan.FromHours(6),
    ];

    /// <summary>The background job: sends batches until nothing is due, then purges old sent messages; returns how many were sent.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        int sent;
        while ((sent = await DispatchBatchAsync(cancellationToken)) > 0)
        {
            total += sent;
        }

        await PurgeSentAsync(cancellationToken);
        return total;
    }

    /// <summary>Claims and sends one batch; returns how many were sent.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid().ToString("N");
        var claimedUntil = now + settings.ClaimDuration;

        var candidates = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        // The WHERE is checked again inside the UPDATE: a row another dispatcher claimed meanwhile is skipped.
        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, claimedUntil), cancellationToken);

        var claimed = await db.OutboxMessages.Where(m => m.ClaimToken == token).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in claimed)
        {
            try
            {
                await transport.SendAsync(ToMime(message, settings), cancellationToken);
                message.SentAt = time.GetUtcNow().UtcDateTime;
                message.LastError = null;
                sent++;
                LogSent(logger, message.Id, message.Kind);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                message.Attempts++;
                message.LastError = ex.GetType().Name;
                message.NextAttemptAt = time.GetUtcNow().UtcDateTime + Backoff[Math.Min(message.Attempts, Backoff.Length) - 1];
                LogFailed(logger, message.Id, message.Kind, message.Attempts, ex.GetType().Name);
            }

            message.ClaimToken = null;
            message.ClaimedUntil = null;
            if (message.SentAt is not null && message.DeleteAfterSending)
            {
                db.OutboxMessages.Remove(message);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    /// <summary>Deletes sent messages older than the configured period.</summary>
    public Task<int> PurgeSentAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.KeepSentFor;
        return db.OutboxMessages.Where(m => m.SentAt != null && m.SentAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    internal static MimeMessage ToMime(OutboxMessage message, EmailOptions settings)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.MessageId = $"outbox-{message.Id}-{message.CreatedAt.Ticks}@myimi";
        if (message.ListUnsubscribeUrl is not null)
        {
            mime.Headers.Add("List-Unsubscribe", $"<{message.ListUnsubscribeUrl}>");
            mime.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody };
        mime.Body = body.ToMessageBody();
        return mime;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent outbox message {MessageId} ({Kind})")]
    private static partial void LogSent(ILogger logger, long messageId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending outbox message {MessageId} ({Kind}) failed on attempt {Attempt}: {Error}; it will be retried")]
    private static partial void LogFailed(ILogger logger, long messageId, string kind, int attempt, string error);
}
