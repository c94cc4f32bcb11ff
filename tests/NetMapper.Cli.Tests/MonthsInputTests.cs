using NetMapper.Cli.Common;

namespace NetMapper.Cli.Tests;

/// <summary>Periods as --horizon and --keep take them.</summary>
public class MonthsInputTests
{
    [Theory]
    [InlineData("12m", 12)]
    [InlineData("18M", 18)]
    [InlineData("2y", 24)]
    [InlineData("6", 6)]
    public void Periods_are_months_or_years(string text, int months)
    {
        Assert.True(MonthsInput.TryParse(text, out int parsed));
        Assert.Equal(months, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0m")]
    [InlineData("-3m")]
    [InlineData("eleven")]
    [InlineData("20y")]
    public void Bad_periods_are_refused(string text)
    {
        Assert.False(MonthsInput.TryParse(text, out _));
    }
}
