using ImiPortal.Domain.Requests;
using ImiPortal.Infrastructure.Requests;

namespace ImiPortal.Web.Models.Requests;

/// <summary>The rights the privacy policy gives, in the order it lists them, each with its explanation.</summary>
public static class RightsCatalogue
{
    public static IReadOnlyList<RightInfo> All { get; } =
    [
        new(RightsRequestType.Access, RequestWords.Title(RightsRequestType.Access), "Right of access (a data subject access request, or DSAR)",
            "We send you a copy of the personal data we hold about you, and tell you why we use it, who we share it with and how long we keep it, so that you can check we use it lawfully. Some information may be held back, for example if it is legally privileged; we will tell you if so.",
            "What information do you want?",
            "Describe, in as much detail as you can, the information you want to see."),
        new(RightsRequestType.Rectification, RequestWords.Title(RightsRequestType.Rectification), "Right to rectification",
            "If something we hold about you is wrong or incomplete, we correct it. We may need to check the new details. You can also change your contact details yourself in MyIMI.",
            "What is wrong, and what should it say?",
            "For example: “My date of birth is shown as 3 March 1980; it should be 3 May 1980.”"),
        new(RightsRequestType.Erasure, RequestWords.Title(RightsRequestType.Erasure), "Right to erasure (the “right to be forgotten”)",
            "We delete your personal data where there is no good reason for us to keep using it. We may have to keep some of it for legal reasons, and we may anonymise it instead of deleting it; we will tell you what we keep and why.",
            "What would you like us to erase? (optional)",
            "Leave this blank to ask us to erase everything we can."),
        new(RightsRequestType.Restriction, RequestWords.Title(RightsRequestType.Restriction), "Right to restriction of processing",
            "We stop using your data, apart from storing it, while a problem is sorted out: for example while we check whether it is accurate. We will tell you before we lift the restriction.",
            "Tell us more (optional)",
            "Anything that helps us understand your request, such as which data it is about."),
        new(RightsRequestType.Objection, RequestWords.Title(RightsRequestType.Objection), "Right to object",
            "You can object to us using your data for direct marketing: we stop at once. You can also object to us using it for our legitimate interests, because of something about your particular situation: we stop unless we can show compelling grounds to continue.",
            "Why do you object?",
            "Needed for an objection to our legitimate interests: tell us what it is about your situation that makes you object. Optional for direct marketing."),
        new(RightsRequestType.Portability, RequestWords.Title(RightsRequestType.Portability), "Right to data portability",
            "We give you the data you provided to us, in a structured, commonly used, machine-readable file (JSON or CSV), for you or another organisation you choose. This covers data we use with your consent or to perform a contract with you.",
            "Which data, and who should we send it to? (optional)",
            "Leave this blank to receive all the data you gave us yourself. If it should go to another organisation, name it and give its contact details."),
        new(RightsRequestType.WithdrawConsent, RequestWords.Title(RightsRequestType.WithdrawConsent), "Right to withdraw consent",
            "Where we rely on your consent, such as to send you marketing, you can withdraw it at any time. It takes effect at once. It does not affect anything we did with your consent before.",
            "Anything else you want to tell us (optional)",
            "For example, if there is something other than marketing that you no longer agree to."),
    ];

    public static RightInfo For(RightsRequestType type) => All.Single(r => r.Type == type);
}
