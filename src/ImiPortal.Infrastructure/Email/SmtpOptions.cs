namespace ImiPortal.Infrastructure.Email;

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 587;

    /// <summary>"StartTls" (default), "SslOnConnect", "Auto" or "None" (only for a local test server).</summary>
    public string Security { get; set; } = "StartTls";

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
