namespace NetMapper.Lifecycle.Tests.Versions;

public class ComwareVersionTests
{
    private const string Comware = "comware";

    [Theory]
    [InlineData("7.1.045, Release 2432P06", "7.1.045, Release 2432P06", "7 1 45 2432 P 6")]
    [InlineData("7.1.045", "7.1.045", "7 1 45")]
    [InlineData("5.20.99 Release 2222P08", "5.20.99, Release 2222P08", "5 20 99 2222 P 8")]
    [InlineData("Comware Software, Version 7.1.064, Release 0523P05", "7.1.064, Release 0523P05", "7 1 64 523 P 5")]
    [InlineData("5.20, Release 1513P81", "5.20, Release 1513P81", "5 20 0 1513 P 81")]
    [InlineData("7.1", "7.1", "7 1")]
    public void Reads_the_platform_version_and_the_release(string reported, string text, string parts) =>
        VersionAssert.Reads(Comware, reported, text, parts);

    [Theory]
    [InlineData("7.1.045", "7.1.045, Release 2432P06")]
    [InlineData("7.1.045, Release 2432P06", "7.1.045, Release 2432P07")]
    [InlineData("7.1.045, Release 2432P07", "7.1.045, Release 2612")]
    [InlineData("7.1.045, Release 2612", "7.1.070, Release 3507")]
    [InlineData("5.20, Release 1513P81", "5.20.99 Release 2222P08")]
    public void Orders_by_platform_version_then_release(string older, string newer) =>
        VersionAssert.Ordered(Comware, older, newer);

    [Theory]
    [InlineData("7.1.045, Release 2432P06", "7.1.045", true)]
    [InlineData("7.1.045, Release 2432P06", "7.1", true)]
    [InlineData("7.1.045, Release 2432P06", "7.1.070", false)]
    [InlineData("5.20.99 Release 2222P08", "7.1", false)]
    public void Knows_which_train_a_release_is_in(string version, string train, bool inTrain) =>
        VersionAssert.InTrain(Comware, version, train, inTrain);
}
