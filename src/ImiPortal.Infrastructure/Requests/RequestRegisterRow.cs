using CsvHelper;

namespace ImiPortal.Infrastructure.Requests;

/// <summary>One line of the request register export: what accountability needs, and no requester details.</summary>
[CsvRecord]
public sealed partial record RequestRegisterRow(
    [property: CsvColumn("Reference")] string Reference,
    [property: CsvColumn("Type")] string Type,
    [property: CsvColumn("Channel")] string Channel,
    [property: CsvColumn("Status")] string Status,
    [property: CsvColumn("Received")] DateOnly Received,
    [property: CsvColumn("Due")] DateOnly? Due,
    [property: CsvColumn("Extended")] string Extended,
    [property: CsvColumn("Closed")] DateOnly? Closed,
    [property: CsvColumn("Outcome")] string Outcome,
    [property: CsvColumn("Assignee")] string Assignee);
