namespace NetMapper.Diagrams;

/// <summary>
/// How wide text is drawn, estimated without a font: CJK characters are one em, others about 0.6 em. Layout needs it
/// before any renderer runs, and must not depend on the fonts of the machine (the same scan gives the same drawing).
/// </summary>
public static class TextWidth
{
    public static double Of(string text, double fontSize, bool bold = false)
    {
        double em = 0;
        foreach (char c in text) em += c >= '\u2E80' ? 1.0 : c is 'm' or 'w' or 'M' or 'W' ? 0.85 : char.IsUpper(c) || char.IsDigit(c) ? 0.64 : 0.56;
        return em * fontSize * (bold ? 1.06 : 1.0);
    }
}
