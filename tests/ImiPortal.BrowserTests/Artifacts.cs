using Microsoft.Playwright;

namespace ImiPortal.BrowserTests;

/// <summary>
/// Screenshots of the journeys, saved under artifacts/screenshots/&lt;journey&gt;/ at the repository root: the desktop
/// view as &lt;name&gt;.png and, where taken, the phone view (390 px wide) as &lt;name&gt;-phone.png.
/// </summary>
public static class Artifacts
{
    public const int PhoneWidth = 390;
    public const int PhoneHeight = 844;

    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");

    /// <summary>The whole page as it is now, as artifacts/screenshots/<paramref name="journey"/>/<paramref name="name"/>.png.</summary>
    public static async Task ScreenshotAsync(IPage page, string journey, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var folder = Path.Combine(Folder, journey);
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// The page at the current (desktop) size, then at phone width — where it must not scroll sideways and must still
    /// pass axe (a table that scrolls inside the page must be reachable by keyboard) — saved as &lt;name&gt;-phone.png;
    /// the viewport is put back afterwards.
    /// </summary>
    public static async Task ScreenshotDesktopAndPhoneAsync(IPage page, string journey, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await ScreenshotAsync(page, journey, name);
        var desktop = page.ViewportSize ?? new PageViewportSizeResult { Width = 1280, Height = 800 };
        await page.SetViewportSizeAsync(PhoneWidth, PhoneHeight);
        await PageChecks.AssertNoHorizontalScrollAsync(page);
        await PageChecks.AssertAccessibleAsync(page);
        await ScreenshotAsync(page, journey, name + "-phone");
        await page.SetViewportSizeAsync(desktop.Width, desktop.Height);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ImiPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}
