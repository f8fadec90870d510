using NUnit.Framework.Internal;

namespace ClaimCheck.Tests.Reporting;

/// <summary>
/// How the browser tests treat a missing browser: found on PATH like a shell finds it; skipped with the
/// install line on a machine with only the .NET SDK; a failure where <c>CLAIMCHECK_REQUIRE_BROWSER=1</c> (.ci/run).
/// </summary>
public sealed class ChromiumLookupTests
{
    [Test]
    public void The_browser_is_found_in_any_folder_of_PATH()
    {
        var folder = Directory.CreateTempSubdirectory("claimcheck-path-");
        try
        {
            string fake = Path.Combine(folder.FullName, "chromium");
            File.WriteAllText(fake, "");
            string path = string.Join(Path.PathSeparator, "/nonexistent-claimcheck", folder.FullName);

            Chromium.Find(path).Should().Be(fake);
            Chromium.Require(path, "1").Should().Be(fake);
            Chromium.Find("/nonexistent-claimcheck").Should().BeNull();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void Without_a_browser_on_PATH_the_test_is_skipped_with_the_install_line()
    {
        // Assert.Ignore inside an isolated context, so that this test itself passes.
        using (new TestExecutionContext.IsolatedContext())
        {
            var act = () => Chromium.Require("/nonexistent-claimcheck", null);
            act.Should().Throw<IgnoreException>().Which.Message.Should().Contain(Chromium.InstallLine).And.Contain("skipped");
        }
    }

    [Test]
    public void Without_a_browser_and_with_CLAIMCHECK_REQUIRE_BROWSER_1_the_test_fails()
    {
        using (new TestExecutionContext.IsolatedContext())
        {
            var act = () => Chromium.Require("/nonexistent-claimcheck", "1");
            act.Should().Throw<AssertionException>().Which.Message.Should().Contain("CLAIMCHECK_REQUIRE_BROWSER=1").And.Contain(Chromium.InstallLine);
        }
    }
}
