namespace ImiPortal.Domain.Erasure;

/// <summary>
/// The one list of what erasure does to each kind of record that holds personal data, with the reason a privacy
/// officer sees in the preview. A test fails when an entity that holds personal data has no rule here.
/// </summary>
public static class ErasureRules
{
    public static IReadOnlyDictionary<string, ErasureRule> ByEntity { get; } = new Dictionary<string, ErasureRule>(StringComparer.Ordinal)
    {
        ["Member"] = new(ErasureAction.Anonymise, "The record stays so that orders kept by law still point somewhere; every personal detail is removed. Grade and membership dates remain for anonymous statistics."),
        ["ApplicationUser"] = new(ErasureAction.Anonymise, "The login is disabled for good and its email, name, phone and credentials removed."),
        ["Address"] = new(ErasureAction.Delete, "No longer needed."),
        ["DetailsChange"] = new(ErasureAction.Delete, "No longer needed."),
        ["ConsentState"] = new(ErasureAction.Delete, "Replaced by the suppression record, which stops all marketing."),
        ["ConsentEvent"] = new(ErasureAction.Delete, "Replaced by the suppression record, which stops all marketing."),
        ["LoginRecord"] = new(ErasureAction.Delete, "No longer needed."),
        ["Disclosure"] = new(ErasureAction.Delete, "No longer needed; recipients are told of the erasure (Art. 19)."),
        ["NoticeAcknowledgement"] = new(ErasureAction.Delete, "No longer needed."),
        ["Order"] = new(ErasureAction.Keep, "Accounting records must be kept for six years (Companies Act 2006 s.388, HMRC); removed by the retention sweep afterwards. They no longer carry your name or contact details."),
        ["Payment"] = new(ErasureAction.Keep, "Accounting records must be kept for six years (Companies Act 2006 s.388, HMRC); removed by the retention sweep afterwards."),
        ["RightsRequest"] = new(ErasureAction.Anonymise, "The record that your requests were handled is kept to show we complied (Art. 5(2)); your name, contact details and what you wrote are removed."),
        ["RightsRequestEvent"] = new(ErasureAction.Anonymise, "The steps taken are kept to show we complied (Art. 5(2)); notes are removed."),
        ["ProcessingRestriction"] = new(ErasureAction.Delete, "No longer needed once the data itself is erased."),
        ["LegalHold"] = new(ErasureAction.Keep, "A live legal claim needs the record (Art. 17(3)(e)); erasure waits until the hold is released."),
        ["AuditEvent"] = new(ErasureAction.Keep, "The security log of who accessed your data holds no personal details (only record ids) and is kept to protect you and IMI."),
    };

    /// <summary>The rule for an entity; one without a rule is deleted, so that new data is never left behind.</summary>
    public static ErasureRule For(string entity) =>
        ByEntity.TryGetValue(entity, out var rule) ? rule : new ErasureRule(ErasureAction.Delete, "No longer needed.");
}
