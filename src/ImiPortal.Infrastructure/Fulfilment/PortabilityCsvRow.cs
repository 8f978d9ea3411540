using CsvHelper;

namespace ImiPortal.Infrastructure.Fulfilment;

/// <summary>One value of the portability CSV: which table, which row of it, which field, and the value.</summary>
[CsvRecord]
public sealed partial record PortabilityCsvRow(
    [property: CsvColumn("table")] string Table,
    [property: CsvColumn("row")] int Row,
    [property: CsvColumn("field")] string Field,
    [property: CsvColumn("value")] string Value);
