namespace ImiPortal.Web.Startup;

public static class StartupWarmUpServices
{
    /// <summary>Work the first request would otherwise wait for, done in the background once start-up allows (issue #11).</summary>
    public static IServiceCollection AddStartupWarmUp(this IServiceCollection services)
    {
        services.AddHostedService<KeyRingPreload>();
        return services;
    }
}
