using System.Xml.Linq;

namespace NetMapper.Diagrams.Tests;

public class PrintingTests
{
    public static readonly TheoryData<int> Sizes = new(60, 400, 2000);

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Every_Text_On_Every_Page_Prints_At_8_Pt_For_Names_And_6_Pt_For_Labels_On_Every_Paper(int devices)
    {
        foreach (var (page, svg) in GeneratedDrawings.Of(devices))
            foreach (var paper in Enum.GetValues<PaperSize>().Where(p => p != PaperSize.Fit || Fits(svg)))
            {
                var plan = RasterWriter.Plan(SvgWriter.ToXml(svg), paper);
                Assert.True(PrintChecks.TextTooSmall(svg, plan) is [], $"{page} on {paper}: "
                    + string.Join("; ", PrintChecks.TextTooSmall(svg, plan).Take(5)));
            }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Tiles_Cover_The_Drawing_Overlap_Their_Neighbours_By_10_Mm_And_Stay_Inside_Their_Margins(int devices)
    {
        var svg = GeneratedDrawings.Of(devices)[0].Svg;
        var (width, height) = (Number(svg, "width"), Number(svg, "height"));
        var plan = RasterWriter.Plan(SvgWriter.ToXml(svg), PaperSize.A4);

        var tiles = plan.Tiles.ToArray();
        Assert.Equal(PrintPageKind.Overview, plan.Pages[0].Kind);
        Assert.Equal(plan.Rows * plan.Columns, tiles.Length);
        Assert.True(tiles.Max(t => t.Source.Right) >= width && tiles.Max(t => t.Source.Bottom) >= height);
        foreach (var tile in tiles)
        {
            Assert.True(tile.Source.Width * tile.Scale + 2 * PrintPlan.Margin <= tile.Width + 1e-6, tile.Name);
            Assert.True(tile.Source.Height * tile.Scale + 2 * PrintPlan.Margin <= tile.Height + 1e-6, tile.Name);
            var right = tiles.SingleOrDefault(t => t.Row == tile.Row && t.Column == tile.Column + 1);
            if (right is not null) Assert.Equal(PrintPlan.Overlap, (tile.Source.Right - right.Source.X) * tile.Scale, 6);
            var below = tiles.SingleOrDefault(t => t.Row == tile.Row + 1 && t.Column == tile.Column);
            if (below is not null) Assert.Equal(PrintPlan.Overlap, (tile.Source.Bottom - below.Source.Y) * tile.Scale, 6);
        }
    }

    [Fact]
    public void A_Drawing_That_Fits_Readably_Prints_On_One_Page_In_The_Orientation_That_Prints_It_Larger()
    {
        var plan = PagePlanner.Plan(width: 600, height: 1000, minimumScale: 0.75, PaperSize.A3);

        var page = Assert.Single(plan.Pages);
        Assert.Equal((PrintPageKind.Whole, 841.89, 1190.55), (page.Kind, page.Width, page.Height));
        Assert.True(page.Scale > 0.75);
    }

    [Fact]
    public void A_Fitted_Page_Is_The_Drawing_At_The_Smallest_Readable_Scale_With_Its_Margins()
    {
        var page = Assert.Single(PagePlanner.Plan(4000, 3000, 0.75, PaperSize.Fit).Pages);

        Assert.Equal((4000 * 0.75 + 2 * PrintPlan.Margin, 3000 * 0.75 + 2 * PrintPlan.Margin), (page.Width, page.Height));
    }

    [Fact]
    public void A_Fitted_Page_Larger_Than_A_Pdf_Page_May_Be_Is_Refused_With_Its_Size_And_What_To_Do()
    {
        var error = Assert.Throws<DiagramException>(() => PagePlanner.Plan(30000, 3000, 0.75, PaperSize.Fit));

        Assert.Contains("7957 × 814 mm", error.Message, StringComparison.Ordinal);
        Assert.Contains("A0 tiles", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Pdf_Has_The_Planned_Pages_At_The_Planned_Sizes_And_The_Png_States_Its_Resolution()
    {
        Requires.That(RasterWriter.HasFontFor('A'), "no font installed");
        var svg = SvgWriter.ToXml(GeneratedDrawings.Of(60)[0].Svg);
        var dir = Directory.CreateTempSubdirectory("netmapper-print-").FullName;
        try
        {
            string pdf = Path.Combine(dir, "a.pdf"), png = Path.Combine(dir, "a.png");
            RasterWriter.WritePdf([svg], pdf, "test", PaperSize.A4);
            RasterWriter.WritePng(svg, png, 200);

            var planned = RasterWriter.Plan(svg, PaperSize.A4).Pages.Select(p => (p.Width, p.Height)).ToArray();
            var printed = PrintChecks.PdfPageSizes(pdf);
            Assert.True(planned.Length > 2, "60 devices on A4 should need tiles");
            Assert.Equal(planned.Length, printed.Count);
            Assert.All(planned.Zip(printed), p => Assert.True(Math.Abs(p.First.Width - p.Second.Width) < 0.5
                && Math.Abs(p.First.Height - p.Second.Height) < 0.5, $"{p.First} printed as {p.Second}"));
            var bytes = File.ReadAllBytes(png);
            Assert.Equal((uint)Math.Round(200 / 0.0254), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(41)));
            // printed at 200 dpi, every text of the PNG is as large as on paper
            var drawing = XElement.Parse(svg);
            double pixelsPerUnit = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16)) / Number(drawing, "width");
            var whole = new Box(0, 0, Number(drawing, "width"), Number(drawing, "height"));
            var asPrinted = new PrintPlan([new PrintPage(PrintPageKind.Whole, 0, 0, whole, pixelsPerUnit / 200 * 72)], 1, 1);
            Assert.Empty(PrintChecks.TextTooSmall(drawing, asPrinted));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static bool Fits(XElement svg) => Number(svg, "width") * 0.75 < PrintPlan.LargestPageSide - 100
        && Number(svg, "height") * 0.75 < PrintPlan.LargestPageSide - 100;

    private static double Number(XElement svg, string name) =>
        double.Parse((string)svg.Attribute(name)!, System.Globalization.CultureInfo.InvariantCulture);
}
