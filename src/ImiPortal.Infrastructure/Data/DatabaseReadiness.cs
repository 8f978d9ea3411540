using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ImiPortal.Infrastructure.Data;

/// <summary>
/// Whether the database has been migrated and seeded in this process. The scheduler waits for it, and the
/// health check reports unhealthy until then, so a load balancer sends no traffic to an instance whose
/// database is still unreachable.
/// </summary>
public sealed class DatabaseReadiness : IHealthCheck
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    public void MarkReady() => _ready.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(IsReady
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database has not been reached yet; start-up is retrying."));
}
