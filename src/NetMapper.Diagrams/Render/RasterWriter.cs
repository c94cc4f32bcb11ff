using System.Globalization;
using System.Xml.Linq;
using SkiaSharp;
using Svg.Skia;

namespace NetMapper.Diagrams;

/// <summary>
/// PNG and PDF from the SVG through Svg.Skia, each at a scale where the text is readable on paper
/// (<see cref="PrintScale"/>): the PDF stays vectors, on the pages <see cref="PagePlanner"/> chooses.
/// </summary>
public static class RasterWriter
{
    /// <summary>A PNG at the stated resolution, drawn so that printed at it the text meets the minimum sizes.</summary>
    public static void WritePng(string svg, string path, int dpi)
    {
        using var picture = Load(svg, path);
        var bounds = picture.Picture!.CullRect;
        float scale = (float)(PrintScale.Minimum(XElement.Parse(svg)) * dpi / 72);
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
        file.Write(PngResolution.Stated(data.AsSpan(), dpi));
    }

    /// <summary>Every page of a view in one PDF, each drawing on its own pages (one, or an overview and tiles).</summary>
    public static void WritePdf(IReadOnlyList<string> svgPages, string path, string title, PaperSize paper)
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
            var plan = Plan(svg, paper);
            using var picture = Load(svg, path);
            using var withoutText = Load(WithoutText(svg), path);
            foreach (var page in plan.Pages)
            {
                var canvas = document.BeginPage((float)page.Width, (float)page.Height);
                PdfPages.Draw(canvas, page, plan, picture.Picture!, withoutText.Picture!);
                document.EndPage();
            }
        }
        document.Close();
    }

    /// <summary>The pages one drawing prints on: sized by its width and height and the scale its text needs.</summary>
    public static PrintPlan Plan(string svg, PaperSize paper)
    {
        var root = XElement.Parse(svg);
        double width = double.Parse((string)root.Attribute("width")!, CultureInfo.InvariantCulture);
        double height = double.Parse((string)root.Attribute("height")!, CultureInfo.InvariantCulture);
        return PagePlanner.Plan(width, height, PrintScale.Minimum(root), paper);
    }

    /// <summary>The drawing with its text taken out: for the overview, where the text could not be read.</summary>
    private static string WithoutText(string svg)
    {
        var root = XElement.Parse(svg);
        root.Descendants(SvgShapes.Ns + "text").Remove();
        return root.ToString(SaveOptions.DisableFormatting);
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
