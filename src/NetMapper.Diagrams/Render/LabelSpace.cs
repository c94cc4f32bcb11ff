namespace NetMapper.Diagrams;

/// <summary>What a page already shows where a label might go: boxes, titles and the labels placed so far, in a grid
/// of cells so that a look-up reads only what lies near.</summary>
internal sealed class LabelSpace
{
    private const double Cell = 48;
    private readonly Dictionary<(int, int), List<Box>> _cells = [];
    private readonly HashSet<Box> _boxes = [];

    /// <summary>A box drawn on the page (a device, a bus), as against a label.</summary>
    public void AddBox(Box box)
    {
        _boxes.Add(box);
        Add(box);
    }

    public void Add(Box box)
    {
        foreach (var cell in CellsOf(box))
        {
            if (!_cells.TryGetValue(cell, out var list)) _cells[cell] = list = [];
            list.Add(box);
        }
    }

    /// <summary>How many things the box would lie over, each box counting <paramref name="boxWeight"/> times.</summary>
    public int Collisions(Box box, int boxWeight = 1)
    {
        var seen = new HashSet<Box>();
        foreach (var cell in CellsOf(box))
            if (_cells.TryGetValue(cell, out var list))
                foreach (var other in list)
                    if (other.Overlaps(box)) seen.Add(other);
        return seen.Sum(b => _boxes.Contains(b) ? boxWeight : 1);
    }

    private static IEnumerable<(int, int)> CellsOf(Box box)
    {
        int x0 = (int)Math.Floor(box.X / Cell), x1 = (int)Math.Floor(box.Right / Cell);
        int y0 = (int)Math.Floor(box.Y / Cell), y1 = (int)Math.Floor(box.Bottom / Cell);
        for (int x = x0; x <= x1; x++)
            for (int y = y0; y <= y1; y++) yield return (x, y);
    }
}
