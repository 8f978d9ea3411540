using ImiPortal.Domain.Processing;

namespace ImiPortal.Infrastructure.Data.Seeding;

/// <summary>The recipients the policy names, by kind.</summary>
public static class RecipientSeeds
{
    public const string Group = "IMI group companies";
    public const string Processors = "IT, hosting and mailing service providers (processors)";
    public const string PaymentProvider = "Payment service provider (processor)";
    public const string Regulators = "Education authorities and regulators (Ofqual, Qualifications Wales, CCEA Regulation, SQA Accreditation)";
    public const string Dvsa = "Driver and Vehicle Standards Agency (DVSA)";
    public const string Public = "Members of the public (membership status only)";

    public static IReadOnlyList<Recipient> All { get; } =
    [
        new() { Name = Group, Kind = RecipientKind.GroupCompany, Description = "Subsidiaries, our ultimate holding company and its subsidiaries (Companies Act 2006, s.1159)." },
        new()
        {
            Name = Processors, Kind = RecipientKind.Processor,
            Description = "Suppliers who perform business services for us on our instructions.",
            TransferCountries = "Outside the UK where cloud hosting requires it",
            TransferSafeguard = "UK adequacy regulations or the ICO's International Data Transfer Agreement",
        },
        new() { Name = PaymentProvider, Kind = RecipientKind.Processor, Description = "Takes card payments; IMI never stores card numbers." },
        new() { Name = Regulators, Kind = RecipientKind.EducationAuthorityOrRegulator, Description = "For the monitoring of standards and delivery of educational services across the four nations." },
        new() { Name = Dvsa, Kind = RecipientKind.GovernmentAgency, Description = "MOT Tester, MOT Manager and Annual MOT Tester Assessment achievement data." },
        new() { Name = Public, Kind = RecipientKind.Public, Description = "The public check of a member's name and membership status, never for a member who restricted processing or objected." },
    ];
}
