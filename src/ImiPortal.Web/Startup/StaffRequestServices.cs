using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Queries.StaffRequests;

namespace ImiPortal.Web.Startup;

public static class StaffRequestServices
{
    /// <summary>The back office's rights-request queue, request page, workflow, register export, dashboard and reminders.</summary>
    public static IServiceCollection AddStaffRequests(this IServiceCollection services)
    {
        services.AddScoped<StaffDirectory>();
        services.AddScoped<RequestRegister>();
        services.AddScoped<RequestRegisterCsvWriter>();
        services.AddScoped<RequestWorkflow>();
        services.AddScoped<RequestReminders>();
        services.AddSingleton<QueueCursors>();
        services.AddScoped<RequestQueueQuery>();
        services.AddScoped<RequestDetailsQuery>();
        services.AddScoped<StaffDashboardQuery>();
        return services;
    }
}
