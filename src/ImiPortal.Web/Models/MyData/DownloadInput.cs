namespace ImiPortal.Web.Models.MyData;

public sealed class DownloadInput
{
    public string Password { get; set; } = "";

    /// <summary>"access" (everything we hold, Art. 15) or "portable" (what you gave us, Art. 20).</summary>
    public string Kind { get; set; } = "access";
}
