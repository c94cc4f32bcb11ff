namespace NetMapper.Diagrams;

/// <summary>
/// How wide text is drawn, estimated without a font: CJK characters are one em, others about 0.6 em. Layout needs it
/// before any renderer runs, and must not depend on the fonts of the machine (the same scan gives the same drawing).
/// </summary>
public static class TextWidth
{
    /// <summary>Widths in ems: CJK (and every script from U+2E80 on), m and w, capitals and digits, everything else.</summary>
    private const double CjkEm = 1.0, WideEm = 0.85, CapitalEm = 0.64, NarrowEm = 0.56;
    /// <summary>How much wider bold text is.</summary>
    private const double BoldStretch = 1.06;

    public static double Of(string text, double fontSize, bool bold = false)
    {
        double em = 0;
        foreach (char c in text) em += Ems(c);
        return em * fontSize * (bold ? BoldStretch : 1.0);
    }

    private static double Ems(char c) => c switch
    {
        >= '\u2E80' => CjkEm,
        'm' or 'w' or 'M' or 'W' => WideEm,
        _ when char.IsUpper(c) || char.IsDigit(c) => CapitalEm,
        _ => NarrowEm,
    };
}
