namespace ImiPortal.BrowserTests;

/// <summary>Browser tests share one Chromium and run one at a time (two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
