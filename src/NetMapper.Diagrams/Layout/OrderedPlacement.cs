namespace NetMapper.Diagrams;

/// <summary>
/// Places boxes of a row at x positions as close as possible (least squares) to where they want to be, keeping their
/// order and a gap between them: isotonic regression by pooling adjacent violators, after subtracting each box's
/// minimum offset from the first.
/// </summary>
internal static class OrderedPlacement
{
    /// <returns>The left x of each box.</returns>
    public static double[] Place(IReadOnlyList<double> desiredCenters, IReadOnlyList<double> widths, double gap)
    {
        int n = desiredCenters.Count;
        var offset = new double[n];
        for (int i = 1; i < n; i++) offset[i] = offset[i - 1] + widths[i - 1] + gap;
        // want left_i = center_i - w_i/2; with left_i = y_i + offset_i, y must be non-decreasing
        var blockValue = new double[n];
        var blockWeight = new int[n];
        var blockEnd = new int[n];
        int blocks = 0;
        for (int i = 0; i < n; i++)
        {
            blockValue[blocks] = desiredCenters[i] - widths[i] / 2 - offset[i];
            blockWeight[blocks] = 1;
            blockEnd[blocks] = i;
            blocks++;
            while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1])
            {
                int before = blocks - 2, last = blocks - 1;
                int w = blockWeight[before] + blockWeight[last];
                double weightedSum = blockValue[before] * blockWeight[before] + blockValue[last] * blockWeight[last];
                blockValue[before] = weightedSum / w;
                blockWeight[before] = w;
                blockEnd[before] = blockEnd[last];
                blocks--;
            }
        }
        var left = new double[n];
        for (int b = 0, i = 0; b < blocks; b++)
            for (; i <= blockEnd[b]; i++) left[i] = blockValue[b] + offset[i];
        return left;
    }
}
