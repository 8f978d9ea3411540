using ImiPortal.Domain.Requests;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>The staff queue's filters, bound from the query string; the register export takes the same ones.</summary>
public sealed class RequestQueueFilter
{
    public const int PageSize = 25;

    public const string OpenStatus = "open";
    public const string ClosedStatus = "closed";
    public const string AllStatuses = "all";
    public const string Mine = "mine";
    public const string Unassigned = "unassigned";
    public const string Overdue = "overdue";
    public const string DueThisWeek = "week";
    public const string ClosedThisMonth = "month";
    public const string SortByDue = "due";
    public const string SortByReceived = "received";
    public const string SortByReceivedNewest = "received-desc";

    public RightsRequestType? Type { get; set; }

    /// <summary>"open" (the default), "closed", "all", or a status name such as "AwaitingIdentity".</summary>
    public string? Status { get; set; }

    /// <summary>"mine", "unassigned", or a staff user id.</summary>
    public string? Assignee { get; set; }

    /// <summary>"overdue" or "week" (due in the UK week, Monday to Sunday, that contains today).</summary>
    public string? Due { get; set; }

    /// <summary>"month": closed in the current UK calendar month.</summary>
    public string? Closed { get; set; }

    /// <summary>"due" (the default: soonest first, requests without a due date last), "received" or "received-desc".</summary>
    public string? Sort { get; set; }

    /// <summary>A reference (exact), an email address (exact) or the start of a name.</summary>
    public string? Q { get; set; }

    /// <summary>A plain page number: old links and bookmarks; the pager's own links carry a cursor instead.</summary>
    public int Page { get; set; } = 1;

    /// <summary>The pager's "next page" cursor (opaque): the page after the request it names.</summary>
    public string? After { get; set; }

    /// <summary>The pager's "previous page" cursor (opaque): the page before the request it names.</summary>
    public string? Before { get; set; }

    /// <summary>The filters as query-string values (for links), without the page unless given, never a cursor.</summary>
    public Dictionary<string, string> ToRouteValues(int? page = null)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Add(values, "type", Type?.ToString());
        Add(values, "status", Status);
        Add(values, "assignee", Assignee);
        Add(values, "due", Due);
        Add(values, "closed", Closed);
        Add(values, "sort", Sort);
        Add(values, "q", Q);
        if (page is > 1)
        {
            values["page"] = page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value;
        }
    }
}
