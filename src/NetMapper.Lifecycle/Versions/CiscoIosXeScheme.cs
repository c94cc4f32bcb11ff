namespace NetMapper.Lifecycle.Versions;

/// <summary>
/// IOS XE: dotted (17.12.4, 16.09.08, 17.3.8a, 03.06.08E; "Everest 16.6.7" from ENTITY-MIB). IOS XE 3 devices report
/// the IOS release they are built on (15.5(3)S1a for 3.16.1aS), so the IOS form is read too.
/// </summary>
internal sealed class CiscoIosXeScheme : IVersionScheme
{
    private readonly DottedScheme dotted = new("ios-xe", LeadingNoise.CodeName());
    private readonly CiscoIosScheme iosForm = new("ios-xe");

    public string Family => "ios-xe";

    public OsVersion? Parse(string text) => dotted.Parse(text) ?? iosForm.Parse(text);
}
