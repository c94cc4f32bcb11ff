using NetMapper.Snmp;

namespace NetMapper.Snmp.Tests;

public class OidTests
{
    [Theory]
    [InlineData("1.3.6.1.2.1.1.1.0")]
    [InlineData(".1.3.6.1.2.1.1.1.0")]
    [InlineData("1.3.6.1.4.1.4294967295")]
    public void Parse_Accepts_Numeric_Oids_With_Or_Without_A_Leading_Dot(string text)
    {
        var oid = Oid.Parse(text);
        Assert.Equal(text.TrimStart('.'), oid.ToString());
        Assert.Equal("." + text.TrimStart('.'), oid.ToNumericString());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("1.3.x", "'x'")]
    [InlineData("1..3", "empty sub-identifier")]
    [InlineData("3.1", "first sub-identifier")]
    [InlineData("1.40", "below 40")]
    [InlineData("1.3.4294967296", "4294967295")]
    public void Parse_Rejects_Bad_Text_Saying_What_Is_Wrong(string text, string expected)
    {
        Assert.False(Oid.TryParse(text, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Oids_Order_By_Sub_Identifier_Not_By_Text()
    {
        Assert.True(Oid.Parse("1.3.6.1.2.1.2.2.1.2.9") < Oid.Parse("1.3.6.1.2.1.2.2.1.2.10"));
        Assert.True(Oid.Parse("1.3.6.1.2.1.2") < Oid.Parse("1.3.6.1.2.1.2.0"));
        Assert.Equal(Oid.Parse("1.3.6.1"), Oid.Parse(".1.3.6.1"));
    }

    [Fact]
    public void StartsWith_And_IndexAfter_Give_A_Table_Row_Index()
    {
        var column = Oid.Parse("1.3.6.1.2.1.4.22.1.2");
        var cell = Oid.Parse("1.3.6.1.2.1.4.22.1.2.5.10.0.0.1");
        Assert.True(cell.StartsWith(column));
        Assert.Equal([5u, 10, 0, 0, 1], cell.IndexAfter(column).ToArray());
        Assert.False(column.StartsWith(cell));
    }
}
