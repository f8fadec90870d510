using ClaimCheck.Parsing;

namespace ClaimCheck.Cli;

/// <summary>
/// The inputs that command-line paths stand for, sorted by path (ordinal) so that the output does not
/// depend on the order of arguments or of the file system. A file named explicitly is an input whatever
/// its extension (a missing one too: it is reported as unreadable); a directory yields, recursively, the
/// files <see cref="InputFiles.IsPage"/> accepts (.txt, .html, .htm) and counts the others as skipped;
/// <c>-</c> is standard input.
/// </summary>
internal sealed class InputSet
{
    private InputSet(List<InputItem> items, int skipped, List<string> errors)
    {
        Items = items;
        Skipped = skipped;
        Errors = errors;
    }

    /// <summary>The inputs, sorted by path, each once.</summary>
    internal IReadOnlyList<InputItem> Items { get; }

    /// <summary>Files inside the directories that are not pages.</summary>
    internal int Skipped { get; }

    /// <summary>Directories that could not be listed, with the reason.</summary>
    internal IReadOnlyList<string> Errors { get; }

    /// <summary>Expands <paramref name="arguments"/>.</summary>
    internal static InputSet Collect(IEnumerable<string> arguments)
    {
        var items = new List<InputItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();
        int skipped = 0;
        foreach (string argument in arguments)
        {
            if (argument == InputItem.StdinArgument)
            {
                Add(new InputItem(InputItem.StdinName, true), InputItem.StdinName);
            }
            else if (Directory.Exists(argument))
            {
                try
                {
                    foreach (string file in Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories))
                    {
                        if (InputFiles.IsPage(file))
                        {
                            Add(new InputItem(file, false), Path.GetFullPath(file));
                        }
                        else
                        {
                            skipped++;
                        }
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    errors.Add($"{argument}: the directory cannot be listed: {ex.Message}");
                }
            }
            else
            {
                Add(new InputItem(argument, false), Path.GetFullPath(argument));
            }
        }

        items.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new InputSet(items, skipped, errors);

        void Add(InputItem item, string key)
        {
            if (seen.Add(key))
            {
                items.Add(item);
            }
        }
    }
}
