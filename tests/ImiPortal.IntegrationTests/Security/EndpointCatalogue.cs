using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>
/// Every controller action the running app exposes, read from its own endpoint metadata (not from a hand-kept list),
/// one entry per action and HTTP method. Actions without a method constraint (error pages) are listed as "ANY".
/// </summary>
public static partial class EndpointCatalogue
{
    public static IReadOnlyList<ActionEndpoint> Read(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints;
        return endpoints
            .Select(e => (Endpoint: e, Descriptor: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(e => e.Descriptor is not null)
            .SelectMany(e => Methods(e.Endpoint).Select(method => new ActionEndpoint(
                e.Descriptor!.RouteValues.TryGetValue("area", out var area) ? area ?? "" : "",
                e.Descriptor.ControllerName,
                e.Descriptor.ActionName,
                method,
                e.Descriptor)))
            .DistinctBy(e => e.Key)
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The path to call: the attribute route with its parameters filled in, or the conventional
    /// "/Area/Controller/Action" with "/{id}" when the action takes an id.
    /// </summary>
    public static string PathFor(ActionEndpoint endpoint, Func<string, string?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(valueOf);
        var template = endpoint.Descriptor.AttributeRouteInfo?.Template;
        if (template is not null)
        {
            return "/" + RouteParameter().Replace(template.TrimStart('/', '~'), m =>
                Uri.EscapeDataString(valueOf(m.Groups["name"].Value) ?? throw new InvalidOperationException(
                    $"{endpoint.Key}: no sample value for route parameter '{m.Groups["name"].Value}'.")));
        }

        var path = (endpoint.Area.Length == 0 ? "" : "/" + endpoint.Area) + $"/{endpoint.Controller}/{endpoint.Action}";
        return endpoint.TakesId && valueOf("id") is { } id ? $"{path}/{Uri.EscapeDataString(id)}" : path;
    }

    private static IEnumerable<string> Methods(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["ANY"];

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\??\}")]
    private static partial Regex RouteParameter();
}
