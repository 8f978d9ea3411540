namespace ImiPortal.IntegrationTests.Security;

/// <summary>One line of the access table: an action ("Area/Controller/Action/METHOD"), who may reach it, and the row its id names.</summary>
public sealed record AccessRow(string Key, Access Access, SampleId Id = SampleId.None);
