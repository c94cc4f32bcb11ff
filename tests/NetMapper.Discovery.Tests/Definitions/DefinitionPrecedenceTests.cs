using NetMapper.Discovery.Collectors;
using NetMapper.Discovery.Definitions;

namespace NetMapper.Discovery.Tests.Definitions;

/// <summary>Which definition identifies a device when several match, and how user files layer over the built-in ones.</summary>
public class DefinitionPrecedenceTests
{
    private static readonly IReadOnlyList<DeviceDefinition> Lab = DefinitionReaderTests.Parse("""
          - id: enterprise
            match: { sysObjectId: [1.3.6.1.4.1.99999] }
          - id: product-line
            match: { sysObjectId: [1.3.6.1.4.1.99999.1] }
          - id: product-line-os
            match: { sysObjectId: [1.3.6.1.4.1.99999.1], sysDescr: 'LabOS' }
          - id: by-descr-only
            match: { sysDescr: 'Lab' }
        """);

    [Theory]
    [InlineData("1.3.6.1.4.1.99999.1.7", "LabOS 1", "product-line-os")]
    [InlineData("1.3.6.1.4.1.99999.1.7", "Other 1", "product-line")]
    [InlineData("1.3.6.1.4.1.99999.2", "LabOS 1", "enterprise")]
    [InlineData("1.3.6.1.4.1.99999", "x", "enterprise")]
    [InlineData("1.3.6.1.4.1.999991", "Lab box", "by-descr-only")]
    [InlineData("1.3.6.1.4.1.8", "nothing", "generic")]
    public void The_Longest_Prefix_Then_A_Descr_Rule_Wins(string objectId, string descr, string expected)
    {
        var definitions = DeviceDefinitions.Layered([Lab]);
        Assert.Equal(expected, definitions.For(DefinitionReaderTests.System(objectId, descr)).Id);
    }

    [Fact]
    public void A_User_Definition_Replaces_The_Built_In_One_With_Its_Id()
    {
        var user = DefinitionReaderTests.Parse("""
              - id: juniper-junos
                vendor: Juniper (site)
                match: { sysObjectId: [1.3.6.1.4.1.2636] }
            """);
        var definitions = DeviceDefinitions.Layered([DeviceDefinitions.BuiltIn().All, user]);

        Assert.Equal("Juniper (site)", definitions.For(Junos).Vendor);
        Assert.Equal(DeviceDefinitions.BuiltIn().All.Count, definitions.All.Count);
    }

    [Fact]
    public void A_User_Definition_Of_Equal_Strength_Wins_Over_A_Built_In_One()
    {
        var user = DefinitionReaderTests.Parse("""
              - id: site-junos
                match: { sysObjectId: [1.3.6.1.4.1.2636] }
            """);
        Assert.Equal("juniper-junos", DeviceDefinitions.BuiltIn().For(Junos).Id);
        Assert.Equal("site-junos", DeviceDefinitions.Layered([DeviceDefinitions.BuiltIn().All, user]).For(Junos).Id);
    }

    private static readonly SystemInfo Junos = DefinitionReaderTests.System("1.3.6.1.4.1.2636.1.1.1.2.82", "Juniper Networks, Inc. srx");
}
