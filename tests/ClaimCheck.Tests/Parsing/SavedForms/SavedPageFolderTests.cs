using ClaimCheck.Parsing;

namespace ClaimCheck.Tests.Parsing.SavedForms;

/// <summary>Expanding folders: a "complete" save's <c>X_files</c> folder is skipped with its reason; MHTML and PDF files are pages.</summary>
public sealed class SavedPageFolderTests
{
    private string _dir = null!;

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_dir = Path.Combine(Path.GetTempPath(), "claimcheck-saved-" + Guid.NewGuid().ToString("N")));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string text = "<html><body><p>x</p></body></html>")
    {
        string path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private List<string> Relative(IEnumerable<string> paths) => [.. paths.Select(p => Path.GetRelativePath(_dir, p).Replace('\\', '/'))];

    [Test]
    public void The_files_folder_beside_a_saved_page_is_skipped_with_the_reason()
    {
        Write("Thread.html");
        Write("Thread_files/frame.html");
        Write("Thread_files/saved_resource.htm");
        Write("Thread_files/style.css", "body {}");
        Write("Article.htm");
        Write("Article-Dateien/inner.html");
        Write("paper.pdf", "%PDF-1.7");
        Write("single.mhtml", "MIME-Version: 1.0");
        Write("old.MHT", "MIME-Version: 1.0");

        var expansion = InputFiles.Expand([_dir], []);

        Relative(expansion.Pages).Should().Equal("Article.htm", "Thread.html", "old.MHT", "paper.pdf", "single.mhtml");
        var notes = expansion.Skipped.Select(n => (Path: Relative([n.Path])[0], n.Reason)).ToList();
        notes.Select(n => n.Path).Should().Equal("Article-Dateien", "Thread_files");
        notes.Should().OnlyContain(n => n.Reason == "the resource folder of a saved page (the images, scripts and styles beside it): not read as pages");
    }

    [Test]
    public void A_files_folder_with_no_page_beside_it_is_an_ordinary_folder()
    {
        Write("notes_files/a.txt", "29 of 58 patients (52.7%)");
        Write("Thread.txt", "a text page has no resource folder");
        Write("Thread_files/b.txt", "read");

        var expansion = InputFiles.Expand([_dir], []);

        Relative(expansion.Pages).Should().Equal("Thread.txt", "Thread_files/b.txt", "notes_files/a.txt");
        expansion.Skipped.Should().BeEmpty();
    }

    [Test]
    public void A_files_folder_named_explicitly_is_read()
    {
        Write("Thread.html");
        string inner = Write("Thread_files/frame.html");

        InputFiles.Expand([Path.Combine(_dir, "Thread_files")], []).Pages.Should().Equal(inner);
    }

    [Test]
    public void Resource_folders_are_told_by_name_and_neighbour()
    {
        Write("Page.html");
        Directory.CreateDirectory(Path.Combine(_dir, "Page_files"));
        Directory.CreateDirectory(Path.Combine(_dir, "Other_files"));

        InputFiles.IsSavedPageResources(Path.Combine(_dir, "Page_files")).Should().BeTrue();
        InputFiles.IsSavedPageResources(Path.Combine(_dir, "Page_files") + Path.DirectorySeparatorChar).Should().BeTrue();
        InputFiles.IsSavedPageResources(Path.Combine(_dir, "Other_files")).Should().BeFalse();
        InputFiles.IsSavedPageResources(Path.Combine(_dir, "_files")).Should().BeFalse();
    }
}
