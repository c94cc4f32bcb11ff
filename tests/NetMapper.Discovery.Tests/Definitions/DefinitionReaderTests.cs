using NetMapper.Discovery.Collectors;
using NetMapper.Discovery.Definitions;
using NetMapper.Topology;

namespace NetMapper.Discovery.Tests.Definitions;

/// <summary>The definitions format: what a file says, and every mistake named with file, line and field.</summary>
public class DefinitionReaderTests
{
    private const string Header = "format: netmapper-definitions/1\ndefinitions:\n";

    [Fact]
    public void Every_Built_In_File_Loads_And_Ids_Are_Unique()
    {
        var all = DeviceDefinitions.BuiltIn().All;
        Assert.True(all.Count >= 10, $"{all.Count} built-in definitions");
        Assert.Equal(all.Count, all.Select(d => d.Id).Distinct().Count());
        Assert.All(all, d => Assert.StartsWith("built-in ", d.Origin, StringComparison.Ordinal));
    }

    [Fact]
    public void A_Definition_Reads_Its_Facts_In_Order_Of_Precedence()
    {
        var definition = Parse("""
              - id: lab
                vendor: Lab
                os: LabOS
                role: router
                match: { sysObjectId: [1.3.6.1.4.1.99999] }
                version:
                  - get: 1.3.6.1.4.1.99999.1.0
                  - sysDescr: 'LabOS (?<v>\S+)'
                model:
                  - sysDescr: '^(?<m>LB)-(?<n>\d+)'
                    format: '{m}{n}'
                serial:
                  - entity: serial
                    class: stack
                    unless: '^0+$'
                  - value: none given
                roles:
                  - model: '^LB9'
                    role: firewall
            """).Single();
        var facts = Facts("LB-900 LabOS 2.1.0", new DeviceComponent(1, "stack", "Stack") { Serial = "0000" });

        var identity = DeviceIdentifier.Identify(definition, facts);

        Assert.Equal(("2.1.0", "LB900", "none given", DeviceRole.Firewall),
            (identity.OsVersion, identity.Model, identity.Serial, identity.Role));
    }

    [Theory]
    [InlineData("  - id: a\n    match: { sysObjectId: [1.3.6.1.4.1.9] }\n    colour: red\n",
        "lab.yaml:5: definitions[0].colour: unknown key")]
    [InlineData("  - id: a\n    vendor: X\n", "lab.yaml:3: definitions[0].match: is required")]
    [InlineData("  - id: a\n    match: { sysObjectId: [enterprises.9] }\n",
        "definitions[0].match.sysObjectId: 'enterprises.9' is not a numeric OID")]
    [InlineData("  - id: a\n    match: { sysDescr: '(' }\n", "definitions[0].match.sysDescr: '(' is not a regular expression")]
    [InlineData("  - id: a\n    role: gateway\n    match: { sysDescr: x }\n", "definitions[0].role: 'gateway' is not a role; roles: ")]
    [InlineData("  - id: a\n    match: { sysDescr: x }\n    model:\n      - get: 1.3.6.1.4.1.9.1.0\n        walk: 1.3.6\n",
        "definitions[0].model[0]: give exactly one of sysDescr, get, walk, entity, value, objectId")]
    [InlineData("  - id: a\n    match: { sysDescr: x }\n    serial:\n      - entity: serialnumber\n",
        "definitions[0].serial[0].entity: 'serialnumber' is not an entity field; fields: model, serial")]
    [InlineData("  - id: a\n    match: { sysDescr: x }\n    version:\n      - sysDescr: x\n        append: { get: patch }\n",
        "definitions[0].version[0].append.get: 'patch' is not a numeric OID")]
    [InlineData("  - id: a\n    match: { sysDescr: x }\n    version:\n      - sysDescr: x\n        append: [1]\n",
        "definitions[0].version[0].append: must be a mapping of sysDescr, get, walk")]
    [InlineData("  - id: a\n    match: { sysDescr: x }\n  - id: a\n    match: { sysDescr: y }\n",
        "definitions[1].id: 'a' is used by an earlier definition of this file")]
    public void Mistakes_Are_Named_With_File_Line_And_Field(string body, string expected)
    {
        var e = Assert.Throws<DefinitionException>(() => DefinitionReader.Parse(Header + body, "lab.yaml"));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.StartsWith("lab.yaml:", e.Message, StringComparison.Ordinal);
        Assert.Equal(DefinitionFailure.InvalidDefinitions, e.Failure);
    }

    [Fact]
    public void A_File_With_The_Wrong_Format_Or_None_Is_Refused()
    {
        var e = Assert.Throws<DefinitionException>(() => DefinitionReader.Parse("format: other/2\ndefinitions: []\n", "x.yaml"));
        Assert.Contains("format: 'other/2' is not 'netmapper-definitions/1'", e.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<DefinitionException>(() => DefinitionReader.Load("/nonexistent/defs.yaml"));
        Assert.Equal("definitions '/nonexistent/defs.yaml' cannot be read: no such file", missing.Message);
    }

    internal static IReadOnlyList<DeviceDefinition> Parse(string body) => DefinitionReader.Parse(Header + body, "test.yaml");

    internal static IdentityFacts Facts(string descr, params DeviceComponent[] components) =>
        new(System("1.3.6.1.4.1.99999.1", descr), components, new Dictionary<NetMapper.Snmp.Oid, NetMapper.Snmp.SnmpValue>());

    internal static SystemInfo System(string objectId, string descr) => new(descr, objectId, 0, "", "", "", 0);
}
