using ImiPortal.Infrastructure.Consent;
using ImiPortal.Infrastructure.Requests;
using ImiPortal.Web.Queries.Requests;
using ImiPortal.Web.Requests;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ImiPortal.Web.Startup;

public static class RequestIntakeServices
{
    /// <summary>Rights-request intake: the member's, public and staff forms, acknowledgement, tracking and withdrawal.</summary>
    public static IServiceCollection AddRequestIntake(this IServiceCollection services)
    {
        services.AddSingleton<RequestTokens>();
        services.AddScoped<IRequestLinks, RequestLinks>();
        services.TryAddScoped<ConsentLedger>();
        services.AddScoped<RequestDuplicates>();
        services.AddScoped<RequestImmediateEffects>();
        services.AddScoped<RequestReceipt>();
        services.AddScoped<RequestIntake>();
        services.AddScoped<PublicRequestConfirmation>();
        services.AddScoped<MemberRequestWithdrawal>();
        services.AddScoped<RequestFormQuery>();
        services.AddScoped<RequestSummaryQuery>();
        return services;
    }
}
