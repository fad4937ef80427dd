using Pledge.Cli.Output;

namespace Pledge.Cli.Tests;

public sealed class TerminalWidthTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("网络联通", 8)]
    [InlineData("서비스", 6)]
    [InlineData("（，）", 6)]          // fullwidth punctuation
    [InlineData("e\u0301", 1)]         // a combining accent takes no column
    [InlineData("\t", 4)]
    [InlineData("ab\t", 4)]            // a tab runs to the next tab stop
    [InlineData("𠀀", 2)]              // a CJK character outside the BMP counts once, not per UTF-16 unit
    public void Width(string text, int expected) => Assert.Equal(expected, TerminalWidth.Of(text));

    [Fact]
    public void Expand_turns_tabs_into_spaces_up_to_the_tab_stop() =>
        Assert.Equal("a   网  b", TerminalWidth.Expand("a\t网\tb"));
}
