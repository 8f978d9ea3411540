namespace ImiPortal.Web.Models.Transparency;

/// <summary>The record of processing (UK GDPR Art. 30) as staff see it.</summary>
public sealed record ProcessingRegisterViewModel(
    string Controller,
    string DpoContact,
    IReadOnlyList<RegisterEntryView> Entries,
    IReadOnlyList<RecipientView> Recipients);
