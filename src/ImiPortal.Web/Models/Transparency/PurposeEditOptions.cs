using Microsoft.AspNetCore.Mvc.Rendering;

namespace ImiPortal.Web.Models.Transparency;

/// <summary>The choices offered as checkboxes on the register's edit form.</summary>
public sealed record PurposeEditOptions(
    int PurposeId,
    string Key,
    IReadOnlyList<SelectListItem> Categories,
    IReadOnlyList<SelectListItem> LawfulBases,
    IReadOnlyList<SelectListItem> Recipients);
