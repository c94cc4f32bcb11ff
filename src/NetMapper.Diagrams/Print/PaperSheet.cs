namespace NetMapper.Diagrams;

/// <summary>Sizes of ISO 216 paper in PDF points (1/72 inch), portrait.</summary>
public static class PaperSheet
{
    /// <summary>A sheet's short and long sides: A0 is 841 × 1189 mm, each next size half of it.</summary>
    public static (double Short, double Long) Of(PaperSize paper) => paper switch
    {
        PaperSize.A0 => (2383.94, 3370.39),
        PaperSize.A1 => (1683.78, 2383.94),
        PaperSize.A2 => (1190.55, 1683.78),
        PaperSize.A3 => (841.89, 1190.55),
        PaperSize.A4 => (595.28, 841.89),
        _ => throw new ArgumentOutOfRangeException(nameof(paper), paper, "a fitted page has no fixed size"),
    };

    public static double Millimetres(double points) => points / 72 * 25.4;
}
