namespace NetMapper.Snmp;

/// <summary>A community or pass phrase. Prints as "***" so records, logs and exceptions never show it.</summary>
public readonly struct Secret : IEquatable<Secret>
{
    private readonly string? _value;

    public Secret(string value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    public bool IsEmpty => string.IsNullOrEmpty(_value);

    /// <summary>The clear text, for the one place that needs it: key derivation or the community field.</summary>
    public string Reveal() => _value ?? "";

    public override string ToString() => "***";
    public bool Equals(Secret other) => string.Equals(_value, other._value, StringComparison.Ordinal);
    public override bool Equals(object? obj) => obj is Secret other && Equals(other);
    public override int GetHashCode() => (_value ?? "").GetHashCode(StringComparison.Ordinal);
    public static bool operator ==(Secret left, Secret right) => left.Equals(right);
    public static bool operator !=(Secret left, Secret right) => !left.Equals(right);
}
