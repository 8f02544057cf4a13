namespace Spp.Improvement.Schools.Imports;

/// <summary>One record of a CSV file.</summary>
/// <param name="Line">The physical line the record starts on (1-based; a quoted field may span lines).</param>
/// <param name="Fields">The record's fields, unquoted.</param>
/// <param name="Problem">Why the record is malformed (e.g. an unterminated quote), or null.</param>
public sealed record CsvRecord(long Line, IReadOnlyList<string> Fields, string? Problem);
