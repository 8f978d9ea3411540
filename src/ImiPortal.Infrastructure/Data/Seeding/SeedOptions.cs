namespace ImiPortal.Infrastructure.Data.Seeding;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>Create the demo accounts of the README. On in Development only.</summary>
    public bool DemoData { get; set; }
}
