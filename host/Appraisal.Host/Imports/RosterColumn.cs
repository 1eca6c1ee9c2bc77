namespace Appraisal.Host.Imports;

/// <summary>The columns a roster file may have, whatever their header says (Chinese or English).</summary>
public enum RosterColumn
{
    /// <summary>编号: the subject's id, unique in the campaign.</summary>
    Id,

    /// <summary>姓名 / 名称.</summary>
    Name,

    /// <summary>党员类别 / 身份: 正式党员 or 预备党员 (the <c>membership</c> attribute).</summary>
    Membership,

    /// <summary>单位类别: the class an agency is ranked within.</summary>
    UnitClass,

    /// <summary>部门: the <c>office</c> attribute a balanced peer draw can keep raters away from.</summary>
    Office,

    /// <summary>层: the stratum of a sample frame row.</summary>
    Stratum,
}
