using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Appraisal.Host.Tests.Pages;

/// <summary>The fields a form posts, in order: hidden fields, ticked boxes, chosen radios and text as they stand.</summary>
internal sealed class FormValues : List<KeyValuePair<string, string>>
{
    public static FormValues Of(IHtmlFormElement form)
    {
        var values = new FormValues();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            if (input.Type is "hidden" or "text" || (input.Type is "radio" or "checkbox" && input.IsChecked))
            {
                values.Add(new(input.Name!, input.Value));
            }
        }

        foreach (var text in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]"))
        {
            values.Add(new(text.Name!, text.Value));
        }

        return values;
    }

    /// <summary>Replaces the field's values with one: a radio chosen, a text typed.</summary>
    public FormValues Set(string name, string value)
    {
        RemoveAll(v => v.Key == name);
        Add(new(name, value));
        return this;
    }

    /// <summary>Adds a value: a box ticked.</summary>
    public FormValues Tick(string name, string value)
    {
        Add(new(name, value));
        return this;
    }

    public FormValues Without(string name)
    {
        RemoveAll(v => v.Key == name);
        return this;
    }
}
