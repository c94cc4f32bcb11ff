namespace NetMapper.Records.Tests;

public class ColumnWidthTests
{
    [Fact]
    public void A_Chinese_Character_Takes_Two_Digit_Widths_And_Any_Other_One()
    {
        Assert.Equal(4, ColumnWidths.DisplayWidth("網段"));
        Assert.Equal(10, ColumnWidths.DisplayWidth("MAC（FDB）"));
    }

    [Fact]
    public void A_Column_Is_As_Wide_As_Its_Widest_Text_With_Room_To_Spare_Within_Bounds()
    {
        Assert.Equal(10, ColumnWidths.Of("名稱", ["core-sw1", "ap1"]));
        Assert.Equal(ColumnWidths.Narrowest, ColumnWidths.Of("ID", [RecordCell.Of(7)]));
        Assert.Equal(ColumnWidths.Widest, ColumnWidths.Of("說明", [new string('x', 300)]));
    }
}
