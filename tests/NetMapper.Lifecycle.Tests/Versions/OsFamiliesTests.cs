using NetMapper.Lifecycle.Versions;

namespace NetMapper.Lifecycle.Tests.Versions;

public class OsFamiliesTests
{
    [Fact]
    public void Knows_the_families_the_catalog_format_names_and_the_generic_one_last()
    {
        string[] expected =
        [
            "ios", "ios-xe", "nx-os", "asa", "junos", "fortios", "pan-os", "aos-cx", "procurve", "eos", "vrp", "routeros",
            "tmos", "gaia", "comware", "generic",
        ];
        Assert.Equal(expected, OsFamilies.Known);
    }

    [Fact]
    public void Gives_each_family_the_scheme_of_that_family() =>
        Assert.All(OsFamilies.Known, family => Assert.Equal(family, OsFamilies.Scheme(family)?.Family));

    [Fact]
    public void Finds_a_scheme_whatever_the_case_of_the_key() => Assert.Equal("ios-xe", OsFamilies.Scheme(" IOS-XE ")?.Family);

    [Fact]
    public void Has_no_scheme_for_a_key_it_does_not_know() => Assert.Null(OsFamilies.Scheme("sonicos"));

    [Theory]
    [InlineData("Cisco", "IOS", "ios")]
    [InlineData("Cisco", "IOS-XE", "ios-xe")]
    [InlineData("Cisco", "IOS XE", "ios-xe")]
    [InlineData("", "Cisco IOS-XE", "ios-xe")]
    [InlineData("Cisco", "NX-OS", "nx-os")]
    [InlineData("Cisco", "ASA", "asa")]
    [InlineData("Juniper", "Junos", "junos")]
    [InlineData("Juniper", "JUNOS", "junos")]
    [InlineData("Juniper", "Junos OS Evolved", "junos")]
    [InlineData("Fortinet", "FortiOS", "fortios")]
    [InlineData("Palo Alto Networks", "PAN-OS", "pan-os")]
    [InlineData("HPE Aruba", "AOS-CX", "aos-cx")]
    [InlineData("HPE Aruba", "ArubaOS-CX", "aos-cx")]
    [InlineData("HPE Aruba", "ArubaOS-Switch", "procurve")]
    [InlineData("HP", "ProCurve", "procurve")]
    [InlineData("HP", "HP ProCurve", "procurve")]
    [InlineData("Arista", "EOS", "eos")]
    [InlineData("", "Arista EOS", "eos")]
    [InlineData("Huawei", "VRP", "vrp")]
    [InlineData("MikroTik", "RouterOS", "routeros")]
    [InlineData("F5", "TMOS", "tmos")]
    [InlineData("F5", "BIG-IP", "tmos")]
    [InlineData("Check Point", "Gaia", "gaia")]
    [InlineData("HPE", "Comware", "comware")]
    [InlineData("H3C", "H3C Comware", "comware")]
    public void Maps_what_discovery_stores_to_a_family(string vendor, string osName, string family) =>
        Assert.Equal(family, OsFamilies.FamilyOf(vendor, osName));

    [Theory]
    [InlineData("HPE Aruba", "ArubaOS")]
    [InlineData("net-snmp", "Linux")]
    [InlineData("Cisco", "IOS XR")]
    [InlineData("Cisco", "FTD")]
    [InlineData("Cisco", "")]
    [InlineData("Extreme Networks", "EOS")]
    [InlineData("Fortinet", "FortiSwitchOS")]
    [InlineData("", "")]
    public void Maps_an_os_no_family_covers_to_none(string vendor, string osName) =>
        Assert.Null(OsFamilies.FamilyOf(vendor, osName));
}
