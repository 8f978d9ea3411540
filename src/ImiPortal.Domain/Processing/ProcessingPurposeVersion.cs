namespace ImiPortal.Domain.Processing;

/// <summary>
/// A superseded version of a record-of-processing entry: what the purpose said before a change, who changed it,
/// when and why. One row per change, so the register's history can be shown and audited.
/// </summary>
public class ProcessingPurposeVersion
{
    public int Id { get; set; }

    public int PurposeId { get; set; }

    /// <summary>The version number the snapshot had while it was current.</summary>
    public int Version { get; set; }

    /// <summary>The previous version, as <see cref="PurposeSnapshot"/> JSON.</summary>
    public string Snapshot { get; set; } = "";

    /// <summary>Names of the fields the change altered, comma separated.</summary>
    public string ChangedFields { get; set; } = "";

    public string ChangeNote { get; set; } = "";

    public Guid? ChangedByUserId { get; set; }

    public DateTime ChangedAt { get; set; }
}
