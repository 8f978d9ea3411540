using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ImiPortal.BrowserTests;

/// <summary>Checks every journey runs on each page it visits.</summary>
public static class PageChecks
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>Fails with the rule ids and the offending elements when axe finds a WCAG 2.2 AA violation.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(Wcag22AA);
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => string.Join(" ", n.Target)))}").ToList();
        Assert.True(violations.Count == 0, $"Accessibility violations on {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>At phone width nothing may scroll sideways.</summary>
    public static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"{page.Url} scrolls sideways by {overflow}px");
    }

    /// <summary>
    /// The GOV.UK error summary after a rejected form: it has focus, says <paramref name="message"/>, passes axe, and
    /// its link for that message moves focus to <paramref name="field"/>.
    /// </summary>
    public static async Task AssertErrorSummaryLeadsToFieldAsync(IPage page, string message, ILocator field)
    {
        ArgumentNullException.ThrowIfNull(page);
        var summary = page.Locator("#error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("There is a problem");
        await Assertions.Expect(summary).ToContainTextAsync(message);
        await AssertAccessibleAsync(page);
        await summary.GetByRole(AriaRole.Link, new() { Name = message }).ClickAsync();
        await Assertions.Expect(field).ToBeFocusedAsync();
        await Assertions.Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
    }

    /// <summary>Printed (print media), the page shows its content without the site's navigation, footer or cookie banner.</summary>
    public static async Task AssertPrintsWithoutChromeAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        try
        {
            await Assertions.Expect(page.Locator("main h1").First).ToBeVisibleAsync();
            foreach (var chrome in new[] { ".site-header nav", ".site-footer", ".cookie-banner", ".skip-link" })
            {
                foreach (var element in await page.Locator(chrome).AllAsync())
                {
                    await Assertions.Expect(element).ToBeHiddenAsync();
                }
            }
        }
        finally
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen });
        }
    }
}
