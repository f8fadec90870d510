using ClaimCheck.Parsing;

namespace ClaimCheck.Cli;

/// <summary>
/// The inputs that command-line paths stand for, sorted by path (ordinal) so that the output does not
/// depend on the order of arguments or of the file system. A file named explicitly is an input whatever
/// its extension (a missing one too: it is reported as unreadable); a directory yields, recursively, the
/// files <see cref="InputFiles.IsPage"/> accepts (.txt, .html, .htm, .mht, .mhtml, .pdf) as <see cref="InputFiles.Expand"/>
/// finds them (no link loop followed, no pipe or device opened, the report never an input, a saved page's
/// <c>X_files</c> folder not read);
/// <c>-</c> is standard input.
/// </summary>
internal sealed class InputSet
{
    private InputSet(List<InputItem> items, int skipped, IReadOnlyList<InputNote> notes, List<string> errors)
    {
        Items = items;
        Skipped = skipped;
        Notes = notes;
        Errors = errors;
    }

    /// <summary>The inputs, sorted by path, each once.</summary>
    internal IReadOnlyList<InputItem> Items { get; }

    /// <summary>Entries inside the directories that are not read: files that are not pages, and the <see cref="Notes"/>.</summary>
    internal int Skipped { get; }

    /// <summary>The skipped entries that are named, with the reason (pipes, devices, loops, the report itself).</summary>
    internal IReadOnlyList<InputNote> Notes { get; }

    /// <summary>Directories that could not be listed and entries that could not be examined, with the reason.</summary>
    internal IReadOnlyList<string> Errors { get; }

    /// <summary>Expands <paramref name="arguments"/>, leaving out the report files <paramref name="outputs"/>.</summary>
    /// <exception cref="UsageException">An input named explicitly is the output file.</exception>
    internal static InputSet Collect(IEnumerable<string> arguments, IReadOnlyList<string> outputs)
    {
        var files = arguments.Where(a => a != InputItem.StdinArgument).ToList();
        var expansion = InputFiles.Expand(files, outputs);
        Refuse(expansion);
        var items = expansion.Pages.Select(p => new InputItem(p, false)).ToList();
        if (files.Count < arguments.Count())
        {
            items.Add(new InputItem(InputItem.StdinName, true));
        }

        items.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var errors = expansion.Errors.Select(e => $"{e.Path}: {e.Reason}").ToList();
        return new InputSet(items, expansion.NotPages + expansion.Skipped.Length, expansion.Skipped, errors);
    }

    /// <summary>Refuses a run whose output file is one of the inputs named in <paramref name="paths"/> (before anything is read or written).</summary>
    /// <exception cref="UsageException">An input named explicitly is the output file.</exception>
    internal static void RefuseOutputAsInput(IEnumerable<string> paths, string? output)
    {
        if (output is not null)
        {
            Refuse(InputFiles.Expand(paths.Where(p => p != InputItem.StdinArgument && !Directory.Exists(p)), [output]));
        }
    }

    private static void Refuse(InputExpansion expansion)
    {
        if (expansion.OutputsNamedAsInputs is [var conflict, ..])
        {
            throw new UsageException($"error: {conflict}: the output file (--output) is also an input; writing the report would destroy it");
        }
    }
}
