using System.Runtime.InteropServices;
using System.Text;

namespace ClaimCheck.Parsing;

/// <summary>
/// What a path names on the file system, found without opening it: opening a named pipe blocks until a
/// writer comes, and a device or a socket is no page. .NET has no public API for the file type, so on
/// Linux this asks <c>statx(2)</c> (a fixed layout on every architecture); elsewhere it falls back to what
/// <see cref="File"/> and <see cref="Directory"/> tell (regular file or folder, identity by resolved path).
/// </summary>
internal static partial class FileProbe
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;
    private const int StatxBufferSize = 256;

    /// <summary>The kinds of file-system entry.</summary>
    internal enum Kind
    {
        /// <summary>Nothing there (or, for a link followed, a broken link).</summary>
        Missing,

        /// <summary>A regular file.</summary>
        Regular,

        /// <summary>A folder.</summary>
        Directory,

        /// <summary>A symbolic link (only when links are not followed).</summary>
        SymbolicLink,

        /// <summary>A named pipe (FIFO).</summary>
        Fifo,

        /// <summary>A character device.</summary>
        CharacterDevice,

        /// <summary>A block device.</summary>
        BlockDevice,

        /// <summary>A Unix domain socket.</summary>
        Socket,

        /// <summary>The entry exists but could not be examined (for example a folder without search permission).</summary>
        Inaccessible,
    }

    /// <summary>The kind of entry, an identity equal for two paths of the same file (device and inode on Linux), and the reason when inaccessible.</summary>
    internal readonly record struct Status(Kind Kind, string? Identity, string? Error);

    /// <summary>Examines <paramref name="path"/>; <paramref name="followLinks"/>: what a symbolic link points to rather than the link.</summary>
    internal static Status Get(string path, bool followLinks)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return Statx(path, followLinks);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                // A libc without statx (glibc before 2.28): fall back to what .NET tells.
            }
        }

        return Managed(path, followLinks);
    }

    /// <summary>A short description of a kind that is not a page, for messages: "a named pipe (FIFO)".</summary>
    internal static string Describe(Kind kind) => kind switch
    {
        Kind.Fifo => "a named pipe (FIFO)",
        Kind.CharacterDevice => "a character device",
        Kind.BlockDevice => "a block device",
        Kind.Socket => "a socket",
        Kind.Directory => "a directory",
        Kind.SymbolicLink => "a symbolic link",
        Kind.Missing => "missing",
        Kind.Inaccessible => "inaccessible",
        _ => "a regular file",
    };

    private static Status Statx(string path, bool followLinks)
    {
        byte[] name = Encoding.UTF8.GetBytes(path + "\0");
        byte[] buffer = new byte[StatxBufferSize];
        if (NativeStatx(AtFdCwd, name, followLinks ? 0 : AtSymlinkNoFollow, StatxType | StatxIno, buffer) != 0)
        {
            int errno = Marshal.GetLastPInvokeError();
            // ENOENT, ENOTDIR: nothing there (a broken link when followed); anything else (EACCES, ELOOP …): there but not examinable.
            return errno is 2 or 20
                ? new Status(Kind.Missing, null, null)
                : new Status(Kind.Inaccessible, null, Marshal.GetPInvokeErrorMessage(errno));
        }

        // struct statx: stx_mode (u16) at 28, stx_ino (u64) at 32, stx_dev_major and stx_dev_minor (u32) at 136 and 140.
        int mode = BitConverter.ToUInt16(buffer, 28) & 0xF000;
        var kind = mode switch
        {
            0x8000 => Kind.Regular,
            0x4000 => Kind.Directory,
            0xA000 => Kind.SymbolicLink,
            0x1000 => Kind.Fifo,
            0x2000 => Kind.CharacterDevice,
            0x6000 => Kind.BlockDevice,
            0xC000 => Kind.Socket,
            _ => Kind.Inaccessible,
        };
        string identity = $"{BitConverter.ToUInt32(buffer, 136)}:{BitConverter.ToUInt32(buffer, 140)}:{BitConverter.ToUInt64(buffer, 32)}";
        return new Status(kind, identity, kind == Kind.Inaccessible ? "an unknown kind of file" : null);
    }

    private static Status Managed(string path, bool followLinks)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!info.Exists)
            {
                return new Status(Kind.Missing, null, null);
            }

            if (info.LinkTarget is not null)
            {
                if (!followLinks)
                {
                    return new Status(Kind.SymbolicLink, Path.GetFullPath(path), null);
                }

                info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            }

            return new Status(info is DirectoryInfo ? Kind.Directory : Kind.Regular, Path.GetFullPath(info.FullName), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new Status(Kind.Inaccessible, null, ex.Message);
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static partial int NativeStatx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);
}
