using Spp.Improvement.Schools.Imports;

namespace Spp.Improvement.Tests.Schools;

/// <summary>The RFC 4180 reader the register import streams files through.</summary>
public sealed class CsvReaderTests
{
    private static async Task<List<CsvRecord>> ReadAsync(string text)
    {
        var records = new List<CsvRecord>();
        await foreach (var record in new CsvReader(new StringReader(text)).ReadAllAsync(TestContext.Current.CancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    [Fact]
    public async Task Quoted_fields_keep_commas_line_breaks_and_doubled_quotes()
    {
        var records = await ReadAsync("URN,Name,Notes\r\n100001,\"Smith, Jones & Co\",\"He said \"\"hi\"\"\"\r\n100002,\"Two\r\nlines\",x\r\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["100001", "Smith, Jones & Co", "He said \"hi\""], records[1].Fields);
        Assert.Equal(["100002", "Two\r\nlines", "x"], records[2].Fields);
        Assert.All(records, r => Assert.Null(r.Problem));
    }

    [Fact]
    public async Task Each_record_carries_the_line_it_starts_on_counting_breaks_inside_quotes()
    {
        var records = await ReadAsync("a,b\n\"1\n2\n3\",x\n4,y\r\n5,z");

        Assert.Equal([1L, 2L, 5L, 6L], records.Select(r => r.Line));
        Assert.Equal(["5", "z"], records[^1].Fields);
    }

    [Fact]
    public async Task Empty_fields_and_empty_quoted_fields_are_kept_and_blank_lines_skipped()
    {
        var records = await ReadAsync("a,,\"\"\n\n,b,\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", string.Empty, string.Empty], records[0].Fields);
        Assert.Equal([string.Empty, "b", string.Empty], records[1].Fields);
    }

    [Fact]
    public async Task An_unterminated_quote_is_reported_on_the_record_it_starts()
    {
        var records = await ReadAsync("a,b\n1,\"never closed\n2,x\n");

        var broken = Assert.Single(records, r => r.Problem is not null);
        Assert.Equal(2, broken.Line);
        Assert.Contains("not closed", broken.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stray_quote_inside_an_unquoted_field_is_reported()
    {
        var records = await ReadAsync("a,b\n1,ab\"c\n2,\"ok\"x\n3,fine\n");

        Assert.NotNull(records[1].Problem);
        Assert.NotNull(records[2].Problem);
        Assert.Null(records[3].Problem);
    }

    [Fact]
    public async Task Records_longer_than_the_read_buffer_are_read_whole()
    {
        var longName = new string('x', 50_000);

        var records = await ReadAsync($"a,b\r\n\"{longName}\",2\r\n3,4\r\n");

        Assert.Equal([longName, "2"], records[1].Fields);
        Assert.Equal(["3", "4"], records[2].Fields);
    }
}
