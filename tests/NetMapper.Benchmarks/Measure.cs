using System.Diagnostics;

namespace NetMapper.Benchmarks;

/// <summary>Median of a few timed runs: enough to compare tools on one machine without a statistics package.</summary>
internal static class Measure
{
    public const int Runs = 5;

    public static async Task<(TimeSpan Median, T Last)> MedianAsync<T>(Func<Task<T>> run, int runs = Runs)
    {
        var times = new List<TimeSpan>();
        T last = default!;
        for (int i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            last = await run();
            times.Add(watch.Elapsed);
        }
        times.Sort();
        return (times[times.Count / 2], last);
    }

    public static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0.0} ms";
    public static string Ratio(double value) => $"{value:0.00}x";
}
