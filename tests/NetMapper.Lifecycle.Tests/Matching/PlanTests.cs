using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;

namespace NetMapper.Lifecycle.Tests.Matching;

public class PlanTests
{
    [Theory]
    [InlineData(LifecycleStatus.EndOfSupport, true, 1)]
    [InlineData(LifecycleStatus.EndOfSupport, false, 2)]
    [InlineData(LifecycleStatus.WithinHorizon, true, 3)]
    [InlineData(LifecycleStatus.EndOfSale, false, 6)]
    [InlineData(LifecycleStatus.Unknown, true, 7)]
    public void Priority_ranks_status_first_then_the_zone(LifecycleStatus status, bool critical, int expected)
    {
        Assert.Equal(expected, ReplacementPlan.PriorityOf(status, critical));
    }

    [Fact]
    public void Supported_rows_need_no_priority()
    {
        Assert.Null(ReplacementPlan.PriorityOf(LifecycleStatus.Supported, critical: true));
    }

    [Fact]
    public void Quarters_are_written_year_then_number()
    {
        Assert.Equal("2027Q1", Quarter.Of(new DateOnly(2027, 3, 31)).ToString());
        Assert.Equal("2026Q4", Quarter.Of(new DateOnly(2027, 2, 1)).Previous().ToString());
    }
}
