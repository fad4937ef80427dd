using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Pledge.Cli.Tests;

/// <summary>
/// Two `pledge certify` processes at once against one registry: numbers never repeat and the sequence has no gap.
/// Real processes (the pledge.dll next to the tests), since what is tested is SQLite's file locking between them.
/// The key comes from PLEDGE_CERT_KEY here, which in-process tests cannot set without racing each other.
/// </summary>
public sealed class CertifyProcessTests
{
    [Fact]
    public void Two_processes_issue_contiguous_numbers_without_duplicates()
    {
        using var ws = new TempWorkspace();
        ws.Write("paint.sla", CertifyCommandTests.Contract);
        const int rowsEach = 300;
        foreach (var who in new[] { "A", "B" })
            ws.Write($"{who}.csv", "customer,contract_value,completion\n" +
                string.Concat(Enumerable.Range(1, rowsEach).Select(i => $"{who} customer {i},{1000 + i} CNY,2026-03-15\n")));

        var processes = new[] { "A", "B" }.Select(who => Start(ws.Root,
            "certify", "paint.sla", "--data", $"{who}.csv", "-o", $"out-{who}", "--registry", "shared.db", "--issue-date", "2026-04-01")).ToList();
        foreach (var p in processes)
        {
            Assert.True(p.WaitForExit(TimeSpan.FromMinutes(3)), "pledge certify did not finish");
            Assert.True(p.ExitCode == 0, p.StandardError.ReadToEnd());
        }

        using var connection = new SqliteConnection($"Data Source={Path.Combine(ws.Root, "shared.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT number, sequence FROM certificates ORDER BY sequence";
        using var reader = command.ExecuteReader();
        var numbers = new List<string>();
        var sequences = new List<long>();
        while (reader.Read())
        {
            numbers.Add(reader.GetString(0));
            sequences.Add(reader.GetInt64(1));
        }
        Assert.Equal(2 * rowsEach, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 2 * rowsEach).Select(i => (long)i), sequences);
        Assert.Equal(2 * rowsEach, Directory.GetFiles(Path.Combine(ws.Root, "out-A"), "*.html").Length + Directory.GetFiles(Path.Combine(ws.Root, "out-B"), "*.html").Length);
    }

    [Fact]
    public void Pdf_without_chromium_says_how_to_get_it_and_exits_2_before_issuing()
    {
        using var ws = new TempWorkspace();
        ws.Write("paint.sla", CertifyCommandTests.Contract);
        ws.Write("c.csv", CertifyCommandTests.Customers);
        var p = Start(ws.Root, ["certify", "paint.sla", "--data", "c.csv", "-o", "out", "--format", "pdf"], ("PLEDGE_CHROMIUM", "/nonexistent/chromium"));
        Assert.True(p.WaitForExit(TimeSpan.FromMinutes(2)));
        var stderr = p.StandardError.ReadToEnd();
        Assert.Equal(2, p.ExitCode);
        Assert.Contains("PDF certificates need Chromium, which is not at /nonexistent/chromium", stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was issued", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(ws.Root, "out", "certificates.db")));
    }

    private static Process Start(string workingDirectory, string[] args, params (string Name, string Value)[] environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pledge.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["PLEDGE_CERT_KEY"] = "process-test-key-0123456789abcdef";
        foreach (var (name, value) in environment) info.Environment[name] = value;
        var process = Process.Start(info)!;
        // Drained as they come: a full pipe would block the child.
        var stdout = process.StandardOutput.ReadToEndAsync();
        _ = stdout;
        return process;
    }

    private static Process Start(string workingDirectory, params string[] args) => Start(workingDirectory, args, []);
}
