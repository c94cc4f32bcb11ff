using NetMapper.Lifecycle.Catalog;
using NetMapper.Lifecycle.Matching;
using NetMapper.Lifecycle.Plan;

namespace NetMapper.Discovery.Tests;

public class CorpusLifecycleProbe
{
    [Fact]
    public async Task Probe()
    {
        var assessor = new LifecycleAssessor(LifecycleCatalog.BuiltIn());
        var policy = new LifecyclePolicy(new DateOnly(2026, 12, 1));
        var lines = new List<string>();
        foreach (var folder in new[] { RepoPaths.CorpusSnmprec, Path.Combine(RepoPaths.Corpus, "vendors", "snmprec") })
            foreach (var name in Directory.GetFiles(folder, "*.snmprec").Select(Path.GetFileNameWithoutExtension).Where(n => !n!.Contains('@')).Order())
            {
                var snap = await CorpusPollTests.PollAsync(folder, name!);
                foreach (var r in assessor.Assess(snap.Device, policy))
                    lines.Add($"{name}|{r.Component}|{r.ComponentName}|{r.Product}|{r.Device.OsName}|{r.Version}|{r.Device.SysObjectId}|{r.Status}|{r.Reason}|{r.Match?.Entry.Id}|{r.Match?.Rule}|{r.UnsupportedOn}");
            }
        File.WriteAllLines("/tmp/corpus-lifecycle.txt", lines);
    }
}
