using System.Reflection;
using Appraisal.Host.Imports;
using Appraisal.Host.Pages.Admin.Codes;
using Appraisal.Host.Pages.Admin.Rosters;
using Microsoft.AspNetCore.Mvc;

namespace Appraisal.Host.Tests.Pages.Admin.Rosters;

/// <summary>
/// The pages that take a roster keep every accepted upload in memory: ASP.NET Core buffers a multipart section past
/// FormOptions.MemoryBufferThreshold (64 KB by default) into a temporary file, and a roster names people.
/// </summary>
public sealed class UploadLimitsTests
{
    [Theory]
    [InlineData(typeof(SubjectsPage))]
    [InlineData(typeof(CodesPage))]
    public void Upload_pages_hold_the_largest_accepted_file_and_its_base64_echo_in_memory(Type page)
    {
        var limits = page.GetCustomAttribute<RequestFormLimitsAttribute>();

        Assert.NotNull(limits);
        var base64 = (RosterImport.MaxBytes + 2) / 3 * 4;
        Assert.True(limits.MemoryBufferThreshold >= base64, $"{limits.MemoryBufferThreshold} < {base64}");
        Assert.True(limits.MultipartBodyLengthLimit >= base64);
        Assert.True(limits.ValueLengthLimit >= base64);
        // Beyond the in-memory threshold nothing is read at all, so no part can spill to disk.
        Assert.Equal(limits.MemoryBufferThreshold, limits.MultipartBodyLengthLimit);
    }
}
