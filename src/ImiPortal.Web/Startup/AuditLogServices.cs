using ImiPortal.Web.Queries.AuditLog;

namespace ImiPortal.Web.Startup;

public static class AuditLogServices
{
    /// <summary>The privacy officer's audit log search.</summary>
    public static IServiceCollection AddAuditLogSearch(this IServiceCollection services)
    {
        services.AddScoped<AuditLogQuery>();
        return services;
    }
}
