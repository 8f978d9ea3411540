namespace ImiPortal.Web.Models.Members;

/// <summary>
/// The details a member keeps current, as typed. It carries no member id: the member is always the logged-in user
/// (or, in the back office, the record in the address), never something the form says.
/// </summary>
public class MemberDetailsInput
{
    public string? Title { get; set; }

    public string? FirstName { get; set; }

    public string? MaidenName { get; set; }

    public string? LastName { get; set; }

    /// <summary>As typed: "1985-06-14" from a date picker, or "14/06/1985".</summary>
    public string? DateOfBirth { get; set; }

    public string? Gender { get; set; }

    public string? MaritalStatus { get; set; }

    public string? Phone { get; set; }

    public AddressInput Billing { get; set; } = new();

    public bool DeliverySameAsBilling { get; set; } = true;

    public AddressInput Delivery { get; set; } = new();

    /// <summary>The record's stamp when the form was shown; a save from an older copy is refused.</summary>
    public Guid ConcurrencyStamp { get; set; }
}
