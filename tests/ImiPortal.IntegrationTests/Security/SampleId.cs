namespace ImiPortal.IntegrationTests.Security;

/// <summary>Which real seeded row fills an action's <c>id</c>, so that an allowed call reaches the row, not a 404.</summary>
public enum SampleId
{
    None,

    /// <summary>Member A's rights request.</summary>
    RequestOfA,

    /// <summary>Member A's member record.</summary>
    MemberA,

    /// <summary>A processing purpose of the record of processing.</summary>
    Purpose,

    /// <summary>A legal hold (on member B).</summary>
    LegalHold,

    /// <summary>A retention sweep run's report.</summary>
    SweepRun,
}
