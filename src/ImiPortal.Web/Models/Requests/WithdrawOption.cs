namespace ImiPortal.Web.Models.Requests;

/// <summary>A marketing permission that can be withdrawn on the form: its consent subject key and its name.</summary>
public sealed record WithdrawOption(string Key, string Label, string? Hint);
