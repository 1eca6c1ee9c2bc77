using System.Security.Cryptography;
using System.Text;

namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>
/// The stable key of a 差评: SHA-256 over (item, subject, option, reason, occurrence index among identical 差评),
/// each field length-prefixed so no two tuples share an encoding. It depends on nothing but the content, so the
/// same ballots give the same keys however the host orders them, and the follow-up workflow can keep its state
/// across re-tallies. The index tells identical 差评 apart; which of them is "first" does not matter, since they
/// are indistinguishable.
/// </summary>
internal static class ComplaintKey
{
    private const string Domain = "appraisal.satisfaction.complaint.v1";

    public static string Of(string itemKey, string? subjectId, string optionKey, string? reason, int occurrence)
    {
        var builder = new StringBuilder(Domain).Append('\n');
        foreach (var field in (string?[])[itemKey, subjectId, optionKey, reason])
        {
            // -1 marks a missing field, so a null subject differs from an empty one.
            builder.Append(field?.Length ?? -1).Append(':').Append(field).Append('\n');
        }

        builder.Append(occurrence);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return "c-" + Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }
}
