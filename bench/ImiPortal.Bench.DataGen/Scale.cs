namespace ImiPortal.Bench.DataGen;

/// <summary>How much data the generator writes.</summary>
internal sealed record Scale(
    string Name,
    int Members,
    int ConsentEvents,
    int Requests,
    int AuditEvents,
    int LedgerRows,
    int LoginRecords,
    int DetailsChanges)
{
    /// <summary>The volumes of the issue: 100k members, 1M consent events, 100k requests, 1M audit rows, a member with 50k ledger rows.</summary>
    public static Scale Full { get; } = new("full", 100_000, 1_000_000, 100_000, 1_000_000, 50_000, 200_000, 100_000);

    /// <summary>Enough of everything for every page and runner to have something to show, in a few seconds.</summary>
    public static Scale Smoke { get; } = new("smoke", 2_000, 20_000, 2_000, 20_000, 2_000, 4_000, 2_000);

    public static Scale Parse(string name) => name switch
    {
        "full" => Full,
        "smoke" => Smoke,
        _ => throw new ArgumentException($"Unknown scale '{name}': use full or smoke.", nameof(name)),
    };
}
