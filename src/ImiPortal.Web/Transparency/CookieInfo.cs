namespace ImiPortal.Web.Transparency;

/// <summary>One cookie the portal can set, as the cookie page explains it.</summary>
public sealed record CookieInfo(string Name, string Purpose, string Duration, bool StrictlyNecessary);
