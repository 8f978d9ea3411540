namespace ImiPortal.Bench.DataGen;

/// <summary>
/// Commands (each takes --db FILE):
///   generate --scale full|smoke   a fresh database with the real migrations and realistic volumes
///   export                        times the self-service export of the 50k-row ledger member
///   sweep                         times the retention sweep over the whole database
///   count-consent                 counts the bench member's consent events
///   queue-cursor --page N|deep [--query Q]  the query string of the staff queue's page N (its keyset cursor), for the
///                                 filters in Q (default "status=open&amp;sort=due"), as the queue's Next link gives it;
///                                 "deep" is the page at 4/5 of the queue's length (the queue itself counts only to
///                                 1,000, ADR-018), printed as queue_page=N
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var command = args.FirstOrDefault();
        var database = Option(args, "--db");
        if (command is null || database is null)
        {
            await Console.Error.WriteLineAsync("usage: generate|export|sweep|count-consent|queue-cursor --db FILE [--scale full|smoke] [--page N] [--query Q]");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var runner = new Runner(database, Console.Out);
        return command switch
        {
            "generate" => await new Generator(database, Scale.Parse(Option(args, "--scale") ?? "smoke"), Console.Out).RunAsync(cancel.Token),
            "export" => await runner.ExportAsync(cancel.Token),
            "sweep" => await runner.SweepAsync(cancel.Token),
            "count-consent" => await runner.CountConsentAsync(cancel.Token),
            "queue-cursor" => await runner.QueueCursorAsync(
                Option(args, "--page") is "deep" ? null : int.TryParse(Option(args, "--page"), System.Globalization.CultureInfo.InvariantCulture, out var page) ? page : 1,
                Option(args, "--query") ?? "status=open&sort=due", cancel.Token),
            _ => 2,
        };
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
