using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace ImiPortal.Web.Security;

/// <summary>
/// Reads every form body once, before anything else does, and refuses what no browser sends: a body over Kestrel's
/// limit (413), a form over the form limits (400), and text that is not valid UTF-8 (400: the decoder turns bad bytes
/// into U+FFFD, which would otherwise be saved as if the person had typed it). The form read here is the one MVC and the
/// antiforgery check then use. Without this, the failure surfaced later, inside model binding and the error pages.
/// </summary>
public sealed partial class FormBodyGuardMiddleware(RequestDelegate next, ILogger<FormBodyGuardMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.HasFormContentType || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            Refuse(context, ex.StatusCode, "unreadable body");
            return;
        }
        catch (InvalidDataException)
        {
            Refuse(context, StatusCodes.Status400BadRequest, "form over the limits");
            return;
        }

        if (form.Any(field => field.Key.Contains('\uFFFD', StringComparison.Ordinal) || field.Value.Any(v => v?.Contains('\uFFFD', StringComparison.Ordinal) == true)))
        {
            Refuse(context, StatusCodes.Status400BadRequest, "invalid UTF-8");
            return;
        }

        await next(context);
    }

    /// <summary>
    /// Answers with the status (the status-code pages then show the friendly page); the refused form is replaced by an
    /// empty one so that nothing in that page's re-executed request tries to read the body again.
    /// </summary>
    private void Refuse(HttpContext context, int statusCode, string reason)
    {
        Refused(logger, statusCode, reason);
        context.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
        context.Response.StatusCode = statusCode;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Form body refused with {StatusCode}: {Reason}")]
    private static partial void Refused(ILogger logger, int statusCode, string reason);
}
