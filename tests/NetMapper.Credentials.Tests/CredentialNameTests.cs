namespace NetMapper.Credentials.Tests;

public sealed class CredentialNameTests
{
    [Theory]
    [InlineData("core-v3")]
    [InlineData("branch_02.ro")]
    [InlineData("A")]
    public void Names_of_letters_digits_dots_dashes_and_underscores_are_taken(string text) =>
        Assert.Equal(text, CredentialName.Parse(text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("-leading-dash")]
    [InlineData("has space")]
    [InlineData("store:core")]
    [InlineData("核心")]
    public void Other_names_are_refused_with_the_name_in_the_message(string text)
    {
        var e = Assert.Throws<CredentialStoreException>(() => CredentialName.Parse(text));

        Assert.Equal(CredentialStoreFailure.InvalidInput, e.Failure);
        Assert.StartsWith($"credential name '{text}' must be", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_over_64_characters_is_refused() =>
        Assert.False(CredentialName.TryParse(new string('a', CredentialName.MaxLength + 1), out _));
}
