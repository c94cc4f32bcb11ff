namespace NetMapper.Snmp.Agent;

/// <summary>One recorded walk (an snmprec file) held as sorted OIDs with their values, for binary-search GET and GETNEXT.</summary>
public sealed class Recording
{
    private readonly Oid[] _oids;
    private readonly SnmpValue[] _values;

    public Recording(string name, IEnumerable<Varbind> varbinds)
    {
        Name = name;
        var sorted = varbinds.ToArray();
        Array.Sort(sorted, (a, b) => a.Oid.CompareTo(b.Oid));
        _oids = sorted.Select(v => v.Oid).ToArray();
        _values = sorted.Select(v => v.Value).ToArray();
    }

    public string Name { get; }
    public int Count => _oids.Length;
    public IEnumerable<Varbind> Varbinds => _oids.Select((oid, i) => new Varbind(oid, _values[i]));

    public SnmpValue? Get(Oid oid)
    {
        int index = Array.BinarySearch(_oids, oid);
        return index >= 0 ? _values[index] : null;
    }

    /// <summary>The first varbind after <paramref name="oid"/> for which <paramref name="accept"/> holds, or null at the end.</summary>
    public Varbind? Next(Oid oid, Func<SnmpValue, bool>? accept = null)
    {
        int index = Array.BinarySearch(_oids, oid);
        index = index >= 0 ? index + 1 : ~index;
        for (; index < _oids.Length; index++)
            if (accept is null || accept(_values[index])) return new Varbind(_oids[index], _values[index]);
        return null;
    }

    /// <summary>True when some recorded OID lies under <paramref name="prefix"/>: the object exists, the instance may not.</summary>
    public bool HasSubtree(Oid prefix)
    {
        int index = Array.BinarySearch(_oids, prefix);
        index = index >= 0 ? index : ~index;
        return index < _oids.Length && _oids[index].StartsWith(prefix);
    }
}
