namespace NetMapper.Snmp.Transport;

/// <summary>
/// The rows of one walk as they arrive, and where the next request starts. An OID not greater than the greatest seen
/// is out of order: it is kept if new (no row is lost) but never moves the walk backwards; the walk goes on from the
/// greatest OID, or from the agent's own next one when a whole answer brought nothing greater (net-snmp carries on the
/// same way). A loop guard ends the walk when the agent hands back the request's own OID or keeps answering with
/// nothing new.
/// </summary>
internal sealed class WalkRows(Oid root, int maxRows)
{
    /// <summary>Answers in a row that brought neither a greater OID nor a new row before the walk counts as looping.</summary>
    private const int FruitlessLimit = 10;

    private readonly Oid _root = root;
    private readonly List<Varbind> _inOrder = [];
    private readonly List<Varbind> _outOfOrder = [];
    private readonly HashSet<Oid> _outOfOrderOids = [];
    private int _fruitless;

    /// <summary>Where the next request starts.</summary>
    public Oid Cursor { get; private set; } = root;
    public Oid Greatest { get; private set; } = root;
    public bool OutOfOrder => _outOfOrderOids.Count > 0;
    public int Count => _inOrder.Count + _outOfOrder.Count;

    /// <summary>Takes one answer's varbinds, adding those it keeps to <paramref name="kept"/> in the order they came; returns
    /// how the walk ends, or null to ask again from <see cref="Cursor"/>.</summary>
    public WalkEnd? Take(IReadOnlyList<Varbind> varbinds, List<Varbind> kept)
    {
        bool advanced = false, anyNew = false;
        var last = Cursor;
        foreach (var vb in varbinds)
        {
            if (vb.Value.Type == SnmpType.EndOfMibView) return WalkEnd.EndOfMibView;
            if (!vb.Oid.StartsWith(_root) || vb.Oid == _root && vb.Value.IsException) return WalkEnd.EndOfSubtree;
            if (vb.Value.IsException) return WalkEnd.EndOfMibView;
            last = vb.Oid;
            if (vb.Oid > Greatest)
            {
                _inOrder.Add(vb);
                kept.Add(vb);
                Greatest = vb.Oid;
                advanced = true;
            }
            else if (IsNew(vb.Oid))
            {
                _outOfOrder.Add(vb);
                _outOfOrderOids.Add(vb.Oid);
                kept.Add(vb);
                anyNew = true;
            }
            else _outOfOrderOids.Add(vb.Oid); // a repeat is out of order too, though it adds nothing
            if (Count >= maxRows) return WalkEnd.RowLimit;
        }
        if (advanced)
        {
            (Cursor, _fruitless) = (Greatest, 0);
            return null;
        }
        _fruitless = anyNew ? 0 : _fruitless + 1;
        if (last == Cursor || _fruitless >= FruitlessLimit) return WalkEnd.NonIncreasingOid;
        Cursor = last;
        return null;
    }

    /// <summary>All rows in OID order.</summary>
    public Varbind[] ToArray()
    {
        if (_outOfOrder.Count == 0) return _inOrder.ToArray();
        var all = _inOrder.Concat(_outOfOrder).ToArray();
        Array.Sort(all, (a, b) => a.Oid.CompareTo(b.Oid));
        return all;
    }

    private bool IsNew(Oid oid) =>
        !_outOfOrderOids.Contains(oid) && _inOrder.BinarySearch(new Varbind(oid, NullValue.Null), ByOid) < 0;

    private static readonly Comparer<Varbind> ByOid = Comparer<Varbind>.Create((a, b) => a.Oid.CompareTo(b.Oid));
}
