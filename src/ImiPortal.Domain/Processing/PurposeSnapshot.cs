using System.Text.Json;
using ImiPortal.Domain.PersonalData;

namespace ImiPortal.Domain.Processing;

/// <summary>Everything a record-of-processing entry says at one moment, for its version history.</summary>
public sealed record PurposeSnapshot(
    string Name,
    string Description,
    string DataSubjects,
    string? LegitimateInterest,
    int RetentionMonths,
    string RetentionNote,
    string SecurityMeasures,
    IReadOnlyList<DataCategory> Categories,
    IReadOnlyList<LawfulBasis> LawfulBases,
    IReadOnlyList<string> Recipients)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Takes the purpose as it is now; recipient names are looked up by id.</summary>
    public static PurposeSnapshot Of(ProcessingPurpose purpose, IReadOnlyDictionary<int, string> recipientNames)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentNullException.ThrowIfNull(recipientNames);
        return new PurposeSnapshot(
            purpose.Name,
            purpose.Description,
            purpose.DataSubjects,
            purpose.LegitimateInterest,
            purpose.RetentionMonths,
            purpose.RetentionNote,
            purpose.SecurityMeasures,
            [.. purpose.Categories.Select(c => c.Category).Order()],
            [.. purpose.LawfulBases.Select(b => b.Basis).Order()],
            [.. purpose.Recipients.Select(r => recipientNames.TryGetValue(r.RecipientId, out var name) ? name : $"#{r.RecipientId}").Order(StringComparer.Ordinal)]);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PurposeSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<PurposeSnapshot>(json, Json) ?? throw new InvalidOperationException("Empty purpose snapshot.");

    /// <summary>The names of the fields that differ between this snapshot and <paramref name="other"/>.</summary>
    public IReadOnlyList<string> ChangedFields(PurposeSnapshot other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var changed = new List<string>();
        Check(nameof(Name), Name == other.Name);
        Check(nameof(Description), Description == other.Description);
        Check(nameof(DataSubjects), DataSubjects == other.DataSubjects);
        Check(nameof(LegitimateInterest), LegitimateInterest == other.LegitimateInterest);
        Check(nameof(RetentionMonths), RetentionMonths == other.RetentionMonths);
        Check(nameof(RetentionNote), RetentionNote == other.RetentionNote);
        Check(nameof(SecurityMeasures), SecurityMeasures == other.SecurityMeasures);
        Check(nameof(Categories), Categories.SequenceEqual(other.Categories));
        Check(nameof(LawfulBases), LawfulBases.SequenceEqual(other.LawfulBases));
        Check(nameof(Recipients), Recipients.SequenceEqual(other.Recipients, StringComparer.Ordinal));
        return changed;

        void Check(string field, bool same)
        {
            if (!same)
            {
                changed.Add(field);
            }
        }
    }
}
