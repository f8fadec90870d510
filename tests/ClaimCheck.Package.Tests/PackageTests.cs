using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ClaimCheck.Package.Tests;

/// <summary>
/// Packs ClaimCheck and ClaimCheck.Cli with <c>dotnet pack</c> into a local folder feed, checks what the
/// packages hold, and uses them as a consumer would: a console app whose Program.cs is README.md's
/// "Using the library" example, and the tool installed with <c>dotnet tool install</c>.
/// Slow (a Release build, a restore, a tool install): two tests sharing one pack.
/// </summary>
[TestFixture]
[Category("Package")]
[NonParallelizable]
public sealed class PackageTests
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    private const string Seed = "corpus/seeds/000_ee862e205fadbfc4.txt";

    private string _work = null!;
    private string _feed = null!;
    private string _version = null!;

    [OneTimeSetUp]
    public void Pack()
    {
        // A version no earlier run used, so that no NuGet cache can serve a stale build.
        _version = $"0.1.0-test.{DateTime.UtcNow:yyyyMMddHHmmss}{Random.Shared.Next(100, 1000)}";
        _work = Path.Combine(Path.GetTempPath(), "claimcheck-package-" + Guid.NewGuid().ToString("N"));
        _feed = Path.Combine(_work, "feed");
        Directory.CreateDirectory(_feed);
        // Stop MSBuild's upward search for Directory.*.props/targets at the work folder.
        foreach (string name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(_work, name), "<Project />\n");
        }

        string artifacts = Path.Combine(_work, "artifacts");
        foreach (string project in new[] { "src/ClaimCheck/ClaimCheck.csproj", "src/ClaimCheck.Cli/ClaimCheck.Cli.csproj" })
        {
            var pack = Processes.Dotnet(Repository.Root, PackTimeout,
                "pack", Repository.PathOf(project), "-c", "Release", "-o", _feed, "--artifacts-path", artifacts,
                $"-p:Version={_version}", "-nologo", "--tl:off");
            pack.ExitCode.Should().Be(0, pack.ToString());
        }
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        // The test versions restored into the global packages folder would pile up run after run.
        var locals = Processes.Dotnet(Path.GetTempPath(), RunTimeout, "nuget", "locals", "global-packages", "--list");
        var match = Regex.Match(locals.StandardOutput, @"global-packages:\s*(.+)");
        if (locals.ExitCode == 0 && match.Success && _version is not null)
        {
            foreach (string id in new[] { "claimcheck", "claimcheck.cli" })
            {
                string folder = Path.Combine(match.Groups[1].Value.Trim(), id, _version);
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                string idFolder = Path.GetDirectoryName(folder)!;
                if (Directory.Exists(idFolder) && !Directory.EnumerateFileSystemEntries(idFolder).Any())
                {
                    Directory.Delete(idFolder);
                }
            }
        }

        if (_work is not null && Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
    }

    [Test]
    public void LibraryPackage_HoldsTheAssemblyDocsAndReadme_AndTheReadmeExampleRunsAgainstIt()
    {
        string nupkg = Path.Combine(_feed, $"ClaimCheck.{_version}.nupkg");
        File.Exists(nupkg).Should().BeTrue();
        EntriesOf(Path.Combine(_feed, $"ClaimCheck.{_version}.snupkg")).Should().Contain("lib/net10.0/ClaimCheck.pdb");

        EntriesOf(nupkg).Should().Contain(["README.md", "lib/net10.0/ClaimCheck.dll", "lib/net10.0/ClaimCheck.xml"]);
        var metadata = NuspecMetadata(nupkg, "ClaimCheck.nuspec");
        Element(metadata, "version").Value.Should().Be(_version);
        Element(metadata, "license").Attribute("type")?.Value.Should().Be("expression");
        Element(metadata, "license").Value.Should().Be("MIT");
        Element(metadata, "readme").Value.Should().Be("README.md");
        ReadEntry(nupkg, "README.md").Should().Contain("ClaimChecker.CheckFile")
            .And.NotMatchRegex(@"\]\((?!https?://)", "a relative link would be broken on a package gallery");

        // The README's example as a program of its own, built against the package from the feed.
        string consumer = Path.Combine(_work, "consumer");
        Directory.CreateDirectory(consumer);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), ReadmeExample());
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ClaimCheck" Version="[{_version}]" />
              </ItemGroup>
            </Project>
            """);
        // The feed is added to the machine's sources, which still serve the dependencies (no <clear/>).
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="claimcheck-test-feed" value="{_feed}" />
              </packageSources>
            </configuration>
            """);

        var build = Processes.Dotnet(consumer, RestoreTimeout, "build", "-nologo", "--tl:off");
        build.ExitCode.Should().Be(0, build.ToString());
        var run = Processes.Dotnet(consumer, RunTimeout, "run", "--no-build", "--", Repository.PathOf(Seed));
        run.ExitCode.Should().Be(0, run.ToString());
        // The example raises CC1003 to Error: the seed's placebo group is 29 in one place and 28 in another.
        run.StandardOutput.Should().Contain(": Error CC1003: the placebo group is 29", run.ToString());
    }

    [Test]
    public void ToolPackage_InstallsAsClaimcheck_AndChecksAFile()
    {
        string nupkg = Path.Combine(_feed, $"ClaimCheck.Cli.{_version}.nupkg");
        File.Exists(nupkg).Should().BeTrue();
        File.Exists(Path.Combine(_feed, $"ClaimCheck.Cli.{_version}.snupkg")).Should().BeTrue();

        EntriesOf(nupkg).Should().Contain(["README.md", "claimcheck.schema.json", "tools/net10.0/any/DotnetToolSettings.xml", "tools/net10.0/any/ClaimCheck.Cli.dll", "tools/net10.0/any/ClaimCheck.dll"]);
        var settings = XDocument.Parse(ReadEntry(nupkg, "tools/net10.0/any/DotnetToolSettings.xml"));
        settings.Descendants("Command").Select(c => c.Attribute("Name")?.Value).Should().Equal("claimcheck");
        var metadata = NuspecMetadata(nupkg, "ClaimCheck.Cli.nuspec");
        Element(metadata, "license").Value.Should().Be("MIT");
        Element(metadata, "readme").Value.Should().Be("README.md");
        metadata.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")?.Value)
            .Should().Contain("DotnetTool");

        string toolPath = Path.Combine(_work, "tools");
        var install = Processes.Dotnet(_work, RestoreTimeout,
            "tool", "install", "ClaimCheck.Cli", "--tool-path", toolPath, "--add-source", _feed, "--version", _version);
        install.ExitCode.Should().Be(0, install.ToString());
        string claimcheck = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "claimcheck.exe" : "claimcheck");
        string seed = Repository.PathOf(Seed);

        var version = Processes.Run(claimcheck, _work, RunTimeout, "--version");
        version.ExitCode.Should().Be(0, version.ToString());
        version.StandardOutput.Trim().Should().StartWith(_version, "the installed tool must be this build");

        // docs/cli.md: 0 when no reported finding is at or above --fail-on (default error); seed 000 has
        // warnings and infos only.
        var check = Processes.Run(claimcheck, _work, RunTimeout, "check", seed, "--format", "text");
        check.ExitCode.Should().Be(0, check.ToString());
        check.StandardOutput.Should().Contain("(22,864): warning CC1003: the placebo group is 29", check.ToString());
        check.StandardError.Should().Contain("1 read, 0 failed, 0 skipped", check.ToString());

        // 1 when a reported finding is at or above --fail-on.
        var failOnWarning = Processes.Run(claimcheck, _work, RunTimeout, "check", seed, "--format", "text", "--fail-on", "warning");
        failOnWarning.ExitCode.Should().Be(1, failOnWarning.ToString());

        // 2 for an input that cannot be read.
        var missing = Processes.Run(claimcheck, _work, RunTimeout, "check", Path.Combine(_work, "no-such-file.txt"));
        missing.ExitCode.Should().Be(2, missing.ToString());

        var rules = Processes.Run(claimcheck, _work, RunTimeout, "rules");
        rules.ExitCode.Should().Be(0, rules.ToString());
        rules.StandardOutput.Should().Contain("CC1001").And.Contain("Percentage does not match its count")
            .And.Contain("CC4004").And.Contain("docs/rules/CC1003.md", rules.ToString());
    }

    /// <summary>The C# block of README.md's "Using the library" section.</summary>
    private static string ReadmeExample()
    {
        string[] lines = File.ReadAllLines(Repository.PathOf("README.md"));
        int section = Array.FindIndex(lines, l => l.Trim() == "## Using the library");
        section.Should().BeGreaterThan(-1, "README.md must have a 'Using the library' section");
        int open = Array.FindIndex(lines, section, l => l.Trim() == "```csharp");
        int next = Array.FindIndex(lines, section + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        open.Should().BeGreaterThan(section, "the section must hold a ```csharp block");
        if (next >= 0)
        {
            open.Should().BeLessThan(next, "the ```csharp block must be in the 'Using the library' section");
        }

        int close = Array.FindIndex(lines, open + 1, l => l.Trim() == "```");
        close.Should().BeGreaterThan(open, "the block must be closed");
        return string.Join('\n', lines[(open + 1)..close]) + "\n";
    }

    private static List<string> EntriesOf(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    private static string ReadEntry(string package, string entry)
    {
        using var zip = ZipFile.OpenRead(package);
        var found = zip.GetEntry(entry);
        found.Should().NotBeNull($"{Path.GetFileName(package)} must hold {entry}");
        using var reader = new StreamReader(found!.Open());
        return reader.ReadToEnd();
    }

    private static XElement NuspecMetadata(string package, string nuspec) =>
        XDocument.Parse(ReadEntry(package, nuspec)).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    private static XElement Element(XElement metadata, string name)
    {
        var element = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);
        element.Should().NotBeNull($"the nuspec must have <{name}>");
        return element!;
    }
}
