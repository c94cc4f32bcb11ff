namespace NetMapper.Diagrams;

/// <summary>Where each box of a layer stands: pulled towards its neighbours, keeping its order and the gaps.</summary>
internal static partial class LayeredLayout
{
    /// <summary>Rounds of pulling boxes towards their neighbours above, then below, before the final pull towards both.</summary>
    private const int PlacementRounds = 4;
    /// <summary>The x of the first guess: boxes this far apart in layer order, before they are pulled towards their neighbours.</summary>
    private const double FirstGuessSpacing = 100;

    private static void AssignX(List<List<Cell>> layers)
    {
        foreach (var layer in layers) Apply(layer, layer.Select((c, i) => (double)i * FirstGuessSpacing).ToArray());
        for (int round = 0; round < PlacementRounds; round++)
        {
            for (int l = 1; l < layers.Count; l++) Apply(layers[l], Desired(layers[l], c => c.Up));
            for (int l = layers.Count - 2; l >= 0; l--) Apply(layers[l], Desired(layers[l], c => c.Down));
        }
        for (int l = 0; l < layers.Count; l++) Apply(layers[l], Desired(layers[l], c => [.. c.Up, .. c.Down]));
        double min = layers.SelectMany(l => l).Select(c => c.X).DefaultIfEmpty(0).Min();
        foreach (var cell in layers.SelectMany(l => l)) cell.X -= min;
    }

    private static double[] Desired(List<Cell> layer, Func<Cell, List<Cell>> neighbours) =>
        layer.Select(c => neighbours(c) is { Count: > 0 } n ? n.Average(x => x.Center) : c.Center).ToArray();

    private static void Apply(List<Cell> layer, double[] centers)
    {
        var left = OrderedPlacement.Place(centers, layer.Select(c => c.Width).ToArray(), Gap);
        for (int i = 0; i < layer.Count; i++) layer[i].X = Math.Round(left[i], 1);
    }

    private static void AssignY(List<List<Cell>> layers)
    {
        double y = 0;
        foreach (var layer in layers.Where(l => l.Count > 0))
        {
            double height = layer.Select(c => c.Height).Max();
            foreach (var cell in layer) cell.Y = cell.Real ? y + (height - cell.Height) / 2 : y;
            y += height + LayerGap;
        }
    }
}
