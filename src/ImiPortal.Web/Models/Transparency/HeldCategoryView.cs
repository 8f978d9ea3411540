namespace ImiPortal.Web.Models.Transparency;

public sealed record HeldCategoryView(string Name, string Description);
