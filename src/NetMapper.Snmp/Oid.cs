using System.Text;

namespace NetMapper.Snmp;

/// <summary>
/// An SNMP object identifier. Immutable; caches its dotted text and its BER encoding because the
/// agent and the walker compare and re-encode the same OIDs many times.
/// </summary>
public sealed class Oid : IEquatable<Oid>, IComparable<Oid>
{
    /// <summary>RFC 2578: at most 128 sub-identifiers.</summary>
    public const int MaxArcs = 128;

    private readonly uint[] _arcs;
    private string? _text;
    private byte[]? _berTlv;
    private int _hash;

    private Oid(uint[] arcs) => _arcs = arcs;

    public ReadOnlySpan<uint> Arcs => _arcs;
    public int Length => _arcs.Length;
    public uint this[int index] => _arcs[index];

    public static Oid FromArcs(ReadOnlySpan<uint> arcs)
    {
        if (arcs.Length > MaxArcs)
            throw new FormatException($"an OID has at most {MaxArcs} sub-identifiers, this one has {arcs.Length}");
        return new Oid(arcs.ToArray());
    }

    /// <summary>Parses "1.3.6.1.2.1" or ".1.3.6.1.2.1": the first arc 0, 1 or 2, as BER requires. A lone arc
    /// (".1", a walk root) is allowed and travels as "1.0", as net-snmp sends it.</summary>
    public static Oid Parse(string text)
    {
        if (!TryParse(text, out var oid, out var problem))
            throw new FormatException($"'{text}' is not a numeric OID: {problem}");
        return oid;
    }

    public static bool TryParse(string? text, out Oid oid, out string problem)
    {
        oid = null!;
        if (string.IsNullOrWhiteSpace(text)) { problem = "it is empty"; return false; }
        var span = text.AsSpan().Trim();
        if (span[0] == '.') span = span[1..];
        var arcs = new List<uint>(16);
        foreach (var range in span.Split('.'))
        {
            var part = span[range];
            if (part.IsEmpty) { problem = "it has an empty sub-identifier"; return false; }
            if (!uint.TryParse(part, System.Globalization.NumberStyles.None, null, out var arc))
            { problem = $"'{part}' is not a number from 0 to {uint.MaxValue}"; return false; }
            arcs.Add(arc);
        }
        if (arcs.Count < 1) { problem = "it needs at least one sub-identifier"; return false; }
        if (arcs.Count > MaxArcs) { problem = $"it has more than {MaxArcs} sub-identifiers"; return false; }
        if (arcs[0] > 2) { problem = "the first sub-identifier must be 0, 1 or 2"; return false; }
        if (arcs.Count > 1 && arcs[0] < 2 && arcs[1] >= 40)
        { problem = "under 0 or 1 the second sub-identifier must be below 40"; return false; }
        oid = new Oid(arcs.ToArray());
        problem = "";
        return true;
    }

    public bool StartsWith(Oid prefix) =>
        prefix._arcs.Length <= _arcs.Length && _arcs.AsSpan(0, prefix._arcs.Length).SequenceEqual(prefix._arcs);

    /// <summary>A child OID: this OID followed by the given arcs.</summary>
    public Oid Append(params ReadOnlySpan<uint> arcs)
    {
        var all = new uint[_arcs.Length + arcs.Length];
        _arcs.CopyTo(all, 0);
        arcs.CopyTo(all.AsSpan(_arcs.Length));
        return FromArcs(all);
    }

    /// <summary>The arcs after <paramref name="prefix"/>: a table row's index.</summary>
    public ReadOnlySpan<uint> IndexAfter(Oid prefix) =>
        StartsWith(prefix) ? _arcs.AsSpan(prefix._arcs.Length) : throw new ArgumentException($"{this} is not under {prefix}");

    public int CompareTo(Oid? other)
    {
        if (other is null) return 1;
        return _arcs.AsSpan().SequenceCompareTo(other._arcs);
    }

    public bool Equals(Oid? other) => other is not null && (ReferenceEquals(this, other) || _arcs.AsSpan().SequenceEqual(other._arcs));
    public override bool Equals(object? obj) => obj is Oid other && Equals(other);

    public override int GetHashCode()
    {
        if (_hash != 0) return _hash;
        var hash = new HashCode();
        foreach (var arc in _arcs) hash.Add(arc);
        return _hash = hash.ToHashCode() | 1;
    }

    public static bool operator ==(Oid? left, Oid? right) => left is null ? right is null : left.Equals(right);
    public static bool operator !=(Oid? left, Oid? right) => !(left == right);
    public static bool operator <(Oid left, Oid right) => left.CompareTo(right) < 0;
    public static bool operator >(Oid left, Oid right) => left.CompareTo(right) > 0;
    public static bool operator <=(Oid left, Oid right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Oid left, Oid right) => left.CompareTo(right) >= 0;

    /// <summary>Dotted text without a leading dot.</summary>
    public override string ToString() => _text ??= Dotted(leadingDot: false);

    /// <summary>Dotted text with a leading dot, as net-snmp prints with -On.</summary>
    public string ToNumericString() => Dotted(leadingDot: true);

    // Formatted into one buffer: a walk prints tens of thousands of OIDs, and string.Join boxes every arc.
    private string Dotted(bool leadingDot)
    {
        Span<char> text = stackalloc char[MaxArcs * 11 + 1];
        int length = 0;
        for (int i = 0; i < _arcs.Length; i++)
        {
            if (i > 0 || leadingDot) text[length++] = '.';
            _arcs[i].TryFormat(text[length..], out int written, provider: System.Globalization.CultureInfo.InvariantCulture);
            length += written;
        }
        return new string(text[..length]);
    }

    /// <summary>The whole BER TLV (tag 0x06), cached.</summary>
    internal byte[] BerTlv => _berTlv ??= Ber.OidCodec.EncodeTlv(_arcs);

    internal static Oid FromDecodedArcs(uint[] arcs) => new(arcs);

}
