namespace NetMapper.Diagrams;

/// <summary>
/// How wide text is drawn, in the font the drawings name first (Noto Sans CJK TC, Debian's fonts-noto-cjk): the advance
/// of each printable ASCII character, measured once with SkiaSharp and kept here, so layout does not depend on the fonts
/// of the machine (the same scan gives the same drawing); every other character is one em, as that font draws CJK and
/// its punctuation ("·", "…", "×").
/// </summary>
public static class TextWidth
{
    /// <summary>Advances of ' ' to '~' in thousandths of an em.</summary>
    private static readonly short[] Regular =
    [
        224, 323, 474, 555, 555, 921, 680, 278, 338, 338, 467, 555, 278, 347, 278, 392, 555, 555, 555, 555, 555, 555, 555, 555,
        555, 555, 278, 278, 555, 555, 555, 474, 946, 608, 657, 638, 688, 589, 552, 689, 728, 293, 535, 646, 543, 812, 723, 742,
        633, 742, 635, 596, 599, 721, 575, 878, 573, 531, 603, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620, 554, 325, 564,
        607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 468, 377, 607, 521, 802, 498, 521, 475, 338, 270, 338, 555,
    ];

    private static readonly short[] Bold =
    [
        227, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 387, 590, 590, 590, 590, 590, 590, 590, 590,
        590, 590, 325, 325, 590, 590, 590, 514, 1007, 641, 681, 656, 714, 615, 585, 717, 757, 330, 568, 686, 578, 853, 749, 770,
        667, 770, 682, 624, 625, 748, 619, 915, 627, 580, 613, 378, 387, 378, 590, 567, 626, 591, 644, 527, 644, 581, 372, 597,
        640, 304, 306, 604, 315, 964, 641, 626, 644, 644, 436, 495, 421, 637, 576, 863, 562, 574, 511, 378, 296, 378, 590,
    ];

    /// <summary>How far above and below its baseline the ink of a line of text reaches, in ems (capitals and CJK above,
    /// descenders below).</summary>
    public const double AscentEm = 0.88, DescentEm = 0.3;

    public static double Of(string text, double fontSize, bool bold = false)
    {
        var advances = bold ? Bold : Regular;
        double thousandths = 0;
        foreach (char c in text) thousandths += c is >= ' ' and <= '~' ? advances[c - ' '] : 1000;
        return thousandths / 1000 * fontSize;
    }
}
