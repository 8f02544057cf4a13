using System.Text;

namespace Spp.Improvement.Schools.Imports;

/// <summary>An uploaded file waiting for the worker.</summary>
/// <param name="SpoolFile">The upload on local disk; the worker deletes it when done.</param>
public sealed record SchoolImportJob(Guid ImportId, string SpoolFile, Encoding Encoding);
