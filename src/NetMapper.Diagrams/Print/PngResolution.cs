using System.Buffers.Binary;
using System.IO.Hashing;

namespace NetMapper.Diagrams;

/// <summary>
/// States a PNG's resolution in its pHYs chunk (PNG specification, 11.3.5.3), which Skia's encoder does not write:
/// printed from a viewer that honours it, the drawing comes out at the size its text was drawn for.
/// </summary>
internal static class PngResolution
{
    /// <summary>Eight bytes of signature, then the IHDR chunk: 4 length, 4 type, 13 data, 4 CRC.</summary>
    private const int AfterHeader = 8 + 4 + 4 + 13 + 4;

    public static byte[] Stated(ReadOnlySpan<byte> png, int dpi)
    {
        uint pixelsPerMetre = (uint)Math.Round(dpi / 0.0254);
        Span<byte> chunk = stackalloc byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk[4..]);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[8..], pixelsPerMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk[12..], pixelsPerMetre);
        chunk[16] = 1; // the unit is the metre
        BinaryPrimitives.WriteUInt32BigEndian(chunk[17..], Crc32.HashToUInt32(chunk[4..17]));
        return [.. png[..AfterHeader], .. chunk, .. png[AfterHeader..]];
    }
}
