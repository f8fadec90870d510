using System.Collections.Immutable;

namespace ClaimCheck.Parsing;

/// <summary>
/// Which files of a folder are pages to read. A saved page is plain text (<c>.txt</c>), HTML
/// (<c>.html</c>, <c>.htm</c>), a browser's single-file save (<c>.mht</c>, <c>.mhtml</c>) or a paper as PDF
/// (<c>.pdf</c>); everything else in a folder (provenance notes, gold files, JSON) is not an input, and neither
/// is the <c>X_files</c> folder a browser's "complete" save writes beside <c>X.html</c> (its scripts, styles
/// and framed pieces are not the page). A file named explicitly is read whatever its extension. Thread-safe.
/// </summary>
public static class InputFiles
{
    /// <summary>The suffixes browsers give the resource folder of a "complete" save (Internet Explorer localized them).</summary>
    private static readonly string[] ResourceFolderSuffixes = ["_files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "-bestanden"];

    /// <summary>The extensions of pages, lower-case with the dot: <c>.txt</c>, <c>.html</c>, <c>.htm</c>, <c>.mht</c>, <c>.mhtml</c>, <c>.pdf</c>.</summary>
    public static ImmutableArray<string> PageExtensions { get; } = [".txt", ".html", ".htm", ".mht", ".mhtml", ".pdf"];

    /// <summary>
    /// True when <paramref name="folder"/> is the resource folder of a browser's "complete" save: its name is
    /// <c>X_files</c> (or <c>X-Dateien</c>, <c>X_fichiers</c>, … as localized browsers name it) and
    /// <c>X.html</c> or <c>X.htm</c> stands beside it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    public static bool IsSavedPageResources(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));
        string? parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder));
        foreach (string suffix in ResourceFolderSuffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                string page = Path.Combine(parent ?? string.Empty, name[..^suffix.Length]);
                if (File.Exists(page + ".html") || File.Exists(page + ".htm"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="path"/> has one of <see cref="PageExtensions"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static bool IsPage(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string extension = Path.GetExtension(path);
        return PageExtensions.Any(e => string.Equals(e, extension, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Expands <paramref name="paths"/>: a folder into its pages, recursively; any other path is itself an
    /// input (a missing file, or a named pipe, is then refused by <see cref="ThreadReader.ReadFile(string)"/> with
    /// the reason). Symbolic links are followed, but no folder is read twice (folders are remembered by
    /// identity, device and inode on Linux), so a link loop ends; a file reached by several paths is read
    /// once. Named pipes, devices and sockets inside folders are skipped without being opened. A folder that
    /// cannot be listed is an error and the walk goes on with the others. The output files are never inputs.
    /// </summary>
    /// <param name="paths">Files and folders, as given.</param>
    /// <param name="outputs">The files the run will write (reports); may not exist yet.</param>
    /// <returns>The pages and everything met but not read.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static InputExpansion Expand(IEnumerable<string> paths, IEnumerable<string> outputs)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(outputs);
        return new Expander(outputs).Run(paths);
    }

    private sealed class Expander
    {
        private readonly HashSet<string> _outputIds = new(StringComparer.Ordinal);
        private readonly HashSet<string> _outputPaths = new(StringComparer.Ordinal);
        private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
        private readonly HashSet<string> _files = new(StringComparer.Ordinal);
        private readonly List<string> _pages = [];
        private readonly List<InputNote> _skipped = [];
        private readonly List<InputNote> _errors = [];
        private readonly List<string> _conflicts = [];
        private readonly List<string> _notPages = [];

        internal Expander(IEnumerable<string> outputs)
        {
            foreach (string output in outputs)
            {
                _outputPaths.Add(Path.GetFullPath(output));
                if (FileProbe.Get(output, followLinks: true).Identity is { } id)
                {
                    _outputIds.Add(id);
                }
            }
        }

        internal InputExpansion Run(IEnumerable<string> paths)
        {
            foreach (string path in paths)
            {
                var status = FileProbe.Get(path, followLinks: true);
                if (status.Kind == FileProbe.Kind.Directory)
                {
                    Walk(path, status.Identity!, viaLink: false);
                }
                else if (IsOutput(path, status))
                {
                    _conflicts.Add(path);
                }
                else if (_files.Add(status.Identity ?? "path:" + Path.GetFullPath(path)))
                {
                    // Named explicitly: an input whatever it is; the reader refuses what is not a regular file, with the reason.
                    _pages.Add(path);
                }
            }

            _pages.Sort(StringComparer.Ordinal);
            _notPages.Sort(StringComparer.Ordinal);
            return new InputExpansion([.. _pages], [.. _notPages], [.. _skipped], [.. _errors], [.. _conflicts]);
        }

        private bool IsOutput(string path, FileProbe.Status status)
            => (status.Identity is { } id && _outputIds.Contains(id)) || _outputPaths.Contains(Path.GetFullPath(path));

        private void Walk(string folder, string identity, bool viaLink)
        {
            if (!_folders.Add(identity))
            {
                if (viaLink)
                {
                    _skipped.Add(new InputNote(folder, "a symbolic link to a folder that is already read (a loop or a second way in): not followed"));
                }

                return;
            }

            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _errors.Add(new InputNote(folder, $"the folder cannot be read: {ex.Message}"));
                return;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            foreach (string entry in entries)
            {
                var status = FileProbe.Get(entry, followLinks: false);
                bool link = status.Kind == FileProbe.Kind.SymbolicLink;
                if (link)
                {
                    status = FileProbe.Get(entry, followLinks: true);
                    if (status.Kind == FileProbe.Kind.Missing)
                    {
                        _skipped.Add(new InputNote(entry, "a broken symbolic link"));
                        continue;
                    }
                }

                switch (status.Kind)
                {
                    case FileProbe.Kind.Directory when IsSavedPageResources(entry):
                        _skipped.Add(new InputNote(entry, "the resource folder of a saved page (the images, scripts and styles beside it): not read as pages"));
                        break;
                    case FileProbe.Kind.Directory:
                        Walk(entry, status.Identity!, link);
                        break;
                    case FileProbe.Kind.Regular:
                        if (!IsPage(entry))
                        {
                            _notPages.Add(entry);
                        }
                        else if (IsOutput(entry, status))
                        {
                            _skipped.Add(new InputNote(entry, "the report this run writes: not an input"));
                        }
                        else if (_files.Add(status.Identity!))
                        {
                            _pages.Add(entry);
                        }
                        else
                        {
                            _skipped.Add(new InputNote(entry, "the same file as a page already read (a link or a second way in): read once"));
                        }

                        break;
                    case FileProbe.Kind.Missing:
                        // Gone between the listing and now: nothing to read, nothing lost.
                        break;
                    case FileProbe.Kind.Inaccessible:
                        _errors.Add(new InputNote(entry, $"the entry cannot be examined: {status.Error}"));
                        break;
                    default:
                        _skipped.Add(new InputNote(entry, $"{FileProbe.Describe(status.Kind)}, not a regular file: not opened"));
                        break;
                }
            }
        }
    }
}
