using ImiPortal.Web.Startup;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace ImiPortal.IntegrationTests.Foundation;

/// <summary>The request log's level: failures are errors, a request whose client went away is not.</summary>
public sealed class RequestLogLevelTests
{
    [Fact]
    public void ACancelledRequestWhoseClientWentAway_IsLoggedBelowTheDefaultLevel()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        var http = new DefaultHttpContext { RequestAborted = aborted.Token };

        Assert.Equal(LogEventLevel.Debug, PortalPipeline.RequestLogLevel(http, 12.5, new TaskCanceledException()));
    }

    [Fact]
    public void ACancellationWhileTheClientIsStillThere_IsAnError()
    {
        var http = new DefaultHttpContext();

        Assert.Equal(LogEventLevel.Error, PortalPipeline.RequestLogLevel(http, 12.5, new TaskCanceledException()));
    }

    [Fact]
    public void AnyOtherFailureOfAnAbortedRequest_IsStillAnError()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        var http = new DefaultHttpContext { RequestAborted = aborted.Token };

        Assert.Equal(LogEventLevel.Error, PortalPipeline.RequestLogLevel(http, 12.5, new InvalidOperationException()));
    }

    [Theory]
    [InlineData(200, LogEventLevel.Information)]
    [InlineData(302, LogEventLevel.Information)]
    [InlineData(404, LogEventLevel.Information)]
    [InlineData(500, LogEventLevel.Error)]
    [InlineData(503, LogEventLevel.Error)]
    public void WithoutAFailure_TheStatusDecides(int status, LogEventLevel expected)
    {
        var http = new DefaultHttpContext();
        http.Response.StatusCode = status;

        Assert.Equal(expected, PortalPipeline.RequestLogLevel(http, 3.0, null));
    }
}
