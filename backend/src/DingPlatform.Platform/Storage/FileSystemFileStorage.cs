using Microsoft.Extensions.Configuration;

namespace DingPlatform.Platform.Storage;

/// <summary>The default <see cref="IFileStorage"/>: files under a root folder (config <c>Storage:Path</c>,
/// default <c>.data/files</c> relative to the working directory).</summary>
public sealed class FileSystemFileStorage : IFileStorage
{
    public const string DefaultPath = ".data/files";
    private readonly string _root;

    public FileSystemFileStorage(string root)
    {
        _root = Path.GetFullPath(root);
    }

    public static FileSystemFileStorage From(IConfiguration configuration) =>
        new(configuration["Storage:Path"] is { Length: > 0 } path ? path : DefaultPath);

    public async Task<long> SaveAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // CreateNew: a key is written once, so a bug cannot overwrite another upload.
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return file.Length;
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Stream? stream = File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (File.Exists(path)) File.Delete(path);
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Length > 500 || key.Contains("..", StringComparison.Ordinal) || key.StartsWith('/')
            || key.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '/')))
            throw new ArgumentException($"'{key}' is not a valid storage key.", nameof(key));
        var path = Path.GetFullPath(Path.Combine(_root, key));
        if (!path.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"'{key}' leaves the storage root.", nameof(key));
        return path;
    }
}
