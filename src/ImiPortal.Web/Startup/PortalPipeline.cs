using ImiPortal.Web.Security;
using Serilog;
using Serilog.Events;

namespace ImiPortal.Web.Startup;

public static class PortalPipeline
{
    public static WebApplication UsePortal(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Home/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Home/Status/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // The path only (query strings can carry tokens), with long token-like segments (unsubscribe and
        // confirmation links) redacted: nothing here may log personal data or a credential.
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            o.GetLevel = RequestLogLevel;
            o.GetMessageTemplateProperties = (http, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(http.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(RedactTokens(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseMiddleware<FormBodyGuardMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health").DisableRateLimiting();
        app.MapControllerRoute("areas", "{area:exists}/{controller=Dashboard}/{action=Index}/{id?}");
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }

    /// <summary>
    /// A request that failed or answered 5xx is an error. A request whose client went away while it ran (it failed with
    /// a cancellation of the request's own token) is not: nobody is left to answer, and it says nothing about the portal.
    /// It is logged at Debug, below the default level, instead of as a "500" with a stack trace.
    /// </summary>
    internal static LogEventLevel RequestLogLevel(HttpContext http, double elapsedMilliseconds, Exception? exception) =>
        exception is OperationCanceledException && http.RequestAborted.IsCancellationRequested ? LogEventLevel.Debug
        : exception is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
        : LogEventLevel.Information;

    /// <summary>Replaces path segments longer than a GUID (signed tokens) with "{token}".</summary>
    internal static string RedactTokens(string path) =>
        string.Join('/', path.Split('/').Select(segment => segment.Length > 40 ? "{token}" : segment));
}
