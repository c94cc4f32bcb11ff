using System.Globalization;

namespace NetMapper.Diagrams.Tests;

public class ColourDifferenceTests
{
    /// <summary>Table 1 of Sharma, Wu and Dalal (2005): L1 a1 b1, L2 a2 b2, ΔE00. The pairs straddle the formula's
    /// hue-averaging and rotation branches, where implementations usually go wrong.</summary>
    public static readonly TheoryData<string> SharmaPairs = new(
        "50 2.6772 -79.7751 50 0 -82.7485 2.0425", "50 3.1571 -77.2803 50 0 -82.7485 2.8615",
        "50 2.8361 -74.0200 50 0 -82.7485 3.4412", "50 -1.3802 -84.2814 50 0 -82.7485 1.0000",
        "50 -1.1848 -84.8006 50 0 -82.7485 1.0000", "50 -0.9009 -85.5211 50 0 -82.7485 1.0000",
        "50 0 0 50 -1 2 2.3669", "50 -1 2 50 0 0 2.3669",
        "50 2.4900 -0.0010 50 -2.4900 0.0009 7.1792", "50 2.4900 -0.0010 50 -2.4900 0.0010 7.1792",
        "50 2.4900 -0.0010 50 -2.4900 0.0011 7.2195", "50 2.4900 -0.0010 50 -2.4900 0.0012 7.2195",
        "50 -0.0010 2.4900 50 0.0009 -2.4900 4.8045", "50 -0.0010 2.4900 50 0.0010 -2.4900 4.8045",
        "50 -0.0010 2.4900 50 0.0011 -2.4900 4.7461", "50 2.5 0 50 0 -2.5 4.3065",
        "50 2.5 0 73 25 -18 27.1492", "50 2.5 0 61 -5 29 22.8977",
        "50 2.5 0 56 -27 -3 31.9030", "50 2.5 0 58 24 15 19.4535",
        "50 2.5 0 50 3.1736 0.5854 1.0000", "50 2.5 0 50 3.2972 0 1.0000",
        "50 2.5 0 50 1.8634 0.5757 1.0000", "50 2.5 0 50 3.2592 0.3350 1.0000",
        "60.2574 -34.0099 36.2677 60.4626 -34.1751 39.4387 1.2644", "63.0109 -31.0961 -5.8663 62.8187 -29.7946 -4.0864 1.2630",
        "61.2901 3.7196 -5.3901 61.4292 2.2480 -4.9620 1.8731", "35.0831 -44.1164 3.7933 35.0232 -40.0716 1.5901 1.8645",
        "22.7233 20.0904 -46.6940 23.0331 14.9730 -42.5619 2.0373", "36.4612 47.8580 18.3852 36.2715 50.5065 21.2231 1.4146",
        "90.8027 -2.0831 1.4410 91.1528 -1.6435 0.0447 1.4441", "90.9257 -0.5406 -0.9208 88.6381 -0.8985 -0.7239 1.5381",
        "6.7747 -0.2908 -2.4247 5.8714 -0.0985 -2.2286 0.6377", "2.0776 0.0795 -1.1350 0.9033 -0.0636 -0.5514 0.9082");

    [Theory]
    [MemberData(nameof(SharmaPairs))]
    public void Ciede2000_Matches_The_Published_Test_Data_In_Both_Orders(string pair)
    {
        var n = pair.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Lab first = new(n[0], n[1], n[2]), second = new(n[3], n[4], n[5]);

        Assert.Equal(n[6], ColourDifference.Ciede2000(first, second), 4);
        Assert.Equal(n[6], ColourDifference.Ciede2000(second, first), 4);
    }

    [Fact]
    public void Srgb_Converts_To_Lab_As_Published_For_White_Black_And_Pure_Red()
    {
        Assert.Equal(100, Lab.FromHex("#FFFFFF").L, 2);
        Assert.Equal(0, Lab.FromHex("#000000").L, 2);
        var red = Lab.FromHex("#FF0000");
        Assert.Equal((53.24, 80.09, 67.20), (Math.Round(red.L, 2), Math.Round(red.A, 2), Math.Round(red.B, 2)));
    }

    [Fact]
    public void A_Colour_Not_Written_As_Six_Hex_Digits_Is_Refused_By_Name()
    {
        var error = Assert.Throws<ArgumentException>(() => Lab.FromHex("red"));
        Assert.Contains("'red'", error.Message, StringComparison.Ordinal);
    }
}
