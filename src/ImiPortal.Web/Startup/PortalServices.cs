using System.Threading.RateLimiting;
using FluentValidation;
using FluentValidation.AspNetCore;
using ImiPortal.Infrastructure;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Identity;
using ImiPortal.Web.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace ImiPortal.Web.Startup;

public static class PortalServices
{
    /// <summary>Everything the portal registers, in one place.</summary>
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        services.AddSerilog((sp, logger) => logger
            .ReadFrom.Configuration(configuration)
            .ReadFrom.Services(sp)
            .Enrich.FromLogContext()
            // A background writer: a request does not wait for the console (or queue behind other requests' lines).
            .WriteTo.Async(sink => sink.Console(), blockWhenFull: true), preserveStaticLogger: true);

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ImiPortal.Infrastructure.Auditing.IAuditActor, HttpAuditActor>();
        services.AddPortalInfrastructure(configuration, builder.Environment);

        services.AddDataProtection().SetApplicationName("ImiPortal").PersistKeysToDbContext<PortalDbContext>();

        services.AddIdentity<ApplicationUser, ApplicationRole>(options =>
            {
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = configuration.GetValue("Security:MinimumPasswordLength", 12);
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = configuration.GetValue("Security:MaxFailedAccessAttempts", 5);
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();

        // The security-stamp check runs on the portal's clock, like everything else that tells the time.
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);

        // Secure cookies everywhere but on a developer's plain-HTTP machine and in the in-memory tests.
        var cookieSecurity = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.Cookie.Name = "MyImi.Auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = cookieSecurity;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            // Identity's security-stamp check, asked for only when it is due (SecurityStampCheck, ADR-016).
            options.Events.OnValidatePrincipal = Security.SecurityStampCheck.ValidatePrincipalAsync;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "MyImi.Antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = cookieSecurity;
        });

        services.AddControllersWithViews(options => options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            // Validation is the server's job (FluentValidation): no data-val attributes, which nothing would read and
            // which would cost every form field a walk through the validation metadata.
            .AddViewOptions(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        // Every full page gets the layout here rather than from a _ViewStart page run before each view (ADR-016).
        services.Replace(ServiceDescriptor.Singleton<IRazorPageActivator>(provider =>
            new PortalLayoutActivator(ActivatorUtilities.CreateInstance<RazorPageActivator>(provider))));
        services.AddFluentValidationAutoValidation();
        services.AddValidatorsFromAssemblyContaining<Program>();
        ValidatorOptions.Global.LanguageManager.Enabled = true;

        services.AddScoped<Members.CurrentMember>();
        services.AddScoped<Queries.MemberHomeQuery>();
        services.AddStaffRequests();
        services.AddMarketing();
        services.AddRequestIntake();
        services.AddTransparency();
        services.AddMemberDetails();
        services.AddAuditLogSearch();
        services.AddRetention(configuration);
        services.AddStartupWarmUp();
        // Unhealthy while the database is unreachable or start-up has not yet migrated and seeded it.
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>("database").AddCheck<DatabaseReadiness>("database-initialised");
        // A load balancer's probe wants a quick answer: a database that does not answer within 5 s is unhealthy
        // (the retrying execution strategy would otherwise hold the probe for most of a minute).
        services.Configure<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckServiceOptions>(o =>
        {
            foreach (var check in o.Registrations)
            {
                check.Timeout = TimeSpan.FromSeconds(5);
            }
        });
        services.AddPortalRateLimiting(configuration);
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueLengthLimit = 64 * 1024);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = 1024 * 1024);
        // Data Protection pre-loads its key ring in a hosted service at start-up (re-added by every AddDataProtection
        // call, e.g. from Identity and antiforgery, hence here at the end). With the keys in the database, an
        // unreachable database would hold start-up there for a minute of retries before the server listens (and
        // /health can say so); without it the key ring is loaded at first use, which is all the pre-load saves.
        foreach (var preload in services.Where(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationType?.FullName == "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService").ToList())
        {
            services.Remove(preload);
        }

        return builder;
    }

    private static void AddPortalRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:PermitsPerMinute", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(TooManyRequestsPage.Html, cancellationToken);
            };
            // Per client address: enough for a person, too few for a script.
            options.AddPolicy(RateLimitPolicies.Sensitive, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }
}
