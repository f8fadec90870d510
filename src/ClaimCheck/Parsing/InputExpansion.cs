using System.Collections.Immutable;

namespace ClaimCheck.Parsing;

/// <summary>
/// The files that a list of paths stands for (<see cref="InputFiles.Expand"/>): the pages to read and
/// everything met but not read, each with its reason, so that a batch can count and name every entry.
/// Immutable.
/// </summary>
public sealed class InputExpansion
{
    internal InputExpansion(ImmutableArray<string> pages, ImmutableArray<string> notPageFiles, ImmutableArray<InputNote> skipped, ImmutableArray<InputNote> errors, ImmutableArray<string> outputsNamedAsInputs)
    {
        Pages = pages;
        NotPageFiles = notPageFiles;
        Skipped = skipped;
        Errors = errors;
        OutputsNamedAsInputs = outputsNamedAsInputs;
    }

    /// <summary>The files to read, sorted by path (ordinal), each file once however many ways lead to it.</summary>
    public ImmutableArray<string> Pages { get; }

    /// <summary>How many regular files inside folders are not pages: the length of <see cref="NotPageFiles"/>.</summary>
    public int NotPages => NotPageFiles.Length;

    /// <summary>Regular files inside folders whose extension is not a page's (<see cref="InputFiles.IsPage"/>), sorted by path (ordinal): not read.</summary>
    public ImmutableArray<string> NotPageFiles { get; }

    /// <summary>
    /// Entries inside folders that are not read, with the reason: named pipes, devices and sockets (never
    /// opened), broken symbolic links, links back into a folder already read (a loop), second paths to a file
    /// already listed, the output files, and the <c>X_files</c> folders of pages saved "complete" (<see cref="InputFiles.IsSavedPageResources"/>).
    /// </summary>
    public ImmutableArray<InputNote> Skipped { get; }

    /// <summary>Folders that could not be listed and entries that could not be examined, with the reason: input errors.</summary>
    public ImmutableArray<InputNote> Errors { get; }

    /// <summary>Paths named explicitly as inputs that are also one of the output files (reading them would read the report, writing it would destroy them).</summary>
    public ImmutableArray<string> OutputsNamedAsInputs { get; }
}
