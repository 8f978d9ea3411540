using ImiPortal.Web.Handlers.Members;
using ImiPortal.Web.Queries.Members;

namespace ImiPortal.Web.Startup;

public static class MemberDetailsServices
{
    /// <summary>My details, email change, and the back office's member search, record and corrections.</summary>
    public static IServiceCollection AddMemberDetails(this IServiceCollection services)
    {
        services.AddScoped<MemberDetailsQuery>();
        services.AddScoped<MemberSearchQuery>();
        services.AddScoped<UpdateMemberDetailsHandler>();
        services.AddScoped<ChangeEmailHandler>();
        return services;
    }
}
