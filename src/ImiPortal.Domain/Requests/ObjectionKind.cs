namespace ImiPortal.Domain.Requests;

public enum ObjectionKind
{
    /// <summary>Art. 21(1): to processing on legitimate interests; we stop unless compelling grounds are shown.</summary>
    LegitimateInterests = 1,
    /// <summary>Art. 21(2): to direct marketing; absolute and immediate.</summary>
    DirectMarketing = 2,
}
