using Microsoft.AspNetCore.Mvc.Controllers;

namespace ImiPortal.IntegrationTests.Security;

/// <summary>One controller action answering one HTTP method, as the app's routing metadata describes it.</summary>
public sealed record ActionEndpoint(string Area, string Controller, string Action, string Method, ControllerActionDescriptor Descriptor)
{
    /// <summary>"Area/Controller/Action/METHOD", the key of the access table ("Controller/Action/METHOD" outside an area).</summary>
    public string Key => (Area.Length == 0 ? "" : Area + "/") + $"{Controller}/{Action}/{Method}";

    public bool IsPost => Method == "POST";

    /// <summary>The action's parameters by name (those bound from the request, not services or the cancellation token).</summary>
    public IEnumerable<(string Name, Type Type)> RequestParameters => Descriptor.Parameters
        .Where(p => p.BindingInfo?.BindingSource?.Id is not ("Services" or "Special")
                    && p.ParameterType != typeof(CancellationToken))
        .Select(p => (p.Name, p.ParameterType));

    public bool TakesId => RequestParameters.Any(p => p.Name == "id");

    public override string ToString() => Key;
}
