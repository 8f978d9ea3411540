namespace ImiPortal.IntegrationTests.Security;

/// <summary>The hostile values the bad-input tests send.</summary>
internal static class HostileInput
{
    public const string ScriptTag = "<script>alert(1)</script>";

    public const string ScriptTagEncoded = "&lt;script&gt;alert(1)&lt;/script&gt;";

    public const string ImageTag = "\"><img src=x onerror=alert(1)>";

    public const string ImageTagEncoded = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";

    public const string SqlOr = "' OR 1=1 --";

    public const string SqlDrop = "'; DROP TABLE Members;--";

    public static readonly string TenThousand = new('a', 10_000);
}
