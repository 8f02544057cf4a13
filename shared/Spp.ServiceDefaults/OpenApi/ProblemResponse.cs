namespace Spp.ServiceDefaults.OpenApi;

/// <summary>One problem answer of the API conventions, as a reusable response of the document.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Name">Its name under <c>components/responses</c>.</param>
/// <param name="Description">When the API answers it.</param>
/// <param name="Schema">The problem schema: <see cref="ProblemResponses.ProblemSchema"/> or <see cref="ProblemResponses.ValidationProblemSchema"/>.</param>
/// <param name="Header">A header the answer carries (<c>ETag</c>, <c>Retry-After</c>), if any.</param>
public sealed record ProblemResponse(int Status, string Name, string Description, string Schema, string? Header = null);
