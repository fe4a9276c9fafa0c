namespace DingPlatform.Platform.Storage;

/// <summary>Where uploaded files live (ticket attachments today). One abstraction so a deployment can swap
/// the file system for object storage without touching a module. Keys are relative paths the caller makes
/// ("support/{tenant}/{ticket}/{id}"): letters, digits, '-', '_', '.' and '/' only, never "..".</summary>
public interface IFileStorage
{
    /// <summary>Writes the whole stream under <paramref name="key"/>, replacing nothing: a key is used once.
    /// Returns the number of bytes written.</summary>
    Task<long> SaveAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when nothing is stored under <paramref name="key"/>.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file if it exists (a refused or rolled-back upload).</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
