namespace ImiPortal.Web.Models.Transparency;

/// <summary>A superseded version: what it said, and who replaced it, when and why.</summary>
public sealed record PurposeVersionView(
    int Version,
    string ReplacedAt,
    string ReplacedBy,
    string ChangedFields,
    string ChangeNote,
    RegisterEntryView Snapshot);
