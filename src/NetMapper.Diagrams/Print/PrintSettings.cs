namespace NetMapper.Diagrams;

/// <summary>The paper a PDF is printed on: an ISO A size (one page when the drawing fits, else tiles of that size), or
/// <see cref="Fit"/>, one page of the drawing's own size.</summary>
public enum PaperSize { A4, A3, A2, A1, A0, Fit }

/// <summary>How drawings are printed: the PDF's paper, and the PNG's resolution in dots per inch.</summary>
public sealed record PrintSettings
{
    public const int LowestDpi = 72, HighestDpi = 600;

    /// <summary>A3, the largest paper an office printer takes: one page when the drawing fits at a readable size,
    /// tiles with an overview page when it does not.</summary>
    public static readonly PrintSettings Default = new(PaperSize.A3, 150);

    public PrintSettings(PaperSize paper, int dpi)
    {
        if (dpi is < LowestDpi or > HighestDpi)
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, $"a PNG's resolution must be {LowestDpi}–{HighestDpi} dpi");
        (Paper, Dpi) = (paper, dpi);
    }

    public PaperSize Paper { get; }
    public int Dpi { get; }
}
