using ImiPortal.Infrastructure.Auditing;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Models.AuditLog;
using ImiPortal.Web.Queries.AuditLog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ImiPortal.Web.Areas.Staff.Controllers;

/// <summary>
/// The audit log search for the privacy officer (and administrators, who look after security): who did what to whose
/// data, when and from where. Looking at the log is itself logged.
/// </summary>
[Area("Staff")]
[Authorize(Roles = Roles.AuditReaders)]
public sealed class AuditLogController(AuditLogQuery query, IAuditLog audit, PortalDbContext db) : Controller
{
    public const string ViewedAction = "audit-log.viewed";

    [HttpGet]
    public async Task<IActionResult> Index([Bind(Prefix = "Filter")] AuditLogFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (!ModelState.IsValid)
        {
            return View(new AuditLogViewModel(filter, [], null, null));
        }

        var model = await query.RunAsync(filter, cancellationToken);
        audit.Record(ViewedAction, await query.MemberIdAsync(filter.Member, cancellationToken), "AuditLog", null, SearchedFields(filter));
        await db.SaveChangesAsync(cancellationToken);
        return View(model);
    }

    /// <summary>The names of the fields searched on (the values can be personal: a staff email), and whether it was a later page.</summary>
    private static string SearchedFields(AuditLogFilter filter)
    {
        var fields = new[]
            {
                (nameof(filter.Member), filter.Member), (nameof(filter.Action), filter.Action), (nameof(filter.Actor), filter.Actor),
                (nameof(filter.From), filter.From), (nameof(filter.To), filter.To),
            }
            .Where(f => !string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1.ToLowerInvariant());
        return $"filters={string.Join(',', fields)}; page={(string.IsNullOrEmpty(filter.Before) ? "first" : "older")}";
    }
}
