using Microsoft.Extensions.Options;
using MimeKit;

namespace ImiPortal.Infrastructure.Email;

/// <summary>Writes each message as an .eml file, so developers can open what the portal sent.</summary>
public sealed class PickupFolderEmailTransport(IOptions<EmailOptions> options, DataFolder dataFolder) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = dataFolder.Resolve(options.Value.PickupFolder);
        Directory.CreateDirectory(folder);
        var name = $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(folder, name);
        await message.WriteToAsync(path, cancellationToken);
    }
}
