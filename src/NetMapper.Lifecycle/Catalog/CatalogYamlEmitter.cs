using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NetMapper.Lifecycle.Catalog;

/// <summary>
/// The YAML of a catalog file through YamlDotNet's emitter: block mappings, lists on one line, text plain where a
/// YAML reader (1.1 or 1.2) reads it back as the same text, double-quoted otherwise ("17.6", "yes", "WS-*").
/// </summary>
internal sealed partial class CatalogYamlEmitter(TextWriter writer)
{
    private readonly Emitter emitter = new(writer, EmitterSettings.Default.WithBestWidth(int.MaxValue).WithIndentedSequences());

    public void Document(Action body)
    {
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Mapping(body);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
    }

    public void Mapping(Action body)
    {
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        body();
        emitter.Emit(new MappingEnd());
    }

    /// <summary>A key whose value is a block list, each item written by <paramref name="item"/>.</summary>
    public void Items<T>(string key, IReadOnlyList<T> items, Action<T> item)
    {
        if (items.Count == 0) return;
        Plain(key);
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
        foreach (var each in items) item(each);
        emitter.Emit(new SequenceEnd());
    }

    /// <summary>A key whose value is a mapping, left out when <paramref name="present"/> is false.</summary>
    public void Section(string key, bool present, Action body)
    {
        if (!present) return;
        Plain(key);
        Mapping(body);
    }

    public void Text(string key, string value)
    {
        if (value.Length == 0) return;
        Plain(key);
        Scalar(value);
    }

    public void List(string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        Plain(key);
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
        foreach (var value in values) Scalar(value);
        emitter.Emit(new SequenceEnd());
    }

    /// <summary>A date as YYYY-MM-DD, or notAnnounced; absent when the milestone is unknown.</summary>
    public void Date(string key, MilestoneDate? value)
    {
        if (value is not { } date) return;
        Plain(key);
        Plain(date.ToString());
    }

    public void Date(string key, DateOnly? value)
    {
        if (value is { } date) Date(key, MilestoneDate.On(date));
    }

    /// <summary><c>key: true</c>, or nothing.</summary>
    public void Flag(string key, bool value)
    {
        if (!value) return;
        Plain(key);
        Plain("true");
    }

    private void Plain(string text) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, true, true));

    private void Scalar(string text) => emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text,
        IsPlainText(text) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted, true, true));

    /// <summary>Whether a plain scalar reads back as this text: not a number, bool, null or date, no YAML syntax.</summary>
    internal static bool IsPlainText(string text) =>
        text.Length > 0 && text.Trim() == text && !NotText().IsMatch(text) && !Syntax().IsMatch(text)
            && !text.Any(char.IsControl);

    /// <summary>What YAML 1.1 or 1.2 resolves to another type: null, bools, numbers (also 1:20 and 0x1F), dates.</summary>
    [GeneratedRegex(@"^(~|null|y|n|yes|no|true|false|on|off|notannounced|[-+]?(\.\d+|\d[\d_]*(\.[\d_]*)?)(e[-+]?\d+)?"
        + @"|0x[\da-f_]+|0o[0-7]+|0b[01_]+|[-+]?\d[\d_]*(:[0-5]?\d)+(\.[\d_]*)?|[-+]?\.(inf|nan)|\d{4}-\d\d?-\d\d?([ tT].*)?)$",
        RegexOptions.IgnoreCase)]
    private static partial Regex NotText();

    /// <summary>YAML syntax: an indicator first, ": " or " #" inside, a colon last, flow characters anywhere.</summary>
    [GeneratedRegex(@"^[-?:!&*|>'""%@`#]|: | #|:$|[,\[\]{}]")]
    private static partial Regex Syntax();
}
