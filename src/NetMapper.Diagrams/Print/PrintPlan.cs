namespace NetMapper.Diagrams;

/// <summary>What a printed page shows: the whole drawing, one tile of it, or the overview of the tiles.</summary>
public enum PrintPageKind { Whole, Overview, Tile }

/// <summary>
/// One PDF page: its size in points, the part of the drawing it shows (in SVG units) and at what scale (points per
/// SVG unit), placed at the page's margin. A tile names its row and column, counted from 1.
/// </summary>
public sealed record PrintPage(PrintPageKind Kind, double Width, double Height, Box Source, double Scale)
{
    public int Row { get; init; }
    public int Column { get; init; }
    /// <summary>A tile's name as printed on it and on the overview: "R2C3".</summary>
    public string Name => Kind == PrintPageKind.Tile ? $"R{Row}C{Column}" : "";
}

/// <summary>The pages a drawing prints on; tiles come after their overview, row by row.</summary>
public sealed record PrintPlan(IReadOnlyList<PrintPage> Pages, int Rows, int Columns)
{
    /// <summary>White paper around the drawing on every side: room for the tile names and the overlap marks.</summary>
    public const double Margin = 28;
    /// <summary>How much of the drawing two neighbouring tiles both show (10 mm), so they can be taped together.</summary>
    public const double Overlap = 28.35;
    /// <summary>The largest page side a PDF reader must accept (ISO 32000: 14,400 units, about 5 m).</summary>
    public const double LargestPageSide = 14400;

    public IEnumerable<PrintPage> Tiles => Pages.Where(p => p.Kind == PrintPageKind.Tile);
}
