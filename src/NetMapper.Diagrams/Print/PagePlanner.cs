using System.Globalization;

namespace NetMapper.Diagrams;

/// <summary>
/// Chooses the pages a drawing prints on so that its text stays readable (<see cref="PrintScale"/>): on an ISO sheet,
/// one page in whichever orientation gives the larger print when the drawing fits at the minimum scale; else tiles
/// of that sheet at the minimum scale, in the orientation that needs fewer of them, after an overview page that shows
/// the whole drawing with the tile grid. A fitted page is the drawing's own size at the minimum scale.
/// </summary>
public static class PagePlanner
{
    public static PrintPlan Plan(double width, double height, double minimumScale, PaperSize paper)
    {
        var drawing = new Box(0, 0, width, height);
        if (paper == PaperSize.Fit) return new([Fitted(drawing, minimumScale)], 1, 1);
        var (shortSide, longSide) = PaperSheet.Of(paper);
        (double Width, double Height)[] orientations = [(longSide, shortSide), (shortSide, longSide)];
        var whole = orientations.Select(o => Whole(drawing, o.Width, o.Height)).MaxBy(p => p.Scale)!;
        if (whole.Scale >= minimumScale) return new([whole], 1, 1);
        // landscape first: it wins a tie
        var tiled = orientations.Select(o => Tiled(drawing, o.Width, o.Height, minimumScale)).MinBy(t => t.Rows * t.Columns)!;
        var overview = whole with { Kind = PrintPageKind.Overview };
        return new([overview, .. tiled.Tiles], tiled.Rows, tiled.Columns);
    }

    private static PrintPage Fitted(Box drawing, double scale)
    {
        double width = drawing.Width * scale + 2 * PrintPlan.Margin, height = drawing.Height * scale + 2 * PrintPlan.Margin;
        if (Math.Max(width, height) > PrintPlan.LargestPageSide)
            throw new DiagramException(DiagramFailure.RenderFailed, string.Create(CultureInfo.InvariantCulture,
                $"a fitted page would be {Size(width, height)}, larger than a PDF page may be "
                + $"({PaperSheet.Millimetres(PrintPlan.LargestPageSide):0} mm); print on A0 tiles instead"));
        return new PrintPage(PrintPageKind.Whole, width, height, drawing, scale);
    }

    private static PrintPage Whole(Box drawing, double pageWidth, double pageHeight)
    {
        double scale = Math.Min((pageWidth - 2 * PrintPlan.Margin) / drawing.Width, (pageHeight - 2 * PrintPlan.Margin) / drawing.Height);
        return new PrintPage(PrintPageKind.Whole, pageWidth, pageHeight, drawing, scale);
    }

    private static (List<PrintPage> Tiles, int Rows, int Columns) Tiled(Box drawing, double pageWidth, double pageHeight, double scale)
    {
        double tileWidth = (pageWidth - 2 * PrintPlan.Margin) / scale, tileHeight = (pageHeight - 2 * PrintPlan.Margin) / scale;
        double overlap = PrintPlan.Overlap / scale;
        int columns = Count(drawing.Width, tileWidth, overlap), rows = Count(drawing.Height, tileHeight, overlap);
        var tiles = new List<PrintPage>();
        for (int row = 0; row < rows; row++)
            for (int column = 0; column < columns; column++)
            {
                var source = new Box(column * (tileWidth - overlap), row * (tileHeight - overlap), tileWidth, tileHeight);
                tiles.Add(new PrintPage(PrintPageKind.Tile, pageWidth, pageHeight, source, scale) { Row = row + 1, Column = column + 1 });
            }
        return (tiles, rows, columns);
    }

    /// <summary>How many tiles of this length, each overlapping the one before, cover the length.</summary>
    private static int Count(double length, double tile, double overlap) =>
        length <= tile ? 1 : (int)Math.Ceiling((length - overlap) / (tile - overlap));

    private static string Size(double width, double height) =>
        string.Create(CultureInfo.InvariantCulture, $"{PaperSheet.Millimetres(width):0} × {PaperSheet.Millimetres(height):0} mm");
}
