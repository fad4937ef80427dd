namespace Pledge.Cli.Tests;

/// <summary>Small contracts for the CLI tests: the CLI's behaviour is under test here, not the grammar's.</summary>
public static class Samples
{
    public const string Valid = """
        contract idc "服务品质保证书" / "Service Quality Guarantee"

        languages zh-CN, en
        provider "xxxx公司" / "xxxx Co., Ltd."
        timezone "Asia/Shanghai"
        currency CNY

        """;

    /// <summary>A string that never ends: every parser must report it, whatever else it recovers from.</summary>
    public const string UnterminatedString = """
        contract idc "服务品质保证书 / Service Quality Guarantee

        languages zh-CN, en

        """;
}
