using Xunit;
using static Pledge.Dsl.Tests.FormatterTestKit;

namespace Pledge.Dsl.Tests;

/// <summary>No comment is ever lost or moved to another item (the kit also checks every comment of every test).</summary>
public class FormatterCommentTests
{
    [Fact]
    public void OwnLineCommentsStayBeforeTheirTokenAtItsIndentation()
    {
        AssertFormats("""
            // the header
            contract c "C" / "C"

            clause a "A" / "A" {
              // first item
              availability 99.9% per month
              /* second
                 item */
              remedy waive monthly_fee when breached
              // the end of the clause
            }
            // end of file

            """,
            """
                 // the header
            contract c "C" / "C"
            clause a "A" / "A" {
                    // first item
              availability 99.9% per month
            /* second
                 item */
                remedy waive monthly_fee when breached
                          // the end of the clause
            }
               // end of file
            """);
    }

    [Fact]
    public void TrailingCommentsStayOnTheirLine_TwoSpacesBefore_AlignedInARun()
    {
        AssertFormats("""
            clause connectivity "网络联通性保证" / "Network connectivity guarantee" {  // the main clause
              availability 99.9% per month
              max downtime 44 min per month       // checked against the percentage
              downtime from reported to restored  // which events bound an outage

              ignore outages shorter than 5 min  // an outage must last this long
            }

            """,
            """
            clause connectivity "网络联通性保证" / "Network connectivity guarantee" { // the main clause
              availability 99.9% per month
              max downtime 44 min per month // checked against the percentage
              downtime from reported to restored                                        // which events bound an outage

              ignore outages shorter than 5 min// an outage must last this long
            }
            """);
    }

    [Fact]
    public void ABlockCommentInsideALineStaysInside()
    {
        AssertFormats("""
            clause a "A" / "A" {
              availability /* was 99.5% */ 99.9% per month
              exclude causes x, /* not y, */ z
            }

            """,
            """
            clause a "A" / "A" {
              availability   /* was 99.5% */99.9% per month
              exclude causes x,/* not y, */ z
            }
            """);
    }

    [Fact]
    public void ALineCommentInsideAnItemBreaksTheLineAfterIt()
    {
        AssertFormats("""
            clause a "A" / "A" {
              availability 99.9%  // of the measured time
                per month
              max downtime 44 min per month
            }

            """,
            """
            clause a "A" / "A" {
              availability 99.9% // of the measured time
              per month max downtime 44 min per month
            }
            """);
    }

    [Fact]
    public void ACommentBetweenTheLanguagesOfADefinitionSurvives()
    {
        AssertFormats("""
            clause a "A" / "A" {
              define "联通" / "Connected" : "端口可以联通" /
                // the English is normative
                "the port is connected"
            }

            """,
            """
            clause a "A" / "A" {
              define "联通" / "Connected" : "端口可以联通" /
              // the English is normative
              "the port is connected"
            }
            """);
    }

    [Fact]
    public void ACommentAfterAnOpeningBraceAndInsideTablesStays()
    {
        AssertFormats("""
            clause fault_response "故障响应" / "Fault response" {
              matrix {  // hours on the 24x7 clock
                severity | respond | resolve
                // most severe first
                critical | 15 min  | 12 h  // PLG3xxx: longer than major's 6 h
                major    | 30 min  | 6 h   /* agreed */
              }
              remedy credit monthly_fee by availability {
                below 99.95% : 10%                  // first tier
              }, cap 50% of monthly_fee per period  // at most half
            }

            """,
            """
            clause fault_response "故障响应" / "Fault response" {
              matrix { // hours on the 24x7 clock
                severity | respond | resolve
                // most severe first
                critical | 15 min | 12 h // PLG3xxx: longer than major's 6 h
                major | 30 min | 6 h /* agreed */
              }
              remedy credit monthly_fee by availability { below 99.95% : 10% // first tier
              }, cap 50% of monthly_fee per period // at most half
            }
            """);
    }

    [Fact]
    public void CommentsInEveryGapOfEveryConstructSurviveInOrder()
    {
        // Puts a comment after every token of the reference examples, in turn a block comment, a trailing line
        // comment and a comment on its own line; the kit checks that all of them come out in order, idempotently.
        foreach (var sample in FormatterSamples.All)
        {
            for (var style = 0; style < 3; style++)
            {
                var commented = WithCommentAfterEveryToken(sample, style);
                var formatted = Format(commented);
                Assert.Equal(Ink(commented), Ink(formatted));
            }
        }
    }

    [Fact]
    public void RandomlyPlacedCommentsSurviveInOrder()
    {
        var sample = string.Concat(FormatterSamples.All[..^1]);
        var tree = Pledge.Dsl.Syntax.SyntaxTree.Parse(sample, "test.sla");
        var ends = tree.Root.DescendantTokens().Where(t => t.Text.Length > 0).Select(t => t.Span.End).ToArray();
        for (var seed = 0; seed < 40; seed++)
        {
            var random = new Random(seed);
            var text = sample;
            var n = 0;
            foreach (var end in ends.Where(_ => random.Next(6) == 0).OrderDescending())
            {
                var comment = random.Next(4) switch
                {
                    0 => $" /* c{n} */ ",
                    1 => $" // c{n}\n",
                    2 => $"\n// c{n}\n",
                    _ => $"\n\n  /* c{n}\n  more */",
                };
                n++;
                text = text[..end] + comment + text[end..];
            }
            var formatted = Format(text);
            Assert.Equal(Ink(text), Ink(formatted));
        }
    }

    private static string WithCommentAfterEveryToken(string sample, int style)
    {
        var tree = Pledge.Dsl.Syntax.SyntaxTree.Parse(sample, "test.sla");
        var text = sample;
        var tokens = tree.Root.DescendantTokens().Where(t => t.Text.Length > 0).ToArray();
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            var end = tokens[i].Span.End;
            var comment = style switch
            {
                0 => $"/*b{i}*/",
                1 => $" // t{i}\n",
                _ => $"\n  // o{i}\n",
            };
            text = text[..end] + comment + text[end..];
        }
        return text;
    }
}
