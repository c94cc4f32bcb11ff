namespace NetMapper.Diagrams;

/// <summary>Edge crossings between two adjacent layers, by counting inversions with a Fenwick tree (Barth, Jünger,
/// Mutzel 2002): O(E log V) rather than comparing every pair.</summary>
internal static class CrossingCount
{
    /// <param name="edges">(position in the upper layer, position in the lower layer) of each edge.</param>
    public static long Between(List<(int Upper, int Lower)> edges, int lowerCount)
    {
        if (edges.Count < 2) return 0;
        edges.Sort();
        var tree = new int[lowerCount + 1];
        long crossings = 0;
        int seen = 0;
        foreach (var (_, lower) in edges)
        {
            // edges already seen that end right of this one cross it
            int atOrLeft = 0;
            for (int i = lower + 1; i > 0; i -= i & -i) atOrLeft += tree[i];
            crossings += seen - atOrLeft;
            for (int i = lower + 1; i <= lowerCount; i += i & -i) tree[i]++;
            seen++;
        }
        return crossings;
    }
}
