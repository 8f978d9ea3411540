namespace ImiPortal.Web.Security;

/// <summary>The friendly page sent with a 429: the rate limiter answers before MVC, so it is plain HTML.</summary>
public static class TooManyRequestsPage
{
    public const string Html = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Too many attempts - MyIMI</title><link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css"><link rel="stylesheet" href="/css/site.css"></head>
        <body><main class="container py-5" id="main"><h1>Too many attempts</h1>
        <p>You have tried this a lot of times in a short while. Please wait a minute and try again.</p>
        <p>If you need help, call IMI member services on +44 (0)1992 519025.</p>
        <p><a href="/">Return to MyIMI</a></p></main></body></html>
        """;
}
