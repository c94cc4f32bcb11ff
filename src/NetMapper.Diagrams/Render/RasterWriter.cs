using SkiaSharp;
using Svg.Skia;

namespace NetMapper.Diagrams;

/// <summary>PNG and PDF from the SVG through Svg.Skia: the PDF stays vectors, each page scaled onto A3 landscape.</summary>
public static class RasterWriter
{
    /// <summary>A3 landscape in PDF points (1/72 inch).</summary>
    public const float A3Width = 1190.55f, A3Height = 841.89f;
    /// <summary>Room left around a drawing on its PDF page: half on each side.</summary>
    private const float PageMargins = 40;

    public static void WritePng(string svg, string path, float scale = 1.5f)
    {
        using var picture = Load(svg, path);
        var bounds = picture.Picture!.CullRect;
        var info = new SKImageInfo((int)Math.Ceiling(bounds.Width * scale), (int)Math.Ceiling(bounds.Height * scale));
        string pixels = $"{info.Width}×{info.Height} px";
        using var surface = SKSurface.Create(info)
            ?? throw new DiagramException(DiagramFailure.RenderFailed, $"{path}: the picture is too large to rasterise ({pixels})");
        surface.Canvas.Clear(SKColors.White);
        surface.Canvas.Scale(scale);
        surface.Canvas.DrawPicture(picture.Picture);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }

    public static void WritePdf(IReadOnlyList<string> svgPages, string path, string title)
    {
        using var file = File.Create(path);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = title,
            Creator = "NetMapper",
            Producer = "NetMapper (Svg.Skia, SkiaSharp)",
            RasterDpi = 300,
        };
        using var document = SKDocument.CreatePdf(file, metadata);
        foreach (var svg in svgPages)
        {
            using var picture = Load(svg, path);
            var bounds = picture.Picture!.CullRect;
            float scale = Math.Min((A3Width - PageMargins) / bounds.Width, (A3Height - PageMargins) / bounds.Height);
            var canvas = document.BeginPage(A3Width, A3Height);
            canvas.Translate((A3Width - bounds.Width * scale) / 2, (A3Height - bounds.Height * scale) / 2);
            canvas.Scale(scale);
            canvas.DrawPicture(picture.Picture);
            document.EndPage();
        }
        document.Close();
    }

    /// <summary>Whether this machine has a font with the character (CJK text needs one: Debian's fonts-noto-cjk).</summary>
    public static bool HasFontFor(char character)
    {
        using var typeface = SKFontManager.Default.MatchCharacter(character);
        return typeface is not null;
    }

    private static SKSvg Load(string svg, string path)
    {
        var picture = SKSvg.CreateFromSvg(svg);
        if (picture.Picture is null) throw new DiagramException(DiagramFailure.RenderFailed, $"{path}: the SVG could not be rendered");
        return picture;
    }
}

/// <summary>A diagram that cannot be written, naming the file and why.</summary>
/// <summary>Why a diagram file could not be written.</summary>
public enum DiagramFailure
{
    /// <summary>The output folder or file cannot be written.</summary>
    Unwritable,
    /// <summary>The drawing is too large to rasterise, or the renderer could not read it.</summary>
    RenderFailed,
}

/// <summary>The one exception family of the diagram layer: names the file and what is wrong.</summary>
public sealed class DiagramException(DiagramFailure failure, string message) : Exception(message)
{
    public DiagramFailure Failure { get; } = failure;
}
