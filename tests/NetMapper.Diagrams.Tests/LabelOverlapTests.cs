namespace NetMapper.Diagrams.Tests;

/// <summary>Every text of every page measured in the renderer's font: none over another, over a box, or under a line.</summary>
public class LabelOverlapTests
{
    [Theory]
    [InlineData(60)]
    [InlineData(500)]
    [InlineData(2000)]
    public void No_Label_Overlaps_Another_Label_Or_A_Box_And_No_Line_Crosses_A_Zone_Title_On_Any_Page(int devices)
    {
        Requires.That(TextBoxes.HasDrawingFont(), "no Noto Sans CJK TC to measure the text in (apt-get install fonts-noto-cjk)");
        foreach (var (page, svg) in GeneratedDrawings.Of(devices))
        {
            var collisions = LabelChecks.Collisions(svg);
            Assert.True(collisions.Count == 0, $"{page}: {collisions.Count} collisions: {string.Join("; ", collisions.Take(5))}");
        }
    }

    [Fact]
    public void The_Check_Finds_A_Port_Name_Drawn_Over_Another_And_Over_A_Foreign_Box()
    {
        Requires.That(TextBoxes.HasDrawingFont(), "no Noto Sans CJK TC to measure the text in (apt-get install fonts-noto-cjk)");
        var svg = GeneratedDrawings.Of(60)[0].Svg;
        var texts = svg.Descendants(svg.Name.Namespace + "text").Where(t => t.Parent?.Attribute("data-edge") is not null).ToArray();
        // move the second port name onto the first, and the third onto a box that is not its line's
        texts[1].SetAttributeValue("x", texts[0].Attribute("x")!.Value);
        texts[1].SetAttributeValue("y", texts[0].Attribute("y")!.Value);
        texts[1].SetAttributeValue("transform", texts[0].Attribute("transform")?.Value);
        var foreign = LabelChecks.Boxes(svg).First(b => (string?)texts[2].Parent!.Attribute("data-from") != b.Node
            && (string?)texts[2].Parent!.Attribute("data-to") != b.Node);
        texts[2].SetAttributeValue("x", foreign.Box.CenterX.ToString(System.Globalization.CultureInfo.InvariantCulture));
        texts[2].SetAttributeValue("y", foreign.Box.CenterY.ToString(System.Globalization.CultureInfo.InvariantCulture));
        texts[2].SetAttributeValue("transform", null);

        var collisions = LabelChecks.Collisions(svg);

        Assert.Contains(collisions, c => c.Contains($"'{texts[1].Value}'", StringComparison.Ordinal)
            && c.Contains($"'{texts[0].Value}'", StringComparison.Ordinal));
        Assert.Contains(collisions, c => c.EndsWith($"over the box of {foreign.Node}", StringComparison.Ordinal));
    }
}
