using Microsoft.Playwright;

namespace ImiPortal.BrowserTests;

/// <summary>Moving through a page with the keyboard alone, as someone who cannot use a mouse does.</summary>
public static class Keyboard
{
    /// <summary>Presses Tab until <paramref name="target"/> has focus; fails if it is not reached (not in the tab order).</summary>
    public static async Task TabToAsync(IPage page, ILocator target, int maxPresses = 100)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(target);
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("el => el === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"{target} was not reached with {maxPresses} presses of Tab on {page.Url}");
    }
}
