using SkiaSharp;

namespace NetMapper.Diagrams;

/// <summary>
/// Draws the pages of a <see cref="PrintPlan"/> onto a PDF canvas: the drawing's picture scaled, and for a tile
/// clipped to its part, with the neighbours' names and marks in the margin where the overlap with each begins; the
/// overview with the tile grid over the drawing (drawn without its text, which would be too small to read there).
/// </summary>
internal static class PdfPages
{
    private const float MarkFont = 8, GridFont = 16, TickLength = 12;
    private static readonly SKColor MarkColor = new(0x61, 0x61, 0x61), GridColor = new(0xC6, 0x28, 0x28);

    public static void Draw(SKCanvas canvas, PrintPage page, PrintPlan plan, SKPicture drawing, SKPicture withoutText)
    {
        switch (page.Kind)
        {
            case PrintPageKind.Whole:
                Scaled(canvas, page, drawing);
                break;
            case PrintPageKind.Overview:
                Scaled(canvas, page, withoutText);
                Grid(canvas, page, plan);
                break;
            case PrintPageKind.Tile:
                Tile(canvas, page, plan, drawing);
                break;
        }
    }

    /// <summary>The whole drawing centred on the page.</summary>
    private static void Scaled(SKCanvas canvas, PrintPage page, SKPicture picture)
    {
        float scale = (float)page.Scale;
        canvas.Save();
        var (left, top) = Centred(page);
        canvas.Translate(left, top);
        canvas.Scale(scale);
        canvas.DrawPicture(picture);
        canvas.Restore();
    }

    /// <summary>Where the drawing's top left corner goes for the drawing to sit in the middle of the page.</summary>
    private static (float Left, float Top) Centred(PrintPage page) =>
        ((float)(page.Width - page.Source.Width * page.Scale) / 2, (float)(page.Height - page.Source.Height * page.Scale) / 2);

    private static void Grid(SKCanvas canvas, PrintPage overview, PrintPlan plan)
    {
        var (left, top) = Centred(overview);
        using var line = new SKPaint { Color = GridColor, Style = SKPaintStyle.Stroke, StrokeWidth = 1, IsAntialias = true };
        using var paint = new SKPaint { Color = GridColor, IsAntialias = true };
        using var font = new SKFont(SKTypeface.Default, GridFont);
        foreach (var tile in plan.Tiles)
        {
            // the last row and column reach past the drawing: the grid stops at its edge
            double right = Math.Min(tile.Source.Right, overview.Source.Right);
            double bottom = Math.Min(tile.Source.Bottom, overview.Source.Bottom);
            var box = new SKRect(left + (float)(tile.Source.X * overview.Scale), top + (float)(tile.Source.Y * overview.Scale),
                left + (float)(right * overview.Scale), top + (float)(bottom * overview.Scale));
            canvas.DrawRect(box, line);
            canvas.DrawText(tile.Name, box.MidX, box.MidY + GridFont / 3, SKTextAlign.Center, font, paint);
        }
        string note = $"{plan.Rows} × {plan.Columns} tiles (rows × columns), each overlapping its neighbours by 10 mm";
        Mark(canvas, note, (float)PrintPlan.Margin, (float)PrintPlan.Margin - 10);
    }

    private static void Tile(SKCanvas canvas, PrintPage tile, PrintPlan plan, SKPicture drawing)
    {
        float margin = (float)PrintPlan.Margin, scale = (float)tile.Scale;
        var area = SKRect.Create(margin, margin, (float)(tile.Source.Width * tile.Scale), (float)(tile.Source.Height * tile.Scale));
        canvas.Save();
        canvas.ClipRect(area);
        canvas.Translate(margin, margin);
        canvas.Scale(scale);
        canvas.Translate(-(float)tile.Source.X, -(float)tile.Source.Y);
        canvas.DrawPicture(drawing);
        canvas.Restore();
        Mark(canvas, $"Tile {tile.Name} of {plan.Rows} × {plan.Columns}", margin, margin - 10);
        OverlapMarks(canvas, tile, plan, area);
    }

    /// <summary>Where each neighbour's part begins, as ticks in the margin, and the neighbour's name beside them.</summary>
    private static void OverlapMarks(SKCanvas canvas, PrintPage tile, PrintPlan plan, SKRect area)
    {
        float overlap = (float)PrintPlan.Overlap;
        using var tick = new SKPaint { Color = MarkColor, Style = SKPaintStyle.Stroke, StrokeWidth = 0.7f, IsAntialias = true };
        void Vertical(float x)
        {
            canvas.DrawLine(x, area.Top - 2 - TickLength, x, area.Top - 2, tick);
            canvas.DrawLine(x, area.Bottom + 2, x, area.Bottom + 2 + TickLength, tick);
        }
        void Horizontal(float y)
        {
            canvas.DrawLine(area.Left - 2 - TickLength, y, area.Left - 2, y, tick);
            canvas.DrawLine(area.Right + 2, y, area.Right + 2 + TickLength, y, tick);
        }
        string Name(int row, int column) => $"R{row}C{column}";
        if (tile.Column < plan.Columns)
        {
            Vertical(area.Right - overlap);
            Mark(canvas, $"{Name(tile.Row, tile.Column + 1)} >", area.Right, area.Bottom + 10, SKTextAlign.Right);
        }
        if (tile.Column > 1)
        {
            Vertical(area.Left + overlap);
            Mark(canvas, $"< {Name(tile.Row, tile.Column - 1)}", area.Left, area.Bottom + 10);
        }
        if (tile.Row < plan.Rows)
        {
            Horizontal(area.Bottom - overlap);
            Mark(canvas, $"v {Name(tile.Row + 1, tile.Column)}", area.MidX, area.Bottom + 10, SKTextAlign.Center);
        }
        if (tile.Row > 1)
        {
            Horizontal(area.Top + overlap);
            Mark(canvas, $"^ {Name(tile.Row - 1, tile.Column)}", area.MidX, area.Top - 10, SKTextAlign.Center);
        }
    }

    private static void Mark(SKCanvas canvas, string text, float x, float y, SKTextAlign align = SKTextAlign.Left)
    {
        using var paint = new SKPaint { Color = MarkColor, IsAntialias = true };
        using var font = new SKFont(SKTypeface.Default, MarkFont);
        canvas.DrawText(text, x, y, align, font, paint);
    }
}
