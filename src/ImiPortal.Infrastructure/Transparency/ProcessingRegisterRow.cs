using CsvHelper;

namespace ImiPortal.Infrastructure.Transparency;

/// <summary>One record-of-processing entry as a CSV row, with the UK GDPR Art. 30(1) fields as columns.</summary>
[CsvRecord]
public sealed partial record ProcessingRegisterRow(
    [property: CsvColumn("Key")] string Key,
    [property: CsvColumn("Purpose")] string Purpose,
    [property: CsvColumn("Description")] string Description,
    [property: CsvColumn("Data subjects")] string DataSubjects,
    [property: CsvColumn("Categories of personal data")] string Categories,
    [property: CsvColumn("Lawful bases")] string LawfulBases,
    [property: CsvColumn("Legitimate interest")] string LegitimateInterest,
    [property: CsvColumn("Recipients")] string Recipients,
    [property: CsvColumn("Transfers outside the UK and safeguards")] string Transfers,
    [property: CsvColumn("Retention (months)")] int RetentionMonths,
    [property: CsvColumn("Retention note")] string RetentionNote,
    [property: CsvColumn("Security measures")] string SecurityMeasures,
    [property: CsvColumn("Version")] int Version,
    [property: CsvColumn("Last changed (UTC)")] string UpdatedAt,
    [property: CsvColumn("Controller")] string Controller,
    [property: CsvColumn("Data protection contact")] string DpoContact);
