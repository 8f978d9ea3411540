namespace ImiPortal.Web.Models.Marketing;

/// <summary>The unsubscribe page: the signed token to post back and the statement the person agrees to.</summary>
public sealed record UnsubscribeViewModel(string Token, string Wording);
