using Xunit;

namespace Pledge.Samples.Tests;

/// <summary>
/// Compares generated text with the file committed beside the sample. With PLEDGE_REFRESH_BASELINES=1
/// (scripts/refresh-baselines.sh) the file is rewritten instead, and the diff is reviewed in git.
/// </summary>
internal static class Baseline
{
    public static bool Refreshing => Environment.GetEnvironmentVariable("PLEDGE_REFRESH_BASELINES") == "1";

    public static void Check(string path, string? actual)
    {
        if (Refreshing)
        {
            if (actual is null) File.Delete(path);
            else File.WriteAllText(path, actual);
            return;
        }
        if (actual is null)
        {
            Assert.False(File.Exists(path), $"{path} should not exist; run scripts/refresh-baselines.sh");
            return;
        }
        Assert.True(File.Exists(path), $"{path} is missing; run scripts/refresh-baselines.sh");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.Equal(expected, actual.ReplaceLineEndings("\n"));
    }
}
