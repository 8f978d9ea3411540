using ImiPortal.Domain;
using ImiPortal.Infrastructure.Data;
using ImiPortal.Infrastructure.Requests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ImiPortal.Infrastructure.Jobs;

public static class JobServices
{
    /// <summary>
    /// Quartz.NET for the jobs in <see cref="PortalJobList"/>: on SQL Server and PostgreSQL the clustered ADO.NET
    /// job store in the portal database (each fire runs on one instance); on SQLite the in-memory store (one instance).
    /// </summary>
    public static IServiceCollection AddPortalJobs(this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section));
        var settings = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var requests = configuration.GetSection(RequestOptions.Section).Get<RequestOptions>() ?? new RequestOptions();
        var retention = configuration.GetSection(Retention.RetentionOptions.Section).Get<Retention.RetentionOptions>() ?? new Retention.RetentionOptions();

        var jobs = new PortalJobs();
        PortalJobList.Register(jobs, requests, retention);
        var mode = new PortalSchedulerMode(provider);
        services.AddSingleton(jobs);
        services.AddSingleton(mode);

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "ImiPortal");
            foreach (var job in jobs.All)
            {
                var cron = job.CronFrom(settings);
                q.AddJob<PortalJob>(j => j.WithIdentity(job.Key).StoreDurably());
                q.AddTrigger(t => t.ForJob(job.Key).WithIdentity(job.Key).WithCronSchedule(cron, c => c.InTimeZone(UkTime.Zone)));
            }

            if (!mode.Clustered)
            {
                q.UseInMemoryStore();
                return;
            }

            q.UsePersistentStore(store =>
            {
                store.UseSystemTextJsonSerializer();
                store.UseClustering(c =>
                {
                    c.CheckinInterval = settings.ClusterCheckinInterval;
                    c.CheckinMisfireThreshold = settings.ClusterCheckinInterval;
                });
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = settings.TablePrefix;
                    o.StoreJobDataAsStrings = true;
                    o.SchemaProvisioning = settings.ProvisionSchema ? SchemaProvisioning.CreateIfMissing : SchemaProvisioning.Validate;
                });
                if (provider == DatabaseProvider.Postgres)
                {
                    store.UsePostgres(connectionString);
                }
                else
                {
                    store.UseSqlServer(connectionString);
                }
            });
        });
        services.AddHostedService<PortalScheduler>();
        return services;
    }
}
