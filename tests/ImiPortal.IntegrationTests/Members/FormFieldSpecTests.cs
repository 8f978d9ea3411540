using System.Text.Encodings.Web;
using ImiPortal.Web.TagHelpers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;

namespace ImiPortal.IntegrationTests.Members;

/// <summary>
/// Form fields declared once per view (<see cref="FormFieldSpec{TModel}"/>, issue #11): their names, the values and
/// errors they show, and the same markup as the &lt;form-field&gt; tag helper.
/// </summary>
public sealed class FormFieldSpecTests
{
    public sealed class Address
    {
        public string? Town { get; set; }

        public string? Country { get; set; }
    }

    public sealed class Form
    {
        public string? Title { get; set; }

        public bool SameAsBilling { get; set; }

        public string? Stamp { get; set; }

        public Address Billing { get; set; } = new();

        public string? Method() => Title;
    }

    public sealed class Page
    {
        public Form Input { get; set; } = new();
    }

    private static readonly SelectOptions Countries = new("Choose…", [("GB", "United Kingdom"), ("FR", "France")]);

    private static readonly FormFieldSpec<Page> Town = new(m => m.Input.Billing.Town, "Town or city") { Autocomplete = "address-level2", Hint = "Where you live." };
    private static readonly FormFieldSpec<Page> Same = new(m => m.Input.SameAsBilling, "Same as billing") { Type = "checkbox" };
    private static readonly FormFieldSpec<Page> Country = new(m => m.Input.Billing.Country, "Country") { Type = "select", Options = Countries, InputClass = "w-auto" };
    private static readonly FormFieldSpec<Page> Stamp = new(m => m.Input.Stamp, "") { Type = "hidden" };

    private static Page Model() => new() { Input = new Form { Title = "Dr", SameAsBilling = true, Stamp = "s-1", Billing = new Address { Town = "Hertford", Country = "FR" } } };

    private static string Render(FormFieldSpec<Page> field, Page model, ModelStateDictionary modelState)
    {
        using var writer = new StringWriter();
        field.For(model, modelState).WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    [Fact]
    public void TheName_IsThePropertyChain_AsAModelExpressionNamesIt()
    {
        Assert.Equal("Input.Billing.Town", Town.Name);
        Assert.Equal("Input.SameAsBilling", Same.Name);
        Assert.Equal("Input.Stamp", Stamp.Name);
    }

    [Fact]
    public void AnythingButAPropertyChain_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new FormFieldSpec<Page>(m => m.Input.Method(), "Method"));
        Assert.Throws<ArgumentException>(() => new FormFieldSpec<Page>(m => "constant", "Constant"));
        Assert.Throws<ArgumentException>(() => new FormFieldSpec<Page>(m => m, "The model itself"));
    }

    [Fact]
    public void AFreshForm_ShowsTheModelsValue_WithTheHintLinked()
    {
        var html = Render(Town, Model(), new ModelStateDictionary());

        Assert.Equal(
            "<div class=\"mb-3\"><label class=\"form-label\" for=\"Input_Billing_Town\">Town or city</label>"
            + "<div class=\"form-text mt-0 mb-1\" id=\"Input_Billing_Town-hint\">Where you live.</div>"
            + "<input aria-describedby=\"Input_Billing_Town-hint\" autocomplete=\"address-level2\" class=\"form-control\" id=\"Input_Billing_Town\" name=\"Input.Billing.Town\" type=\"text\" value=\"Hertford\" /></div>",
            html);
    }

    [Fact]
    public void AFormBackWithErrors_ShowsWhatWasPosted_AndTheError()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Input.Billing.Town", new[] { "<b>Ware</b>" }, "<b>Ware</b>");
        modelState.AddModelError("Input.Billing.Town", "Enter a town & nothing else");

        var html = Render(Town, Model(), modelState);

        Assert.Contains("<div class=\"invalid-feedback d-block mb-1\" id=\"Input_Billing_Town-error\"><span class=\"visually-hidden\">Error: </span>Enter a town &amp; nothing else</div>", html, StringComparison.Ordinal);
        Assert.Contains("<input aria-describedby=\"Input_Billing_Town-hint Input_Billing_Town-error\" aria-invalid=\"true\" autocomplete=\"address-level2\" class=\"form-control is-invalid\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&lt;b&gt;Ware&lt;/b&gt;\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Hertford", html, StringComparison.Ordinal);
        // GOV.UK order: label, hint, error, then the input.
        Assert.True(html.IndexOf("-hint\"", StringComparison.Ordinal) < html.IndexOf("-error\"", StringComparison.Ordinal));
        Assert.True(html.IndexOf("-error\"", StringComparison.Ordinal) < html.IndexOf("<input", StringComparison.Ordinal));
    }

    [Fact]
    public void ACheckBox_IsTickedAsTheModelSays_AndFollowedByItsHiddenFalse()
    {
        var ticked = Render(Same, Model(), new ModelStateDictionary());
        var model = Model();
        model.Input.SameAsBilling = false;
        var unticked = Render(Same, model, new ModelStateDictionary());

        Assert.Equal(
            "<div class=\"mb-3 form-check\"><input checked=\"checked\" class=\"form-check-input\" id=\"Input_SameAsBilling\" name=\"Input.SameAsBilling\" type=\"checkbox\" value=\"true\" />"
            + "<input name=\"Input.SameAsBilling\" type=\"hidden\" value=\"false\" /><label class=\"form-check-label\" for=\"Input_SameAsBilling\">Same as billing</label></div>",
            ticked);
        Assert.DoesNotContain("checked=", unticked, StringComparison.Ordinal);
    }

    [Fact]
    public void ACheckBox_BackWithErrors_IsTickedAsPosted()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Input.SameAsBilling", new[] { "false" }, "false");

        Assert.DoesNotContain("checked=", Render(Same, Model(), modelState), StringComparison.Ordinal);
    }

    [Fact]
    public void ASelect_MarksTheModelsValue_OrThePostedOne()
    {
        var fresh = Render(Country, Model(), new ModelStateDictionary());
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Input.Billing.Country", new[] { "GB" }, "GB");
        var posted = Render(Country, Model(), modelState);

        Assert.StartsWith("<div class=\"mb-3\"><label class=\"form-label\" for=\"Input_Billing_Country\">Country</label><select class=\"form-select w-auto\" id=\"Input_Billing_Country\" name=\"Input.Billing.Country\">", fresh, StringComparison.Ordinal);
        Assert.Contains("<option selected=\"selected\" value=\"FR\">", fresh, StringComparison.Ordinal);
        Assert.Contains("<option selected=\"selected\" value=\"GB\">", posted, StringComparison.Ordinal);
        Assert.DoesNotContain("<option selected=\"selected\" value=\"FR\">", posted, StringComparison.Ordinal);
    }

    [Fact]
    public void AHiddenField_IsTheInputAlone()
    {
        Assert.Equal("<input type=\"hidden\" id=\"Input_Stamp\" name=\"Input.Stamp\" value=\"s-1\" />", Render(Stamp, Model(), new ModelStateDictionary()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheTagHelper_WritesTheSameMarkup(bool withErrors)
    {
        var model = Model();
        var modelState = new ModelStateDictionary();
        if (withErrors)
        {
            modelState.SetModelValue("Input.Billing.Town", new[] { "Ware" }, "Ware");
            modelState.AddModelError("Input.Billing.Town", "Enter a town");
            modelState.SetModelValue("Input.SameAsBilling", new[] { "false" }, "false");
            modelState.SetModelValue("Input.Billing.Country", new[] { "GB" }, "GB");
        }

        Assert.Equal(Render(Town, model, modelState), await TagHelperAsync(model, modelState, "Input.Billing.Town", m => m.Input.Billing.Town, helper => { helper.Label = "Town or city"; helper.Autocomplete = "address-level2"; helper.Hint = "Where you live."; }));
        Assert.Equal(Render(Same, model, modelState), await TagHelperAsync(model, modelState, "Input.SameAsBilling", m => m.Input.SameAsBilling, helper => { helper.Label = "Same as billing"; helper.Type = "checkbox"; }));
        Assert.Equal(Render(Country, model, modelState), await TagHelperAsync(model, modelState, "Input.Billing.Country", m => m.Input.Billing.Country, helper => { helper.Label = "Country"; helper.Type = "select"; helper.Options = Countries; helper.InputClass = "w-auto"; }));
    }

    private static async Task<string> TagHelperAsync(Page model, ModelStateDictionary modelState, string name, Func<Page, object?> read, Action<FormFieldTagHelper> set)
    {
        var metadataProvider = new EmptyModelMetadataProvider();
        var value = read(model);
        var explorer = metadataProvider.GetModelExplorerForType(value?.GetType() ?? typeof(string), value);
        var viewData = new ViewDataDictionary<Page>(metadataProvider, modelState) { Model = model };
        var actionContext = new ActionContext(new DefaultHttpContext(), new RouteData(), new ActionDescriptor(), modelState);
        var viewContext = new ViewContext(actionContext, NoView.Instance, viewData, new TempDataDictionary(actionContext.HttpContext, NoTempData.Instance), TextWriter.Null, new HtmlHelperOptions());
        // The generator writes only text areas, passwords and selects over items: none of these fields.
        var helper = new FormFieldTagHelper(generator: null!) { For = new ModelExpression(name, explorer), ViewContext = viewContext };
        set(helper);
        var context = new TagHelperContext([], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput("form-field", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        await helper.ProcessAsync(context, output);
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private sealed class NoView : IView
    {
        public static readonly NoView Instance = new();

        public string Path => "";

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }

    private sealed class NoTempData : ITempDataProvider
    {
        public static readonly NoTempData Instance = new();

        public IDictionary<string, object> LoadTempData(HttpContext context) => new Dictionary<string, object>();

        public void SaveTempData(HttpContext context, IDictionary<string, object> values)
        {
        }
    }
}
