using Appraisal.Host.Imports;

namespace Appraisal.Host.Pages.Admin.Rosters;

/// <summary>
/// The roster file a console form posted, read into memory. The pages that take uploads raise the form's memory
/// threshold above the largest accepted file (<see cref="FormLimit"/>), so ASP.NET Core never spills the upload
/// into a temporary file: a roster names people and must not land on disk unencrypted.
/// </summary>
public static class RosterUpload
{
    /// <summary>
    /// The per-part and in-memory limit of the forms that carry a roster: the file itself (at most
    /// <see cref="RosterImport.MaxBytes"/>) or the same bytes re-posted as base64 (4/3 as long), with room to say
    /// "too large" politely to a file a little over the limit.
    /// </summary>
    public const int FormLimit = RosterImport.MaxBytes * 2;

    /// <summary>The posted file <paramref name="name"/>'s bytes.</summary>
    /// <exception cref="ImportException">No file was chosen, or it is larger than <see cref="RosterImport.MaxBytes"/>.</exception>
    public static async Task<byte[]> ReadAsync(HttpContext http, string name)
    {
        ArgumentNullException.ThrowIfNull(http);
        var file = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(http.RequestAborted)).Files.GetFile(name) : null;
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            throw ImportException.Of("请选择要导入的 CSV 或 XLSX 文件。", "Choose a CSV or XLSX file to import.");
        }

        if (file.Length > RosterImport.MaxBytes)
        {
            throw RosterImport.TooLarge();
        }

        using var stream = new MemoryStream((int)file.Length);
        await file.CopyToAsync(stream, http.RequestAborted);
        return stream.ToArray();
    }

    /// <summary>The bytes of a file re-posted as base64 in the hidden field <paramref name="name"/>.</summary>
    /// <exception cref="ImportException">The field is missing or is not base64.</exception>
    public static async Task<byte[]> ReadPostedAsync(HttpContext http, string name)
    {
        ArgumentNullException.ThrowIfNull(http);
        var value = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(http.RequestAborted))[name].ToString() : "";
        try
        {
            return value.Length > 0 ? Convert.FromBase64String(value) : throw new FormatException();
        }
        catch (FormatException)
        {
            throw ImportException.Of("预览的文件没有随确认一起提交，请重新上传。", "The previewed file did not come back with the confirmation; upload it again.");
        }
    }
}
