using System.Text.RegularExpressions;

namespace NetMapper.Report.Tests;

/// <summary>The page's own words: every key its scripts ask for exists, in both languages, and each is translated.</summary>
public sealed partial class ReportTextTests
{
    /// <summary>NM.L('key'), NM.label(tag, 'key'), NM.format('key', …) and the keys a script picks between ('a' : 'b').</summary>
    [GeneratedRegex(@"NM\.(?:L|format)\('([^']+)'|NM\.label\([^,]+,\s*'([^']+)'|\?\s*'([a-z]+\.[a-z]+)'\s*:\s*'([a-z]+\.[a-z]+)'")]
    private static partial Regex KeyUse();

    private static IEnumerable<string> KeysTheScriptsUse()
    {
        var scripts = ReportAssets.Scripts.Select(ReportAssets.Script);
        var keys = scripts.SelectMany(s => KeyUse().Matches(s)).SelectMany(m => m.Groups.Values.Skip(1)).Where(g => g.Success)
            .Select(g => g.Value).Where(k => !k.EndsWith('.'));
        // 'change.' + row.m: a change is added, changed or removed
        return keys.Concat(Enum.GetNames<RowChange>().Select(c => "change." + c.ToLowerInvariant())).Distinct(StringComparer.Ordinal);
    }

    [Fact]
    public void Every_Key_The_Scripts_Use_Has_Words_In_Both_Languages()
    {
        var used = KeysTheScriptsUse().ToArray();
        Assert.Contains("page.rows", used);
        Assert.Contains("panel.identity", used);
        foreach (var language in ReportText.Languages)
        {
            var labels = new ReportText(language).Labels;
            Assert.All(used, key => Assert.True(labels.ContainsKey(key), $"no {language} words for '{key}'"));
            Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l.Value), $"'{l.Key}' is empty in {language}"));
        }
    }

    [Fact]
    public void Every_Label_Is_Translated_And_Keeps_Its_Placeholders()
    {
        var (en, zh) = (new ReportText("en").Labels, new ReportText("zh-TW").Labels);
        Assert.Equal(en.Keys.Order(StringComparer.Ordinal), zh.Keys.Order(StringComparer.Ordinal));
        foreach (var key in ReportText.Keys)
        {
            Assert.NotEqual(en[key], zh[key]);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", zh[key]);
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", en[key]);
            var placeholders = Regex.Matches(en[key], @"\{\w+\}").Select(m => m.Value).Order(StringComparer.Ordinal);
            Assert.Equal(placeholders, Regex.Matches(zh[key], @"\{\w+\}").Select(m => m.Value).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void A_Language_Other_Than_ZhTw_Or_En_Is_Refused() =>
        Assert.Throws<ArgumentException>(() => new ReportText("fr"));
}
